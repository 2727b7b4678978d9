import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { connectRedis } from './redis';

/** One shared ioredis client for health checks, rate limits and other small Redis needs. */
@Global()
@Module({
  providers: [{ provide: Redis, inject: [AppConfig], useFactory: (config: AppConfig) => connectRedis(config.redisUrl) }],
  exports: [Redis],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(Redis) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
