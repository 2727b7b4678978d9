// npm run bench:delivery — for 100,000 learners: (a) materialising one step's deliveries;
// (b) end-to-end email throughput (claim, render, pooled SMTP to a local sink, mark sent) as a
// ratio to raw nodemailer sending the same rendered messages to the same sink, in the same run;
// (c) the worker process's peak RSS; (d) Redis memory used while the plan is being sent.
// Figures go to bench/results/delivery.json.
import 'reflect-metadata';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import Redis from 'ioredis';
import { DateTime } from 'luxon';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApi } from '../src/app.setup';
import type { MailMessage } from '../src/infrastructure/mail/mail-message';
import { DeliveriesRepository } from '../src/modules/delivery/deliveries.repository';
import { DeliveryComposer } from '../src/modules/delivery/delivery-composer.service';
import { PlanRepository } from '../src/modules/delivery/plan.repository';
import { PlannerService } from '../src/modules/delivery/planner.service';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service';
import { WorkerModule } from '../src/worker.module';
import { DemoClient } from '../src/demo/demo-client';
import { freshBenchDatabase, log, timed, writeResults } from './bench-support';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100_000);
const SEND = Number(process.env.BENCH_SEND ?? 20_000);
const ROOT = join(__dirname, '..');
const WORKER_NODE_FLAGS = (process.env.BENCH_WORKER_NODE_FLAGS ?? '--max-old-space-size=192').split(' ').filter(Boolean);

async function main(): Promise<void> {
  const sink = await startSink();
  const config = await freshBenchDatabase('clarion_bench_delivery', { SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false' });
  Object.assign(process.env, { DATABASE_URL: config.databaseUrl, QUEUE_PREFIX: config.queuePrefix, SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'warn', LOG_PRETTY: 'false' });

  const api = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: ['error', 'warn'] });
  configureApi(api);
  await api.listen(0, '127.0.0.1');
  const engine = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  await engine.init();
  const ds = api.get(DataSource);
  const { workspace, key } = await api.get(WorkspacesService).createWorkspace({ name: 'Bench Delivery' });
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

  const raw1 = await sendRaw(sink, messagesFile);
  log(`(b) raw nodemailer (pooled, 5 connections): ${raw1} msgs/s`);

  const distWorker = join(ROOT, 'dist', 'src', 'worker.js');
  if (!existsSync(distWorker) || process.env.BENCH_BUILD !== '0') {
    log('Building the worker (nest build)…');
    execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const redis = new Redis(config.redisUrl);
  const redisBefore = await usedMemory(redis);
  // The worker runs as in production (see package.json start:worker and the Dockerfile).
  const worker = spawn(process.execPath, [...WORKER_NODE_FLAGS, distWorker], {
    cwd: ROOT,
    env: { ...process.env, SCHEDULER_ENABLED: 'true', SCHEDULER_INTERVAL_MS: '200', LOG_LEVEL: 'info', NODE_ENV: 'production', APP_SECRET: config.appSecret },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    worker.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Worker started') && resolve());
    worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  const sentBefore = sink.count;
  const started = performance.now();
  await client.post(`/v1/campaigns/${sendSet.id}/resume`);
  let redisPeak = redisBefore;
  for (;;) {
    redisPeak = Math.max(redisPeak, await usedMemory(redis));
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM deliveries WHERE campaign_id = $1 AND status = 'sent'`, [sendSet.id]);
    if (n >= messages.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const engineSeconds = (performance.now() - started) / 1000;
  const engineMsgsPerSec = Math.round(messages.length / engineSeconds);
  const peakRssKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${worker.pid}/status`, 'utf8'))?.[1] ?? 0);
  worker.kill('SIGTERM');
  await new Promise((r) => worker.once('exit', r));
  log(`(b) engine: ${messages.length.toLocaleString('en')} emails in ${engineSeconds.toFixed(1)} s = ${engineMsgsPerSec} msgs/s (sink received ${sink.count - sentBefore})`);

  const raw2 = await sendRaw(sink, messagesFile);
  rmSync(messagesFile);
  const rawMsgsPerSec = Math.round((raw1 + raw2) / 2);
  const ratio = Math.round((engineMsgsPerSec / rawMsgsPerSec) * 100) / 100;
  log(`(b) raw again: ${raw2} msgs/s; ratio engine/raw = ${ratio}`);
  const workerPeakRssMb = Math.round(peakRssKb / 1024);
  const redisScheduleMb = Math.round(((redisPeak - redisBefore) / 1024 / 1024) * 100) / 100;
  log(`(c) worker peak RSS: ${workerPeakRssMb} MB   (d) Redis memory for the schedule: ${redisScheduleMb} MB above baseline`);

  writeResults('delivery', {
    learners: LEARNERS,
    materialize100kMs,
    materialized: planned.inserted,
    sent: messages.length,
    engineMsgsPerSec,
    rawMsgsPerSec,
    rawRunsMsgsPerSec: [raw1, raw2],
    ratio,
    workerPeakRssMb,
    redisScheduleMb,
    targets: { materialize100kMs: 5000, ratio: 0.6, workerPeakRssMb: 300, redisScheduleMb: 50 },
  });
  redis.disconnect();
  await api.close();
  await sink.close();
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
async function sendRaw(sink: { url: string }, messagesFile: string): Promise<number> {
  // Asynchronous: the sink lives in this process and must keep answering.
  const { stdout } = await promisify(execFile)(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--swc', join(__dirname, 'raw-sender.ts'), messagesFile, sink.url], { cwd: ROOT });
  return (JSON.parse(stdout.trim().split('\n').pop()!) as { msgsPerSec: number }).msgsPerSec;
}

/** An SMTP server that accepts and discards, counting messages. */
async function startSink(): Promise<{ url: string; count: number; close(): Promise<void> }> {
  const state = { count: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        state.count++;
        callback();
      });
      stream.resume();
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
