import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Where the tests find the machine's PostgreSQL and Redis (override with TEST_DATABASE_URL / REDIS_URL).
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_DATABASE_PREFIX = 'clarion_test_';

/**
 * The template database is named after the migrations it holds, so concurrent runs share it and a
 * changed migration gets a new one instead of disturbing a run in progress.
 */
export const TEMPLATE_DATABASE = (() => {
  const dir = join(__dirname, '..', '..', 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return `${TEST_DATABASE_PREFIX}tpl_${hash.digest('hex').slice(0, 12)}`;
})();

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
