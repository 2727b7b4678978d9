// npm run bench:tracking — (a) sustained open/click ingest over HTTP on loopback with autocannon
// against GET /t/o/:token and GET /t/c/:token, then a count of the events rows to prove none was
// lost, side by side with a bare node:http server answering the same requests without a database
// (measured before and after Clarion by the same load generator: the ratio is what Clarion keeps of
// what the machine can answer); (b) the campaign report of a 100,000-learner campaign with
// 1,000,000 events.
// Figures go to bench/results/tracking.json.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApi } from '../src/app.setup';
import { TrackingTokens } from '../src/modules/tracking/tracking-token';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service';
import { freshBenchDatabase, log, percentile, timed, writeResults } from './bench-support';

interface LoadResult {
  duration: number;
  latency: { p50: number; p99: number; max: number };
  requests: number;
  non2xx3xx: number;
  errors: number;
  timeouts: number;
  /** Indices of the open and click tokens that were answered 2xx/3xx. */
  answered: { open: number[]; click: number[] };
}

/**
 * The load generator, run in a child process so that autocannon does not share the API's event
 * loop (not a worker thread: autocannon behaves differently off the main thread). Requests alternate open and click, each on its own token; the indices answered 2xx or 3xx
 * come back with the figures (in-flight requests when the time is up are not counted).
 */
const LOAD_SCRIPT = `
process.once('message', (data) => {
const autocannon = require(data.autocannonPath);
const { url, connections, duration, userAgent, openTokens, clickTokens } = data;
let sequence = 0;
const pending = new Map();
const answered = { open: new Set(), click: new Set() };
autocannon({
  url, connections, duration, headers: { 'user-agent': userAgent },
  requests: [{
    method: 'GET',
    setupRequest(req, context) {
      const n = sequence++;
      const kind = n % 2 === 0 ? 'open' : 'click';
      const index = Math.floor(n / 2) % openTokens.length;
      pending.set(context, { kind, index });
      return { ...req, path: kind === 'open' ? '/t/o/' + openTokens[index] : '/t/c/' + clickTokens[index] };
    },
    onResponse(status, body, context) {
      const sent = pending.get(context);
      if (sent && status >= 200 && status < 400) answered[sent.kind].add(sent.index);
    },
  }],
}).then((r) => process.send({
  duration: r.duration, latency: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max }, requests: r.requests.total,
  non2xx3xx: r.non2xx - (r['3xx'] || 0), errors: r.errors, timeouts: r.timeouts,
  answered: { open: [...answered.open], click: [...answered.click] },
}, () => process.exit(0)));
});
`;

function runLoad(data: { url: string; connections: number; duration: number; userAgent: string; openTokens: string[]; clickTokens: string[] }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', LOAD_SCRIPT], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
    child.send({ ...data, autocannonPath: require.resolve('autocannon') });
  });
}

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const INGEST_SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const REPORT_RUNS = 7;
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const DEPARTMENTS = ['Sales', 'Marketing', 'Finance', 'Engineering', 'Operations', 'HR', 'Legal', 'Support'];

