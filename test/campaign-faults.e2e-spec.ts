import type { ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { DateTime } from 'luxon';
import { createCampaign, createSession, expectEachSentOnce, seedManyLearners, statusCounts } from './support/engine-fixture';
import { SmtpSink } from './support/smtp-sink';
import type { AppConfig } from '../src/config/app-config';
import { bearer, TestApp, testConfig, type TestWorkspace } from './support/test-app';
import { TEST_REDIS_URL, testQueue } from './support/test-env';
import { engineEnv, spawnWorkerProcess, TestWorker, waitUntil } from './support/test-worker';

// This file flushes Redis, so it uses a Redis database of its own (never the one other files share).
const REDIS_DB = 1 + (process.pid % 15);
const REDIS_URL = `${TEST_REDIS_URL.replace(/\/\d*$/, '')}/${REDIS_DB}`;
const CONCURRENCY = 4;
const BATCH = 25;

const body = '<mj-section><mj-column><mj-text>Hello {{learner.firstName}}</mj-text></mj-column></mj-section>';
const TEMPLATE = { name: 'Hello', channel: 'email', purpose: 'invitation', phase: 'before', variants: { en: { subject: 'Hello {{learner.firstName}}', preheader: 'Hi', body } } };

/**
 * The invariants under fault, on the real loop (scheduler, queue, workers): a killed worker, a
 * flushed Redis, two workers side by side. Nothing planned is lost; nobody gets a step twice,
 * except a message accepted by SMTP whose worker died before recording it, which is resent with
 * the same Message-ID.
 */
describe('Campaign engine under fault', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let ws: TestWorkspace;
  let versionId: string;
  // On Redis this file flushes its own Redis database; with the queue on PostgreSQL, it empties BullMQ's job table.
  let redis: Redis | null = null;
  const loseQueuedJobs = async (): Promise<void> => {
    if (redis) await redis.flushdb();
    else await t.dataSource.query('DELETE FROM bullmq.job');
  };
  // The API never schedules; the workers run the real loop.
  let workerConfig: AppConfig;
  const env = () => engineEnv({ SMTP_URL: sink.url, REDIS_URL, WORKER_CONCURRENCY: String(CONCURRENCY), SEND_BATCH_SIZE: String(BATCH), DELIVERY_LEASE_SECONDS: '3' });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    if (testQueue() === 'redis') {
      redis = new Redis(REDIS_URL);
      await redis.flushdb();
    }
    t = await TestApp.start(env());
    workerConfig = testConfig(t.database, env());
    ws = await t.createWorkspace('Faults Learning');
    await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ emailRatePerSecond: 100_000, frequencyCap: 0 }).expect(200);
    const template = await t.http().post('/v1/templates').set(...bearer(ws.key)).send(TEMPLATE).expect(201);
    [{ id: versionId }] = await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [template.body.id]);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
    if (redis) {
      await redis.flushdb();
      redis.disconnect();
    }
  });

  async function campaignOver(prefix: string, count: number): Promise<string> {
    await seedManyLearners(t.dataSource, ws.id, count, `${prefix}-`);
    const segment = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: prefix, rule: { field: 'externalId', op: 'starts_with', value: `${prefix}-` } }).expect(201);
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 10 }).toJSDate() });
    const id = await createCampaign(t, ws, {
      name: prefix,
      courseId,
      sessionId,
      includeSegmentIds: [segment.body.id],
      steps: [{ name: 'Invitation', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', templateVersionId: versionId }],
    });
    await t.http().post(`/v1/campaigns/${id}/launch`).set(...bearer(ws.key)).expect(200);
    return id;
  }

  async function expectEachOnce(campaignId: string, prefix: string, count: number, maxDuplicates: number): Promise<void> {
    // A resend carries the Message-ID of the delivery: the mailbox can tell it is the same message.
    expect(await expectEachSentOnce(t.dataSource, sink, campaignId, `${prefix}-`, count)).toBeLessThanOrEqual(maxDuplicates);
  }

  it('loses nothing and duplicates at most what was in flight when a worker is killed with SIGKILL mid-send', async () => {
    const campaignId = await campaignOver('kill', 2000);
    const child: ChildProcess = spawnWorkerProcess({
      ...env(),
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: t.config.databaseUrl,
      QUEUE_PREFIX: t.config.queuePrefix,
      APP_SECRET: t.config.appSecret,
      OUTBOX_DIR: 'outbox',
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await waitUntil('the first 500 emails from the worker process', async () => {
        if (child.exitCode !== null) throw new Error(`the worker process exited: ${stderr}`);
        return sink.byRecipient('kill-').size >= 500;
      }, 90_000);
    } finally {
      child.kill('SIGKILL');
    }
    await exited;
    const atKill = sink.byRecipient('kill-').size;
    expect(atKill).toBeLessThan(2000);

    const worker = await TestWorker.start(workerConfig);
    try {
      await waitUntil('every delivery to be sent', async () => (await statusCounts(t.dataSource, campaignId)).sent === 2000, 180_000);
    } finally {
      await worker.close();
    }
    // In flight at the kill: one message per worker slot, no more (each is fenced and recorded alone).
    await expectEachOnce(campaignId, 'kill', 2000, CONCURRENCY);
  }, 360_000);

  it(`completes a campaign with no loss when the queue is lost mid-campaign (${testQueue() === 'redis' ? 'Redis flushed' : 'BullMQ job table emptied'})`, async () => {
    const campaignId = await campaignOver('flush', 1000);
    const worker = await TestWorker.start(workerConfig);
    try {
      await waitUntil('a first part to be sent', async () => sink.byRecipient('flush-').size >= 200, 120_000);
      await loseQueuedJobs();
      await waitUntil('every delivery to be sent after the flush', async () => (await statusCounts(t.dataSource, campaignId)).sent === 1000, 180_000);
    } finally {
      await worker.close();
    }
    await expectEachOnce(campaignId, 'flush', 1000, 0);
  }, 360_000);

  it('shares the work between two workers with no duplicates', async () => {
    const campaignId = await campaignOver('pair', 1000);
    const workers = await Promise.all([TestWorker.start(workerConfig), TestWorker.start(workerConfig)]);
    try {
      await waitUntil('every delivery to be sent', async () => (await statusCounts(t.dataSource, campaignId)).sent === 1000, 180_000);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
    await expectEachOnce(campaignId, 'pair', 1000, 0);
  }, 360_000);
});
