import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../../src/config/app-config';
import { acquireEmbeddedPostgres, defaultEmbeddedDir, type EmbeddedPostgres } from '../../src/infrastructure/database/embedded-postgres';
import { quoteIdent } from '../../src/infrastructure/database/ensure-database';
import { migrate } from '../../src/infrastructure/database/migrator';
import { answers } from '../../src/infrastructure/local-services';
import { migrateQueueSchema } from '../../src/infrastructure/queue/queue-backend';
import { databaseUrl, TEMPLATE_DATABASE, TEST_DATABASE_PREFIX, TEST_REDIS_URL, testServerUrl } from './test-env';

const STALE_AFTER_SECONDS = 3600;

/**
 * Makes sure the migrated template database exists. Each test file then gets its own copy
 * (CREATE DATABASE … TEMPLATE), so files run in parallel without seeing each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  await pickServices();
  const admin = new Client({ connectionString: testServerUrl() });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Tests need PostgreSQL at ${testServerUrl()} (${(error as Error).message}): start it or set TEST_DATABASE_URL.`);
  }
  try {
    await dropStaleCopies(admin);
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [TEMPLATE_DATABASE]);
    if (exists.rowCount) return;

    // Migrate under a private name, then rename: a concurrent run never sees a half-migrated template.
    const building = `${TEST_DATABASE_PREFIX}build_${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
    await migrate(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(building) }));
    // BullMQ's schema too, so that every copy can run its queue on PostgreSQL at once.
    await migrateQueueSchema(databaseUrl(building));
    // The template's birth, read by dropStaleCopies: checkouts with other migrations keep theirs for a while.
    await admin.query(`COMMENT ON DATABASE ${quoteIdent(building)} IS 'built ${Math.floor(Date.now() / 1000)}'`);
    try {
      await admin.query(`ALTER DATABASE ${quoteIdent(building)} RENAME TO ${quoteIdent(TEMPLATE_DATABASE)}`);
    } catch (error) {
      if ((error as { code?: string }).code !== '42P04') throw error; // another run won the race
      await admin.query(`DROP DATABASE ${quoteIdent(building)}`);
    }
  } finally {
    await admin.end();
  }
}

const EMBEDDED = Symbol.for('clarion.test.embeddedPostgres');

/**
 * Machine PostgreSQL and Redis when they answer (CI, a developer's machine); otherwise the embedded
 * PostgreSQL (in CLARION_EMBEDDED_DIR, default .clarion) and the queue on PostgreSQL. The answer goes
 * to TEST_DATABASE_URL and CLARION_QUEUE, which the test files' processes inherit.
 */
async function pickServices(): Promise<void> {
  const wanted = process.env.TEST_DATABASE_URL;
  if (wanted === 'embedded' || (!wanted && !(await answers(testServerUrl(), 5432)))) {
    const server = await acquireEmbeddedPostgres(process.env.CLARION_EMBEDDED_DIR || defaultEmbeddedDir());
    (globalThis as Record<symbol, EmbeddedPostgres>)[EMBEDDED] = server;
    process.env.TEST_DATABASE_URL = server.url('postgres');
    process.stdout.write(`\nTests on the embedded PostgreSQL (127.0.0.1:${server.port}, ${server.dataDir}).\n`);
  }
  if (process.env.CLARION_QUEUE !== 'postgres' && process.env.CLARION_QUEUE !== 'redis') {
    process.env.CLARION_QUEUE = (await answers(TEST_REDIS_URL, 6379)) ? 'redis' : 'postgres';
  }
  if (process.env.CLARION_QUEUE === 'postgres') process.stdout.write('Tests with the queue on PostgreSQL.\n');
}

/** Leaves the embedded server the setup started or joined (the last user stops it). */
export function releaseEmbedded(): void {
  (globalThis as Record<symbol, EmbeddedPostgres | undefined>)[EMBEDDED]?.release();
}

// Copies are named clarion_test_<kind>_<epoch seconds>_<random>; drop those an interrupted run left,
// and the templates of other migrations once they are an hour old (another checkout of the project,
// with a migration this one lacks, may be running its tests right now; a template in use stays).
async function dropStaleCopies(admin: Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string; comment: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname LIKE $1`,
    [`${TEST_DATABASE_PREFIX}%`],
  );
  const now = Date.now() / 1000;
  for (const { datname, comment } of rows) {
    if (datname.startsWith(`${TEST_DATABASE_PREFIX}tpl_`)) {
      const built = Number(/^built (\d+)$/.exec(comment ?? '')?.[1] ?? 0);
      if (datname !== TEMPLATE_DATABASE && now - built > STALE_AFTER_SECONDS) {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)}`).catch(() => undefined);
      }
      continue;
    }
    const epoch = /_(\d{10})_[0-9a-f]{6}$/.exec(datname)?.[1];
    if (epoch && now - Number(epoch) > STALE_AFTER_SECONDS) {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`).catch(() => undefined);
    }
  }
}
