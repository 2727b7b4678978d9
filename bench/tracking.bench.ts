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
import { seedCampaign, seedEvents } from './report-fixture';

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
  const [, eventsMs] = await timed(() => seedEvents(db, workspace.id, seed, LEARNERS, EVENTS));
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

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