async function main(): Promise<void> {
  const config = await freshBenchDatabase('clarion_bench_tracking');
  process.env.DATABASE_URL = config.databaseUrl;
  process.env.LOG_LEVEL = 'warn';
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: ['error', 'warn'] });
  configureApi(app);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = app.get(DataSource);
  const { workspace, key } = await app.get(WorkspacesService).createWorkspace({ name: 'Bench Tracking', templateApproval: false });

  log(`Seeding a campaign of ${LEARNERS.toLocaleString('en')} learners, two steps, sent deliveries…`);
  const [seed, seedMs] = await timed(() => seedCampaign(db, workspace.id, LEARNERS));
  log(`  ${seedMs} ms`);

  // (a) Ingest. Every request targets its own delivery (opens on the first half of step 1, clicks on
  // the second half), so the expected rows are the distinct deliveries answered 2xx/3xx per kind,
  // whatever the tracking module's idempotency (every fetch kept, or one per delivery).
  const tokens = app.get(TrackingTokens);
  // Distinct tokens for the whole run: past this many requests per kind, tokens would repeat.
  const half = Math.floor(seed.step1Deliveries.length / 2);
  const openIds = seed.step1Deliveries.slice(0, half);
  const clickIds = seed.step1Deliveries.slice(half, half * 2);
  const openTokens = openIds.map((deliveryId) => tokens.sign({ kind: 'o', deliveryId }));
  const clickTokens = clickIds.map((deliveryId) => tokens.sign({ kind: 'c', deliveryId, link: 0 }));

  // The baseline: the same requests, the same load generator, connections and duration, answered by
  // node:http alone (the same GIF, the same redirect) with nothing recorded; run before and after
  // Clarion so that a change in the machine's load meanwhile weighs on both sides alike.
  const bare = await startBareServer(seed.campaignId);
  // The machine's load when the runs start: on a shared machine, the ratio is the figure to compare.
  const loadAverage1m = Math.round(loadavg()[0] * 100) / 100;
  const loadArgs = { connections: CONNECTIONS, duration: INGEST_SECONDS, userAgent: BROWSER, openTokens, clickTokens };
  log(`(a) Ingest: ${CONNECTIONS} connections for ${INGEST_SECONDS} s, opens and clicks alternately; bare node:http, Clarion, bare node:http (load average ${loadAverage1m})…`);
  const bareBefore = await runLoad({ url: bare.url, ...loadArgs });
  log(`  bare node:http: ${Math.round(bareBefore.requests / bareBefore.duration)} req/s, p50 ${bareBefore.latency.p50} ms, p99 ${bareBefore.latency.p99} ms`);
  const load = await runLoad({ url: base, ...loadArgs });
  const bareAfter = await runLoad({ url: bare.url, ...loadArgs });
  log(`  bare node:http: ${Math.round(bareAfter.requests / bareAfter.duration)} req/s, p50 ${bareAfter.latency.p50} ms, p99 ${bareAfter.latency.p99} ms`);
  await bare.close();
  const ingestEventsPerSec = Math.round(load.requests / load.duration);
  const bareRequestsPerSec = Math.round((bareBefore.requests + bareAfter.requests) / (bareBefore.duration + bareAfter.duration));
  const ingestRatioToBare = Math.round((ingestEventsPerSec / bareRequestsPerSec) * 1000) / 1000;
  const ingestP99Ms = load.latency.p99;
  log(`  ${load.requests.toLocaleString('en')} requests in ${load.duration} s: ${ingestEventsPerSec} req/s, latency p50 ${load.latency.p50} ms, p99 ${ingestP99Ms} ms, max ${load.latency.max} ms`);
  log(`  answered other than 2xx/3xx: ${load.non2xx3xx}, errors ${load.errors}, timeouts ${load.timeouts}`);
  log(`  bareRequestsPerSec ${bareRequestsPerSec}, ingestRequestsPerSec ${ingestEventsPerSec}, ingestRatioToBare ${ingestRatioToBare}`);

  const answeredOpens = load.answered.open.map((i) => openIds[i]);
  const answeredClicks = load.answered.click.map((i) => clickIds[i]);
  const expected = answeredOpens.length + answeredClicks.length;
  const recorded = await settledCount(() => recordedEvents(db, workspace.id, answeredOpens, answeredClicks));
  const eventsLost = expected - recorded;
  log(`  distinct deliveries answered: ${answeredOpens.length} opens + ${answeredClicks.length} clicks = ${expected}; with their event recorded: ${recorded}; lost: ${eventsLost}`);

  // While working on ingest alone: no report part, nothing written.
  if (process.env.BENCH_INGEST_ONLY === '1') {
    await app.close();
    return;
  }

  // (b) The report over 1,000,000 events.
  log(`(b) Topping the campaign up to ${EVENTS.toLocaleString('en')} events…`);
  const [, eventsMs] = await timed(() => seedEvents(db, workspace.id, seed));
  const [{ n: totalEvents }] = await db.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1`, [seed.campaignId]);
  log(`  ${totalEvents.toLocaleString('en')} events in ${eventsMs} ms`);

  const runs: number[] = [];
  let report: { funnel: Record<string, number>; abTests: Array<{ verdict: string }> } | undefined;
  for (let i = 0; i < REPORT_RUNS; i++) {
    const [body, ms] = await timed(async () => {
      const res = await fetch(`${base}/v1/campaigns/${seed.campaignId}/report`, { headers: { Authorization: `Bearer ${key}` } });
      if (!res.ok) throw new Error(`report answered ${res.status}: ${await res.text()}`);
      return res.json();
    });
    report = body as typeof report;
    runs.push(ms);
  }
  // The first run warms caches and plans; the median of the others is the figure.
  const report1mEventsMs = percentile(runs.slice(1), 50);
  log(`  report: median ${report1mEventsMs} ms (runs: ${runs.join(', ')})`);
  log(`  funnel ${JSON.stringify(report?.funnel)}; A/B: ${report?.abTests.map((t) => t.verdict).join(' | ')}`);

  writeResults('tracking', {
    learners: LEARNERS,
    connections: CONNECTIONS,
    ingestSeconds: load.duration,
    ingestRequests: load.requests,
    ingestEventsPerSec,
    ingestRequestsPerSec: ingestEventsPerSec,
    bareRequestsPerSec,
    bareRunsRequestsPerSec: [bareBefore, bareAfter].map((r) => Math.round(r.requests / r.duration)),
    bareP99Ms: Math.max(bareBefore.latency.p99, bareAfter.latency.p99),
    ingestRatioToBare,
    loadAverage1m,
    ingestP50Ms: load.latency.p50,
    ingestP99Ms,
    ingestFailedResponses: load.non2xx3xx,
    ingestErrors: load.errors + load.timeouts,
    eventsExpected: expected,
    eventsRecorded: recorded,
    eventsLost,
    reportEvents: totalEvents,
    report1mEventsMs,
    reportRunsMs: runs,
    targets: { ingestEventsPerSec: 2000, ingestP99Ms: 50, eventsLost: 0, report1mEventsMs: 500, ingestRatioToBare: 0.5 },
  });
  await app.close();
}

// The smallest transparent GIF and the headers Clarion's pixel answers with.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const NO_STORE = 'no-store, no-cache, must-revalidate, private';

/** node:http alone, answering the pixel and the click as Clarion does (same status, headers, body sizes), recording nothing. */
async function startBareServer(campaignId: string): Promise<{ url: string; close: () => Promise<void> }> {
  const location = `https://lms.example.com/courses/feedback?utm_source=clarion&utm_medium=email&utm_campaign=${campaignId}&utm_content=1-A`;
  const redirectBody = `Found. Redirecting to ${location}`;
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/t/o/')) {
      res.writeHead(200, { 'Content-Type': 'image/gif', 'Content-Length': PIXEL.length, 'Cache-Control': NO_STORE, Pragma: 'no-cache' });
      res.end(PIXEL);
    } else if (req.url?.startsWith('/t/c/')) {
      res.writeHead(302, { Location: location, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(redirectBody), 'Cache-Control': NO_STORE });
      res.end(redirectBody);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface SeededCampaign {
  campaignId: string;
  step1: string;
  step2: string;
  step1Deliveries: string[];
}

/** Learners, personas, a course session, a running campaign with an A/B step and a reminder, their deliveries: all set-based. */
async function seedCampaign(db: DataSource, workspaceId: string, learners: number): Promise<SeededCampaign> {
  const personas: Array<{ id: string }> = await db.query(
    `INSERT INTO personas (workspace_id, name) SELECT $1, name FROM unnest(ARRAY['Curious achiever', 'Busy manager', 'Reluctant expert']) name RETURNING id`,
    [workspaceId],
  );
  await db.query(
    `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, department, site, persona_id)
     SELECT $1, 'E' || i, 'learner' || i || '@bench.example.com', 'First' || i, 'Last' || i,
            ($2::text[])[1 + i % array_length($2::text[], 1)], 'Site ' || (i % 40),
            CASE WHEN i % 4 = 3 THEN NULL ELSE ($3::uuid[])[1 + i % 3] END
       FROM generate_series(1, $4::int) i`,
    [workspaceId, DEPARTMENTS, personas.map((p) => p.id), learners],
  );
  const [course] = await db.query(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Feedback that works', 'blended') RETURNING id`, [workspaceId]);
  const [session] = await db.query(
    `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, time_zone)
     VALUES ($1, $2, now() + interval '20 days', now() + interval '21 days', 'Europe/Paris') RETURNING id`,
    [workspaceId, course.id],
  );
  const [campaign] = await db.query(
    `INSERT INTO campaigns (workspace_id, name, course_id, session_id, status, launched_at, ambassador_ids,
                            cost_production, cost_hours, cost_hourly_rate, cost_currency)
     SELECT $1, 'Bench campaign', $2, $3, 'running', now() - interval '3 days', array_agg(id), 2500, 40, 60, 'EUR'
       FROM (SELECT id FROM learners WHERE workspace_id = $1 ORDER BY external_id LIMIT 20) a
     RETURNING id`,
    [workspaceId, course.id, session.id],
  );
  const variants = JSON.stringify(['A', 'B'].map((k) => ({ key: k, templateVersionId: '00000000-0000-4000-8000-000000000000', weight: 1 })));
  const [step1] = await db.query(
    `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id, variants)
     VALUES ($1, $2, 1, 'Invitation', 'before', 'launch', 'P0D', 'email', gen_random_uuid(), $3) RETURNING id`,
    [workspaceId, campaign.id, variants],
  );
  const [step2] = await db.query(
    `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id)
     VALUES ($1, $2, 2, 'Reminder', 'before', 'launch', 'P1D', 'email', gen_random_uuid()) RETURNING id`,
    [workspaceId, campaign.id],
  );
  // Step 1 to everyone (2% skipped, 1% failed), step 2 a day later; sent an hour ago at least, so
  // the bench's opens are not taken for scanners fetching on arrival.
  await db.query(
    `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, variant, template_version_id, status, reason,
                             scheduled_at, sent_at, links)
     SELECT $1, $2, s.step, l.id, 'email', CASE WHEN s.position = 1 THEN (ARRAY['A', 'B'])[1 + n % 2] END, gen_random_uuid(),
            CASE WHEN n % 50 = 0 THEN 'skipped' WHEN n % 100 = 1 THEN 'failed' ELSE 'sent' END,
            CASE WHEN n % 50 = 0 THEN 'frequency_cap' WHEN n % 100 = 1 THEN 'rejected' END,
            now() - make_interval(days => 3 - s.position), CASE WHEN n % 50 <> 0 AND n % 100 <> 1 THEN now() - make_interval(days => 3 - s.position, hours => 1) END,
            ARRAY['https://lms.example.com/courses/feedback']
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM learners WHERE workspace_id = $1) l
      CROSS JOIN (VALUES ($3::uuid, 1), ($4::uuid, 2)) s(step, position)`,
    [workspaceId, campaign.id, step1.id, step2.id],
  );
  await db.query('ANALYZE learners; ANALYZE deliveries');
  const rows: Array<{ id: string }> = await db.query(`SELECT id FROM deliveries WHERE step_id = $1 AND status = 'sent' ORDER BY id`, [step1.id]);
  return { campaignId: campaign.id, step1: step1.id, step2: step2.id, step1Deliveries: rows.map((r) => r.id) };
}

/** Of the deliveries whose open (or click) was answered, those with the open (or click) recorded. */
async function recordedEvents(db: DataSource, workspaceId: string, openIds: string[], clickIds: string[]): Promise<number> {
  const [row] = await db.query(
    `SELECT (SELECT count(DISTINCT delivery_id) FROM events WHERE workspace_id = $1 AND kind = 'opened' AND delivery_id = ANY($2::uuid[]))
          + (SELECT count(DISTINCT delivery_id) FROM events WHERE workspace_id = $1 AND kind = 'clicked' AND delivery_id = ANY($3::uuid[])) AS n`,
    [workspaceId, openIds, clickIds],
  );
  return Number(row.n);
}

/** Polls a count until it stops moving (writes acknowledged before the response are already there; this guards any buffering). */
async function settledCount(count: () => Promise<number>): Promise<number> {
  let last = await count();
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await count();
    if (now === last) return now;
    last = now;
  }
  return last;
}

/**
 * Tops the campaign's events up to EVENTS with INSERT … SELECT generate_series: sends, human and
 * machine opens, clicks, a few bounces spread over the sent deliveries and ten days; then
 * attributed enrolments (a tenth of the learners, some credited to an ambassador) with their
 * enrolment rows (a third started, a third completed).
 */
async function seedEvents(db: DataSource, workspaceId: string, seed: SeededCampaign): Promise<void> {
  const [{ n: existing }] = await db.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1`, [seed.campaignId]);
  const enrolments = Math.floor(LEARNERS / 10);
  const bulk = Math.max(0, EVENTS - existing - enrolments);
  await db.query(
    `WITH d AS MATERIALIZED (
       SELECT id, learner_id, step_id, variant, row_number() OVER (ORDER BY id) AS rn
         FROM deliveries WHERE campaign_id = $2 AND status = 'sent'
     )
     INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, variant, machine, source, idempotency_key)
     SELECT $1,
            CASE WHEN g % 100 < 20 THEN 'sent' WHEN g % 100 < 79 THEN 'opened' WHEN g % 100 < 99 THEN 'clicked' ELSE 'bounced' END,
            now() - make_interval(secs => (g * 7) % 864000), d.learner_id, d.id, $2, d.step_id, 'email', d.variant,
            g % 100 BETWEEN 65 AND 78, 'bench', 'bench:' || g
       FROM generate_series(1, $3::int) g
       -- The modulus is a scalar sub-query (computed once), so the join is a hash join on rn.
       JOIN d ON d.rn = 1 + (g::bigint * 7919) % (SELECT count(*) FROM d)`,
    [workspaceId, seed.campaignId, bulk],
  );
  await db.query(
    `WITH picked AS (
       SELECT d.learner_id, d.variant, row_number() OVER (ORDER BY d.id) AS n
         FROM deliveries d WHERE d.step_id = $3 AND d.status = 'sent' ORDER BY d.id LIMIT $4
     ), ambassadors AS (
       SELECT a, row_number() OVER () AS k FROM unnest((SELECT ambassador_ids FROM campaigns WHERE id = $2)) a
     ), enrolled AS (
       INSERT INTO events (workspace_id, kind, occurred_at, learner_id, campaign_id, step_id, channel, variant, ambassador_id, source, idempotency_key)
       SELECT $1, 'enrolled', now() - make_interval(secs => (p.n * 13) % 864000), p.learner_id, $2, $3, 'email', p.variant,
              (SELECT a FROM ambassadors WHERE k = 1 + p.n % 20 AND p.n % 5 = 0), 'bench', 'bench:enrolled:' || p.n
         FROM picked p
       RETURNING learner_id
     )
     INSERT INTO enrollments (workspace_id, session_id, course_id, learner_id, status, source, enrolled_at, started_at, completed_at)
     SELECT $1, c.session_id, c.course_id, e.learner_id, (ARRAY['enrolled', 'started', 'completed'])[1 + n % 3], 'api', now(),
            CASE WHEN n % 3 > 0 THEN now() END, CASE WHEN n % 3 = 2 THEN now() END
       FROM (SELECT learner_id, row_number() OVER () AS n FROM enrolled) e
       CROSS JOIN campaigns c WHERE c.id = $2
     ON CONFLICT DO NOTHING`,
    [workspaceId, seed.campaignId, seed.step1, enrolments],
  );
  await db.query('ANALYZE events; ANALYZE enrollments');
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
