import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { databaseOptions } from './database-options';
import { ensureDatabase } from './ensure-database';
import { TimeZones } from './time-zones';

/** The connection, and what every module reads from PostgreSQL itself: the time zones it knows. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        await ensureDatabase(config.databaseUrl);
        return { ...databaseOptions(config), entities: [], autoLoadEntities: true, retryAttempts: 0 };
      },
    }),
  ],
  providers: [TimeZones],
  exports: [TimeZones],
})
export class DatabaseModule {}
