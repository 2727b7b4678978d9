import { type AppConfig, loadConfig } from '../config/app-config';
import { ensureDatabase } from './database/ensure-database';
import { resolveLocalServices } from './local-services';
import { migrateQueueSchema } from './queue/queue-backend';
import { connectRedis } from './redis/redis';

/**
 * Checks PostgreSQL (creating the database if missing) and the queue's store (Redis, or BullMQ's
 * schema in PostgreSQL) before an entrypoint builds its module graph, so that a service that is
 * down is reported in one sentence, not a framework trace.
 */
export async function preflight(config: Pick<AppConfig, 'databaseUrl' | 'redisUrl' | 'queueBackend'>): Promise<void> {
  await ensureDatabase(config.databaseUrl);
  if (config.queueBackend === 'postgres') {
    await migrateQueueSchema(config.databaseUrl);
    return;
  }
  const redis = await connectRedis(config.redisUrl);
  await redis.quit();
}

let resolved: Promise<void> | null = null;

/**
 * What every entrypoint does first: picks PostgreSQL (the configured one, or the embedded server
 * on a machine without one) and the queue (Redis, or PostgreSQL without Redis), prints which, then
 * reads the configuration. Later calls in the same process reuse the first answer.
 */
export async function resolveServices(out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<AppConfig> {
  resolved ??= resolveLocalServices().then((services) => services.lines.forEach(out));
  await resolved;
  return loadConfig();
}
