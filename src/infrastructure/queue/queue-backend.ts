import { type BackendFactory, createPostgresBackend, type IQueueBackend, runMigrations } from 'bullmq';
import { Client } from 'pg';
import Redis from 'ioredis';
import type { AppConfig } from '../../config/app-config';

/** The PostgreSQL schema BullMQ keeps its queues in when there is no Redis (the application's own database). */
export const QUEUE_SCHEMA = 'bullmq';

/** What a BullMQ Queue or Worker is built with: its connection, and the backend factory on PostgreSQL. */
export interface QueueBackendParts {
  connection: unknown;
  backend?: BackendFactory<IQueueBackend, unknown>;
  /** Ends what these parts opened (the ioredis connection; a PostgreSQL backend owns and closes its pool). */
  close(): Promise<void>;
}

/**
 * One connection for one BullMQ Queue or Worker. On Redis: an ioredis client with no per-command
 * retry limit (blocking workers need it); on PostgreSQL: BullMQ's own pool in the `bullmq` schema,
 * migrated on first connection (an advisory lock serialises concurrent starts).
 */
export function queueBackendParts(config: Pick<AppConfig, 'queueBackend' | 'redisUrl' | 'databaseUrl'>, poolSize: number): QueueBackendParts {
  if (config.queueBackend === 'postgres') {
    return {
      connection: { connectionString: config.databaseUrl, schema: QUEUE_SCHEMA, migrate: true, max: poolSize, application_name: 'clarion-queue' },
      backend: createPostgresBackend as BackendFactory<IQueueBackend, unknown>,
      close: async () => undefined,
    };
  }
  const connection = new Redis(config.redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: false });
  connection.on('error', () => undefined); // reconnects on its own; failures surface through jobs and health
  return { connection, close: () => connection.quit().then(() => undefined, () => connection.disconnect()) };
}

/** Creates or updates BullMQ's `bullmq` schema in a database (idempotent; concurrent callers wait for the first). */
export async function migrateQueueSchema(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await runMigrations(client, QUEUE_SCHEMA);
  } finally {
    await client.end().catch(() => undefined);
  }
}
