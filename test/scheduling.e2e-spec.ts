import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { CreateSchedulingFunctions1795401000000 } from '../migrations/1795401000000-CreateSchedulingFunctions';
import { Weekday } from '../src/common/enums';
import type { ParseResult } from '../src/modules/campaigns/scheduling/parse-result';
import { parseLocalTime, type LocalTime } from '../src/modules/campaigns/scheduling/local-time';
import { sendTimeSql, variantSql } from '../src/modules/campaigns/scheduling/scheduling-sql';
import { stepSendTime } from '../src/modules/campaigns/scheduling/send-time';
import { nextAllowedInstant, OPEN_WINDOW, parseSendWindow, type SendWindow, type SendWindowInput } from '../src/modules/campaigns/scheduling/send-window';
import { parseStepOffset, type StepOffset } from '../src/modules/campaigns/scheduling/step-offset';
import { assignVariant, variantBucket } from '../src/modules/campaigns/scheduling/variant-assignment';
import { fromWallMs, toWallMs } from '../src/modules/campaigns/scheduling/zoned-time';
import { TestDatabase } from './support/test-app';

// Daylight saving in both directions, fractional offsets (+05:30, +12:45), a 30-minute change
// (Lord Howe) and a change at midnight (Santiago).
const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Santiago', 'Australia/Lord_Howe'];
// 2026's change days for those zones.
const CHANGE_DAYS = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-06', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01'];
const DAY_MS = 86_400_000;

