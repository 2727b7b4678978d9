import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { FenceTheSendPath1795412000000 } from '../migrations/1795412000000-FenceTheSendPath';
import { PaceSendsPerWorkspace1795413000000 } from '../migrations/1795413000000-PaceSendsPerWorkspace';
import { FenceUnsubscribesPerLearner1795413100000 } from '../migrations/1795413100000-FenceUnsubscribesPerLearner';
import { SeparateServiceFromPromotion1795422200000 } from '../migrations/1795422200000-SeparateServiceFromPromotion';
import { variantSql } from '../src/modules/campaigns/scheduling/scheduling-sql';
import { assignVariant, variantBucket } from '../src/modules/campaigns/scheduling/variant-assignment';
import { TestDatabase } from './support/test-app';

describe('Scheduling in SQL: the A/B split agrees with TypeScript; time lives in TypeScript only', () => {
  let database: TestDatabase;
  let db: Client;

  beforeAll(async () => {
    database = await TestDatabase.create();
    db = new Client({ connectionString: database.url });
    await db.connect();
    // A session zone with its own daylight saving: the functions must not depend on it.
    await db.query(`SET TimeZone = 'America/Los_Angeles'`);
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  it('assigns the same A/B variant in SQL as in TypeScript for 10,000 learners, split close to the weights', async () => {
    const stepId = randomUUID();
    const learnerIds = Array.from({ length: 10_000 }, () => randomUUID());
    await db.query(`CREATE TEMP TABLE split_learners (id uuid PRIMARY KEY)`);
    await db.query(`INSERT INTO split_learners SELECT unnest($1::uuid[])`, [learnerIds]);
    for (const variants of [
      [
        { key: 'A', weight: 50 },
        { key: 'B', weight: 50 },
      ],
      [
        { key: 'A', weight: 90 },
        { key: 'B', weight: 10 },
      ],
      [
        { key: 'control', weight: 1 },
        { key: 'short', weight: 1 },
        { key: 'sponsor', weight: 2 },
      ],
    ]) {
      const pick = variantSql({ stepId, learnerIdSql: 'l.id', variants }, 1);
      const { rows } = await db.query<{ id: string; variant: string; bucket: number }>(
        `SELECT l.id, ${pick.sql} AS variant, clarion_variant_bucket($1::uuid, l.id) AS bucket FROM split_learners l`,
        pick.params,
      );
      expect(rows).toHaveLength(learnerIds.length);
      const total = variants.reduce((sum, variant) => sum + variant.weight, 0);
      const counts: Record<string, number> = {};
      for (const row of rows) {
        expect(row.bucket).toBe(variantBucket(stepId, row.id));
        expect({ id: row.id, variant: row.variant }).toEqual({ id: row.id, variant: assignVariant(stepId, row.id, variants) });
        counts[row.variant] = (counts[row.variant] ?? 0) + 1;
      }
      for (const variant of variants) {
        expect(Math.abs((counts[variant.key] ?? 0) / learnerIds.length - variant.weight / total)).toBeLessThan(0.015);
      }
    }
  }, 60_000);

  it('has time in one language: the send path migration drops the SQL twins of the time rules, and its down() brings them back', async () => {
    const migration = new FenceTheSendPath1795412000000();
    // The migrations after it, newest first: reverted before it, applied again after.
    // (Those that replace the functions it creates; SeparateServiceFromPromotion replaces clarion_learner_slot_free again.)
    const later = [new SeparateServiceFromPromotion1795422200000(), new FenceUnsubscribesPerLearner1795413100000(), new PaceSendsPerWorkspace1795413000000()];
    const runner = { query: (sql: string) => db.query(sql) } as unknown as QueryRunner;
    const timeFunctions = ['clarion_local_to_instant', 'clarion_step_time', 'clarion_next_allowed_instant', 'clarion_send_time'];
    const count = async (names: string[]) => (await db.query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = ANY($1)`, [names])).rows[0].n;
    expect(await count(timeFunctions)).toBe(0);
    expect(await count(['clarion_variant_bucket', 'clarion_pick_variant', 'clarion_learner_slot_free', 'clarion_await_learner_fence'])).toBe(4);
    for (const m of later) await m.down(runner);
    expect(await count(['clarion_cap_slot_free'])).toBe(1);
    await migration.down(runner);
    expect(await count(timeFunctions)).toBe(4);
    expect(await count(['clarion_cap_slot_free'])).toBe(0);
    await migration.up(runner);
    expect(await count(timeFunctions)).toBe(0);
    expect(await count(['clarion_variant_bucket', 'clarion_pick_variant', 'clarion_cap_slot_free'])).toBe(3);
    for (const m of [...later].reverse()) await m.up(runner);
    expect(await count(['clarion_cap_slot_free'])).toBe(0);
    expect(await count(['clarion_learner_slot_free', 'clarion_await_learner_fence'])).toBe(2);
  });
});
