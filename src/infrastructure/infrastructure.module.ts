import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { RedisModule } from './redis/redis.module';

/** What both entrypoints stand on: configuration, logs, PostgreSQL and Redis. */
@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule, RedisModule],
})
export class InfrastructureModule {}