function must<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function sendWindow(input: SendWindowInput): SendWindow {
  const result = parseSendWindow(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('Scheduling SQL functions agree with the TypeScript rules', () => {
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

  it('reads every quarter hour around each change day, gaps and repeated hours included, as fromWallMs does', async () => {
    const walls: number[] = [];
    const zones: string[] = [];
    for (const zone of ZONES) {
      for (const day of CHANGE_DAYS) {
        const midnight = Date.parse(`${day}T00:00:00Z`);
        for (let quarter = -8; quarter < 104; quarter++) {
          walls.push(midnight + quarter * 15 * 60_000);
          zones.push(zone);
        }
      }
    }
    // The second reading asks for an instant after the first: a repeated time then gives its second occurrence.
    const { rows } = await db.query<{ first: Date; second: Date }>(
      `SELECT r.first, clarion_local_to_instant(w.local_ts, w.zone, r.first + interval '1 second') AS second
         FROM unnest($1::timestamp[], $2::text[]) WITH ORDINALITY AS w(local_ts, zone, n)
        CROSS JOIN LATERAL (SELECT clarion_local_to_instant(w.local_ts, w.zone) AS first) AS r
        ORDER BY w.n`,
      [walls.map((ms) => new Date(ms).toISOString().slice(0, 19)), zones],
    );
    expect(rows).toHaveLength(walls.length);
    let gaps = 0;
    let repeats = 0;
    rows.forEach((row, i) => {
      const local = `${zones[i]} ${new Date(walls[i]).toISOString().slice(0, 16)}`;
      const first = fromWallMs(walls[i], zones[i]);
      const second = fromWallMs(walls[i], zones[i], new Date(first.getTime() + 1000));
      expect({ local, first: row.first.toISOString(), second: row.second.toISOString() }).toEqual({
        local,
        first: first.toISOString(),
        second: second.toISOString(),
      });
      if (second.getTime() !== first.getTime()) repeats++;
      if (toWallMs(first, zones[i]) !== walls[i]) gaps++;
    });
    // The table really went through gaps and repeated hours: an hour (four quarters) in Paris, New
    // York, Chatham and Santiago, half an hour in Lord Howe, each way.
    expect(gaps).toBe(18);
    expect(repeats).toBe(18);
  }, 60_000);

  const ANCHORS: Date[] = CHANGE_DAYS.flatMap((day) =>
    [-1, 0, 1].flatMap((shift) => ['01:17', '08:00', '13:00', '20:45'].map((hm) => new Date(Date.parse(`${day}T${hm}:00Z`) + shift * DAY_MS))),
  );
  const OFFSETS: StepOffset[] = ['-P14D', '-P1D', 'PT0M', 'PT2H', 'P1DT12H', '-PT30M'].map((text) => must(parseStepOffset(text)));
  const LOCAL_TIMES: (LocalTime | null)[] = [null, ...['09:00', '02:30', '00:00', '01:30'].map((text) => must(parseLocalTime(text)))];
  const WINDOWS: [string, SendWindow][] = [
    ['open', OPEN_WINDOW],
    ['office', sendWindow({ quietHours: { start: '20:00', end: '08:00' }, allowedWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] })],
    ['lunch', sendWindow({ quietHours: { start: '12:00', end: '14:00' } })],
    ['night ends in a change', sendWindow({ quietHours: { start: '01:00', end: '02:30' } })],
    ['weekends', sendWindow({ allowedWeekdays: [Weekday.Saturday, Weekday.Sunday] })],
    ['Wednesday evenings off', sendWindow({ quietHours: { start: '22:00', end: '00:00' }, allowedWeekdays: [Weekday.Wednesday] })],
  ];

  it('computes the same send time as stepSendTime + nextAllowedInstant, to the second, for every case', async () => {
    await db.query(`CREATE TEMP TABLE timing_cases (n int PRIMARY KEY, anchor timestamptz NOT NULL, time_zone text NOT NULL)`);
    const cases = ANCHORS.flatMap((anchor) => ZONES.map((zone) => ({ anchor, zone })));
    await db.query(`INSERT INTO timing_cases SELECT n, anchor, zone FROM unnest($1::timestamptz[], $2::text[]) WITH ORDINALITY AS c(anchor, zone, n)`, [
      cases.map((c) => c.anchor),
      cases.map((c) => c.zone),
    ]);
    let compared = 0;
    let moved = 0;
    for (const offset of OFFSETS) {
      for (const localTime of LOCAL_TIMES) {
        for (const [name, window] of WINDOWS) {
          // $1 is the caller's own parameter: the builder numbers after it.
          const at = sendTimeSql({ anchorSql: 'c.anchor', zoneSql: 'c.time_zone', offset, localTime, window }, 2);
          const { rows } = await db.query<{ n: number; at: Date }>(`SELECT c.n, ${at.sql} AS at FROM timing_cases c WHERE c.n <= $1 ORDER BY c.n`, [
            cases.length,
            ...at.params,
          ]);
          expect(rows).toHaveLength(cases.length);
          for (const row of rows) {
            const { anchor, zone } = cases[row.n - 1];
            const planned = stepSendTime({ anchor, offset, localTime, zone });
            const expected = nextAllowedInstant(planned, zone, window);
            if (row.at.getTime() !== expected.getTime()) {
              throw new Error(
                `${zone} anchor ${anchor.toISOString()} offset ${offset.minutes} min, local ${JSON.stringify(localTime)}, window ${name}: ` +
                  `SQL ${row.at.toISOString()} ≠ TS ${expected.toISOString()}`,
              );
            }
            if (expected.getTime() !== planned.getTime()) moved++;
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(OFFSETS.length * LOCAL_TIMES.length * WINDOWS.length * cases.length);
    expect(moved).toBeGreaterThan(compared / 4);
  }, 120_000);

  it('reads a smallint[] weekday column and null anchors as a materialising query would', async () => {
    const at = sendTimeSql(
      { anchorSql: 'c.anchor', zoneSql: 'c.time_zone', offset: must(parseStepOffset('-P1D')), localTime: must(parseLocalTime('09:00')), window: OPEN_WINDOW },
      1,
    );
    // Replace the weekday parameter by a smallint[] expression, as workspaces.allowed_weekdays is.
    const sql = at.sql.replace('$5::int[]', `'{1,2,3,4,5}'::smallint[]`);
    const { rows } = await db.query<{ at: Date | null; missing: Date | null }>(
      `SELECT ${sql} AS at, ${sql.replace('c.anchor', 'NULL::timestamptz')} AS missing
         FROM (VALUES ('2026-03-30T10:00:00Z'::timestamptz, 'Europe/Paris')) AS c(anchor, time_zone)`,
      at.params.slice(0, 4),
    );
    // Sunday 29 March 09:00 is a weekend day: Monday 00:00 CEST.
    expect(rows[0].at?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(rows[0].missing).toBeNull();
  });

  it.each([
    [`NULL, NULL, '{}'::int[]`, /at least one allowed weekday/],
    [`'20:00', '20:00', '{1}'::int[]`, /quiet hours need both a start and a different end/],
    [`'20:00', NULL, '{1}'::int[]`, /quiet hours need both a start and a different end/],
  ])('refuses a send window it cannot honour (%s)', async (window, message) => {
    await expect(db.query(`SELECT clarion_next_allowed_instant(now(), 'Europe/Paris', ${window})`)).rejects.toThrow(message);
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

  it('has a down() that removes every function, and an up() that brings them back', async () => {
    const migration = new CreateSchedulingFunctions1795401000000();
    const runner = { query: (sql: string) => db.query(sql) } as unknown as QueryRunner;
    const names = ['clarion_local_to_instant', 'clarion_step_time', 'clarion_next_allowed_instant', 'clarion_send_time', 'clarion_variant_bucket', 'clarion_pick_variant'];
    const count = async () => (await db.query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = ANY($1)`, [names])).rows[0].n;
    expect(await count()).toBe(names.length);
    await migration.down(runner);
    expect(await count()).toBe(0);
    await migration.up(runner);
    expect(await count()).toBe(names.length);
  });
});
