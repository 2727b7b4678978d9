import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { databaseOptions } from './database-options';
import { ensureDatabase } from './ensure-database';
import { PreparedStatements } from './prepared-statements';
import { TimeZones } from './time-zones';

/** The connection (and the send path's prepared statements), and what every module reads from PostgreSQL itself: the time zones it knows. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        await ensureDatabase(config.databaseUrl);
        const options = databaseOptions(config);
        // The last guard of the pool: PostgreSQL itself ends a statement that runs, or a transaction
        // that idles, too long (migrations, run by the command line, have no such limit).
        const timeouts = {
          statement_timeout: config.databaseStatementTimeoutMs,
          idle_in_transaction_session_timeout: config.databaseIdleInTransactionTimeoutMs,
        };
        return { ...options, extra: { ...options.extra, ...timeouts }, entities: [], autoLoadEntities: true, retryAttempts: 0 };
      },
    }),
  ],
  providers: [TimeZones, PreparedStatements],
  exports: [TimeZones, PreparedStatements],
})
export class DatabaseModule {}
