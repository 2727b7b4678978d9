import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Where the tests find PostgreSQL and Redis (override with TEST_DATABASE_URL / REDIS_URL). On a
// machine without them the global setup starts the embedded PostgreSQL (TEST_DATABASE_URL=embedded
// asks for it) and runs the queue on PostgreSQL (CLARION_QUEUE=postgres asks for it), and sets
// TEST_DATABASE_URL and CLARION_QUEUE for the test files: read them through these functions.
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  return url && url !== 'embedded' ? url : 'postgres://postgres@127.0.0.1:5432/postgres';
}
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Where the tests' queues run: Redis (the default) or PostgreSQL. */
export function testQueue(): 'redis' | 'postgres' {
  return process.env.CLARION_QUEUE === 'postgres' ? 'postgres' : 'redis';
}
export const TEST_DATABASE_PREFIX = 'clarion_test_';

/**
 * The template database is named after the migrations it holds, so concurrent runs share it and a
 * changed migration gets a new one instead of disturbing a run in progress.
 */
export const TEMPLATE_DATABASE = (() => {
  const dir = join(__dirname, '..', '..', 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  // The template also holds BullMQ's schema (the queue on PostgreSQL): a new BullMQ gets a new template.
  hash.update(`bullmq ${(require('bullmq/package.json') as { version: string }).version}`);
  return `${TEST_DATABASE_PREFIX}tpl_${hash.digest('hex').slice(0, 12)}`;
})();

export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
