import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { databaseOptions } from './database-options';
import { ensureDatabase } from './ensure-database';

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
})
export class DatabaseModule {}
