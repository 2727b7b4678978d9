// npm run bench:delivery — for 100,000 learners: (a) materialising one step's deliveries;
// (b) end-to-end email throughput (claim, render, pooled SMTP to a local sink, mark sent) as a
// ratio to raw nodemailer sending the same rendered messages to the same sink, in the same run (and
// to the same MIME bytes sent raw, which isolates the engine's own overhead);
// (c) the worker process's peak RSS; (d) Redis memory used while the plan is being sent;
// (e) fairness: how much a 1 message/s workspace's 400 emails delay a 1,000 messages/s workspace's
// 2,000 sharing the worker, against the same 2,000 alone; (f) duplicates after a SIGKILL mid-send.
// Figures go to bench/results/delivery.json. BENCH_ONLY=throughput stops after (b) and writes nothing
// (for trying a change quickly); BENCH_LEARNERS and BENCH_SEND size the run.
// `-- --queue postgres` runs (a) and (b) with the queue on PostgreSQL (BullMQ's PostgreSQL backend, as
// on a machine without Redis) and writes its figures as ratioPostgresQueue & co. into delivery.json,
// keeping the Redis run's figures (a full Redis run keeps the PostgreSQL-queue ones in turn).
import 'reflect-metadata';
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import Redis from 'ioredis';
import { DateTime } from 'luxon';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/app-config';
import { configureApi } from '../src/app.setup';
import type { MailMessage } from '../src/infrastructure/mail/mail-message';
import { DeliveriesRepository } from '../src/modules/delivery/deliveries.repository';
import { DeliveryComposer } from '../src/modules/delivery/delivery-composer.service';
import { PlanRepository } from '../src/modules/delivery/plan.repository';
import { PlannerService } from '../src/modules/delivery/planner.service';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service';
import { WorkerModule } from '../src/worker.module';
import { DemoClient } from '../src/demo/demo-client';
import { freshBenchDatabase, log, mergeResults, readResults, timed, writeResults } from './bench-support';
import { migrateQueueSchema } from '../src/infrastructure/queue/queue-backend';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100_000);
const SEND = Number(process.env.BENCH_SEND ?? 20_000);
const ROOT = join(__dirname, '..');
const FAIR_FAST = 2_000;
const FAIR_SLOW = 400;
const KILL_SEND = 3_000;
const QUEUE = queueArgument();
const WORKER_NODE_FLAGS = (process.env.BENCH_WORKER_NODE_FLAGS ?? '--max-old-space-size=192').split(' ').filter(Boolean);

