import type { AppConfig } from '../config/app-config';
import { ensureDatabase } from './database/ensure-database';
import { connectRedis } from './redis/redis';

/**
 * Checks PostgreSQL (creating the database if missing) and Redis before an entrypoint builds its
 * module graph, so that a service that is down is reported in one sentence, not a framework trace.
 */
export async function preflight(config: Pick<AppConfig, 'databaseUrl' | 'redisUrl'>): Promise<void> {
  await ensureDatabase(config.databaseUrl);
  const redis = await connectRedis(config.redisUrl);
  await redis.quit();
}