async function main(): Promise<void> {
  const sink = await startSink();
  const config = await freshBenchDatabase(QUEUE === 'postgres' ? 'clarion_bench_delivery_pgq' : 'clarion_bench_delivery', { SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false', CLARION_QUEUE: QUEUE });
  if (QUEUE === 'postgres') await migrateQueueSchema(config.databaseUrl);
  log(`Queue on ${QUEUE === 'postgres' ? 'PostgreSQL (BullMQ PostgreSQL backend)' : 'Redis'}`);
  Object.assign(process.env, { CLARION_QUEUE: QUEUE, DATABASE_URL: config.databaseUrl, QUEUE_PREFIX: config.queuePrefix, SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'warn', LOG_PRETTY: 'false' });

  const api = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: ['error', 'warn'] });
  configureApi(api);
  await api.listen(0, '127.0.0.1');
  const engine = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  await engine.init();
  const ds = api.get(DataSource);
  const { workspace, key } = await api.get(WorkspacesService).createWorkspace({ name: 'Bench Delivery', templateApproval: false });
  const client = new DemoClient((await api.getUrl()).replace('[::1]', '127.0.0.1'), key);
  await client.patch('/v1/workspace', { emailRatePerSecond: 100_000, frequencyCap: 0 });
  await client.post('/v1/templates/install-starters');
  const [{ id: versionId }] = await ds.query(
    `SELECT v.id FROM templates t JOIN template_versions v ON v.template_id = t.id WHERE t.workspace_id = $1 AND t.starter_key = 'invitation'`,
    [workspace.id],
  );
  const course = await client.post('/v1/courses', { title: 'Data literacy for everyone', modality: 'blended', lmsUrl: 'https://lms.example.com/data-101' });
  const startsAt = DateTime.now().plus({ days: 20 });
  const session = await client.post(`/v1/courses/${course.id}/sessions`, { startsAt: startsAt.toISO(), endsAt: startsAt.plus({ hours: 3 }).toISO(), timeZone: 'Europe/Paris' });

  log(`Seeding ${LEARNERS.toLocaleString('en')} learners…`);
  const zones = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'Asia/Kolkata'];
  await ds.query(
    `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, locale, time_zone, department)
     SELECT $1, CASE WHEN i < $3 THEN 'S-' ELSE 'B-' END || i, 'learner' || i || '@bench.example.com', 'First' || i, 'Last' || i,
            CASE WHEN i % 3 = 0 THEN 'fr-FR' ELSE 'en-US' END, ($4::text[])[1 + i % 5], 'Sales'
       FROM generate_series(0, $2 - 1) AS i`,
    [workspace.id, LEARNERS, SEND, zones],
  );
  await ds.query('ANALYZE learners');
  const step = (name: string) => ({ name, phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', localTime: null, templateVersionId: versionId });
  const base = { courseId: course.id, sessionId: session.id, senderName: 'Learning', senderEmail: 'learning@bench.example.com', allowLocaleFallback: true };

  // (a) Materialising one step for the whole audience: one INSERT … SELECT with each learner's send time.
  const all = await client.post('/v1/campaigns', { ...base, name: 'Everyone', steps: [step('Invitation')] });
  await client.post(`/v1/campaigns/${all.id}/launch`);
  const dueAll = (await engine.get(PlanRepository).findDueSteps()).find((d) => d.campaign.id === all.id)!;
  const [planned, materialize100kMs] = await timed(() => engine.get(PlannerService).materialize(dueAll));
  log(`(a) materialised ${planned.inserted.toLocaleString('en')} deliveries in ${materialize100kMs} ms`);
  await client.post(`/v1/campaigns/${all.id}/cancel`);

  // (b) Throughput on SEND learners: the same messages sent raw, through the engine, raw again.
  const segment = await client.post('/v1/segments', { name: 'Send set', rule: { field: 'externalId', op: 'starts_with', value: 'S-' } });
  const sendSet = await client.post('/v1/campaigns', { ...base, name: 'Send set', includeSegmentIds: [segment.id], steps: [step('Invitation')] });
  await client.post(`/v1/campaigns/${sendSet.id}/launch`);
  const dueSet = (await engine.get(PlanRepository).findDueSteps()).find((d) => d.campaign.id === sendSet.id)!;
  await engine.get(PlannerService).materialize(dueSet);
  await client.post(`/v1/campaigns/${sendSet.id}/pause`);
  const messages = await composeAll(engine, ds, sendSet.id);
  await engine.close();
  const messagesFile = join(tmpdir(), `clarion-bench-messages-${process.pid}.jsonl`);
  writeFileSync(messagesFile, `${messages.map((m) => JSON.stringify(m)).join('\n')}\n`);
  log(`Rendered ${messages.length.toLocaleString('en')} messages for the raw baseline`);

  const raw1 = await sendRaw(sink, messagesFile, 'plain');
  const mime1 = await sendRaw(sink, messagesFile, 'mime');
  log(`(b) raw nodemailer (pooled, 5 connections): ${raw1} msgs/s; the engine's MIME bytes through it: ${mime1} msgs/s`);

  const distWorker = join(ROOT, 'dist', 'src', 'worker.js');
  if (!existsSync(distWorker) || process.env.BENCH_BUILD !== '0') {
    log('Building the worker (nest build)…');
    execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const redis = QUEUE === 'redis' ? new Redis(config.redisUrl) : null;
  const redisBefore = redis ? await usedMemory(redis) : 0;
  const worker = await startWorker(config.appSecret);
  const sentBefore = sink.count;
  const started = performance.now();
  await client.post(`/v1/campaigns/${sendSet.id}/resume`);
  let redisPeak = redisBefore;
  // The sink tells when the messages have arrived; the database is asked only then (whether each is
  // recorded as sent), so the bench's own polling does not load the machine the engine is measured on.
  for (;;) {
    if (redis) redisPeak = Math.max(redisPeak, await usedMemory(redis));
    if (sink.count - sentBefore >= messages.length) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM deliveries WHERE campaign_id = $1 AND status = 'sent'`, [sendSet.id]);
      if (n >= messages.length) break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const engineSeconds = (performance.now() - started) / 1000;
  const engineMsgsPerSec = Math.round(messages.length / engineSeconds);
  const peakRssKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${worker.pid}/status`, 'utf8'))?.[1] ?? 0);
  await stopWorker(worker, 'SIGTERM');
  log(`(b) engine: ${messages.length.toLocaleString('en')} emails in ${engineSeconds.toFixed(1)} s = ${engineMsgsPerSec} msgs/s (sink received ${sink.count - sentBefore})`);

  const mime2 = await sendRaw(sink, messagesFile, 'mime');
  const raw2 = await sendRaw(sink, messagesFile, 'plain');
  rmSync(messagesFile);
  const rawMsgsPerSec = Math.round((raw1 + raw2) / 2);
  const rawSameMimeMsgsPerSec = Math.round((mime1 + mime2) / 2);
  const ratio = Math.round((engineMsgsPerSec / rawMsgsPerSec) * 100) / 100;
  const ratioSameMime = Math.round((engineMsgsPerSec / rawSameMimeMsgsPerSec) * 100) / 100;
  log(`(b) raw again: ${raw2} msgs/s (engine's MIME: ${mime2}); ratio engine/raw = ${ratio}, engine/same MIME = ${ratioSameMime}`);
  const workerPeakRssMb = Math.round(peakRssKb / 1024);
  if (QUEUE === 'postgres') {
    mergeResults('delivery', {
      ratioPostgresQueue: ratio,
      engineMsgsPerSecPostgresQueue: engineMsgsPerSec,
      rawMsgsPerSecPostgresQueue: rawMsgsPerSec,
      rawRunsMsgsPerSecPostgresQueue: [raw1, raw2],
      ratioSameMimePostgresQueue: ratioSameMime,
      sentPostgresQueue: messages.length,
      workerPeakRssMbPostgresQueue: workerPeakRssMb,
      materialize100kMsPostgresQueue: materialize100kMs,
      measuredAtPostgresQueue: new Date().toISOString(),
      loadAveragePostgresQueue: Math.round(loadavg()[0] * 10) / 10,
    });
    await api.close();
    await sink.close();
    return;
  }
  if (process.env.BENCH_ONLY === 'throughput') {
    log(`(b) only: engine ${engineMsgsPerSec} msgs/s, raw ${rawMsgsPerSec} msgs/s (same MIME ${rawSameMimeMsgsPerSec}), ratio ${ratio} (same MIME ${ratioSameMime}), worker peak RSS ${workerPeakRssMb} MB (nothing written)`);
    redis?.disconnect();
    await api.close();
    await sink.close();
    return;
  }

  // (e) Fairness: a fast workspace alone, then again beside a 1 message/s workspace.
  const fast = await benchWorkspace(api, 'Bench Fast', 1_000, 'F-', FAIR_FAST);
  const slow = await benchWorkspace(api, 'Bench Slow', 1, 'W-', FAIR_SLOW);
  const alone = await fast.campaign('Alone');
  let fairWorker = await startWorker(config.appSecret);
  const [, fastAloneMs] = await timed(async () => {
    await fast.client.post(`/v1/campaigns/${alone}/launch`);
    await allSent(ds, alone, FAIR_FAST);
  });
  const together = await fast.campaign('Together');
  const slowCampaign = await slow.campaign('Slow');
  await slow.client.post(`/v1/campaigns/${slowCampaign}/launch`);
  const [, fastSharedMs] = await timed(async () => {
    await fast.client.post(`/v1/campaigns/${together}/launch`);
    await allSent(ds, together, FAIR_FAST);
  });
  const [{ n: slowSent }] = await ds.query(`SELECT count(*)::int AS n FROM deliveries WHERE campaign_id = $1 AND status = 'sent'`, [slowCampaign]);
  await slow.client.post(`/v1/campaigns/${slowCampaign}/cancel`);
  await stopWorker(fairWorker, 'SIGTERM');
  const fairnessSlowWorkspaceDelayMs = Math.max(0, Math.round(fastSharedMs - fastAloneMs));
  const fairnessDelayPct = Math.round((fairnessSlowWorkspaceDelayMs / fastAloneMs) * 1000) / 10;
  log(`(e) fast workspace's ${FAIR_FAST} emails: ${Math.round(fastAloneMs)} ms alone, ${Math.round(fastSharedMs)} ms beside the 1/s one (which sent ${slowSent} meanwhile): delayed ${fairnessSlowWorkspaceDelayMs} ms (${fairnessDelayPct} %)`);

  // (f) SIGKILL mid-send: duplicates per Message-ID, against the messages in flight (one per worker slot).
  const killed = await benchWorkspace(api, 'Bench Kill', 100_000, 'K-', KILL_SEND);
  const killCampaign = await killed.campaign('Kill');
  sink.resetIds();
  fairWorker = await startWorker(config.appSecret, { DELIVERY_LEASE_SECONDS: '5' });
  await killed.client.post(`/v1/campaigns/${killCampaign}/launch`);
  while (sink.ids.size < KILL_SEND / 3) await new Promise((r) => setTimeout(r, 20));
  await stopWorker(fairWorker, 'SIGKILL');
  const inFlightLimit = loadConfig(process.env).workerConcurrency; // one message in hand per worker slot
  fairWorker = await startWorker(config.appSecret, { DELIVERY_LEASE_SECONDS: '5' });
  await allSent(ds, killCampaign, KILL_SEND);
  await stopWorker(fairWorker, 'SIGTERM');
  const duplicatesAfterKill = sink.received - sink.ids.size;
  log(`(f) SIGKILL mid-send of ${KILL_SEND} emails: ${duplicatesAfterKill} duplicate(s) by Message-ID (limit: ${inFlightLimit} in flight)`);
  const redisScheduleMb = Math.round(((redisPeak - redisBefore) / 1024 / 1024) * 100) / 100;
  log(`(c) worker peak RSS: ${workerPeakRssMb} MB   (d) Redis memory for the schedule: ${redisScheduleMb} MB above baseline`);

  writeResults('delivery', {
    ...keptPostgresQueueFigures('delivery'),
    learners: LEARNERS,
    materialize100kMs,
    materialized: planned.inserted,
    sent: messages.length,
    engineMsgsPerSec,
    rawMsgsPerSec,
    rawRunsMsgsPerSec: [raw1, raw2],
    ratio,
    rawSameMimeMsgsPerSec,
    rawSameMimeRunsMsgsPerSec: [mime1, mime2],
    ratioSameMime,
    workerPeakRssMb,
    redisScheduleMb,
    fastAloneMs: Math.round(fastAloneMs),
    fastSharedMs: Math.round(fastSharedMs),
    fairnessSlowWorkspaceDelayMs,
    fairnessDelayPct,
    duplicatesAfterKill,
    targets: { materialize100kMs: 5000, ratio: 0.8, ratioPostgresQueue: 0.7, workerPeakRssMb: 300, redisScheduleMb: 50, fairnessDelayPct: 10, duplicatesAfterKill: 0, duplicatesAfterKillLimit: inFlightLimit },
  });
  redis?.disconnect();
  await api.close();
  await sink.close();
}

function queueArgument(): 'redis' | 'postgres' {
  const at = process.argv.indexOf('--queue');
  const value = at >= 0 ? process.argv[at + 1] : 'redis';
  if (value !== 'redis' && value !== 'postgres') throw new Error(`--queue must be redis or postgres (got "${value}")`);
  return value;
}

/** The figures other runs wrote here (`--queue postgres`, bench:demo), carried over by a Redis run. */
function keptPostgresQueueFigures(name: string): Record<string, unknown> {
  const previous = readResults(name);
  return Object.fromEntries(Object.entries(previous).filter(([key]) => key.endsWith('PostgresQueue') || key === 'demoFirstEmailMs'));
}

type Api = NestExpressApplication;

/** A workspace of `count` learners at `rate` messages/s, whose campaigns send one email to all of them. */
async function benchWorkspace(api: Api, name: string, rate: number, prefix: string, count: number) {
  const ds = api.get(DataSource);
  const { workspace, key } = await api.get(WorkspacesService).createWorkspace({ name, templateApproval: false });
  const client = new DemoClient((await api.getUrl()).replace('[::1]', '127.0.0.1'), key);
  await client.patch('/v1/workspace', { emailRatePerSecond: rate, frequencyCap: 0, quietHours: null });
  const template = await client.post('/v1/templates', {
    name: 'Hello',
    channel: 'email',
    purpose: 'invitation',
    phase: 'before',
    variants: { en: { subject: 'Hello {{learner.firstName}}', preheader: 'Hi', body: '<mj-section><mj-column><mj-text>Hello {{learner.firstName}}</mj-text></mj-column></mj-section>' } },
  });
  const [{ id: versionId }] = await ds.query(`SELECT id FROM template_versions WHERE template_id = $1`, [template.id]);
  await ds.query(
    `INSERT INTO learners (workspace_id, external_id, email, first_name, locale, time_zone)
     SELECT $1, $2 || i, lower($2) || i || '@bench.example.com', 'First' || i, 'en', 'Europe/Paris' FROM generate_series(0, $3 - 1) AS i`,
    [workspace.id, prefix, count],
  );
  const course = await client.post('/v1/courses', { title: 'Fair share', modality: 'blended' });
  return {
    client,
    campaign: async (campaignName: string): Promise<string> =>
      (
        await client.post('/v1/campaigns', {
          name: campaignName,
          courseId: course.id,
          senderName: 'Learning',
          senderEmail: 'learning@bench.example.com',
          allowLocaleFallback: true,
          steps: [{ name: 'Now', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', localTime: null, essential: true, templateVersionId: versionId }],
        })
      ).id,
  };
}

async function allSent(ds: DataSource, campaignId: string, count: number): Promise<void> {
  for (;;) {
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM deliveries WHERE campaign_id = $1 AND status = 'sent'`, [campaignId]);
    if (n >= count) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The worker as in production (see package.json start:worker and the Dockerfile), in its own process. */
async function startWorker(appSecret: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const distWorker = join(ROOT, 'dist', 'src', 'worker.js');
  const worker = spawn(process.execPath, [...WORKER_NODE_FLAGS, distWorker], {
    cwd: ROOT,
    env: { ...process.env, SCHEDULER_ENABLED: 'true', SCHEDULER_INTERVAL_MS: '200', LOG_LEVEL: 'info', NODE_ENV: 'production', APP_SECRET: appSecret, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    worker.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Worker started') && resolve());
    worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return worker;
}

async function stopWorker(worker: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise((r) => worker.once('exit', r));
  worker.kill(signal);
  await exited;
}

/** The messages the engine would send, rendered by its own composer. */
async function composeAll(engine: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>, ds: DataSource, campaignId: string): Promise<MailMessage[]> {
  const ids: string[] = (await ds.query(`SELECT id FROM deliveries WHERE campaign_id = $1 ORDER BY id`, [campaignId])).map((r: { id: string }) => r.id);
  const out: MailMessage[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await engine.get(DeliveriesRepository).loadContexts(ids.slice(i, i + 500));
    const compose = await engine.get(DeliveryComposer).prepare(rows);
    for (const row of rows) {
      const composed = await compose(row);
      if (composed.kind === 'email') out.push(composed.message);
    }
  }
  return out;
}

/** Raw nodemailer in a process of its own (as the worker is), same pool settings, same sink. */
async function sendRaw(sink: { url: string }, messagesFile: string, mode: 'plain' | 'mime'): Promise<number> {
  // Asynchronous: the sink lives in this process and must keep answering.
  const { stdout } = await promisify(execFile)(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--swc', join(__dirname, 'raw-sender.ts'), messagesFile, sink.url, mode], { cwd: ROOT });
  return (JSON.parse(stdout.trim().split('\n').pop()!) as { msgsPerSec: number }).msgsPerSec;
}

/** An SMTP server that accepts and discards, counting messages and the distinct Message-IDs it saw. */
async function startSink() {
  const state = { count: 0, received: 0, ids: new Set<string>() };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8192) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        state.count++;
        state.received++;
        const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1];
        if (id) state.ids.add(id);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.on('error', () => undefined); // a client that goes away resets its socket: not the sink's problem
  const port = ((server as unknown as { server: { address(): { port: number } } }).server.address()).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get count() {
      return state.count;
    },
    /** Messages received since the last reset, and their distinct Message-IDs. */
    get received() {
      return state.received;
    },
    get ids() {
      return state.ids;
    },
    resetIds() {
      state.received = 0;
      state.ids = new Set();
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
