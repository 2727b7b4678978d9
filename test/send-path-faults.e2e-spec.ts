import type { ChildProcess } from 'node:child_process';
import { DateTime } from 'luxon';
import { createCampaign, createSession, expectEachSentOnce, launch, seedManyLearners, statusCounts, workspaceWithTemplate } from './support/engine-fixture';
import { SmtpSink } from './support/smtp-sink';
import { TcpProxy } from './support/tcp-proxy';
import { TestApp, testConfig, type TestWorkspace } from './support/test-app';
import { engineEnv, spawnWorkerProcess, TestWorker, waitUntil } from './support/test-worker';

const CONCURRENCY = 4;

/**
 * The send path when things break under it, on the real loop: a worker killed with SIGKILL in the
 * middle of a send, PostgreSQL out of reach while messages are on their way. Each message the SMTP
 * server accepted is recorded once; a resend, if any, is the same message (same Message-ID).
 */
describe('Send path under fault', () => {
  let sink: SmtpSink;
  let t: TestApp;
  const env = (extra: Record<string, string> = {}) => engineEnv({ SMTP_URL: sink.url, WORKER_CONCURRENCY: String(CONCURRENCY), ...extra });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start(env());
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  /** A workspace of `count` learners `<prefix>-0…` and a launched campaign of one email to all of them. */
  async function campaignOver(prefix: string, count: number): Promise<{ ws: TestWorkspace; campaignId: string }> {
    const { ws, versionId } = await workspaceWithTemplate(t, `${prefix} Learning`, { emailRatePerSecond: 100_000, frequencyCap: 0 });
    await seedManyLearners(t.dataSource, ws.id, count, `${prefix}-`);
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 10 }).toJSDate() });
    const campaignId = await createCampaign(t, ws, {
      name: prefix,
      courseId,
      sessionId,
      steps: [{ name: 'Invitation', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', templateVersionId: versionId }],
    });
    await launch(t, ws, campaignId);
    return { ws, campaignId };
  }

  /** Waits until every delivery of the campaign is sent; on timeout, says where they stand. */
  async function untilAllSent(campaignId: string, count: number, timeoutMs: number): Promise<void> {
    let counts: Record<string, number> = {};
    await waitUntil(`all ${count} deliveries to be sent`, async () => {
      counts = await statusCounts(t.dataSource, campaignId);
      return counts.sent === count;
    }, timeoutMs).catch((error: Error) => {
      throw new Error(`${error.message}; last seen ${JSON.stringify(counts)}`);
    });
  }

  it('a worker killed with SIGKILL mid-send: every learner gets the email, resends at most what was in flight, each with its Message-ID', async () => {
    const COUNT = 3000;
    const { campaignId } = await campaignOver('kill', COUNT);
    const child: ChildProcess = spawnWorkerProcess({
      ...env({ DELIVERY_LEASE_SECONDS: '3' }),
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: t.config.databaseUrl,
      REDIS_URL: t.config.redisUrl,
      QUEUE_PREFIX: t.config.queuePrefix,
      APP_SECRET: t.config.appSecret,
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await waitUntil('the first 800 emails from the worker process', async () => {
        if (child.exitCode !== null) throw new Error(`the worker process exited: ${stderr}`);
        return sink.byRecipient('kill-').size >= 800;
      }, 120_000);
    } finally {
      child.kill('SIGKILL');
    }
    await exited;
    expect(sink.byRecipient('kill-').size).toBeLessThan(COUNT);

    const worker = await TestWorker.start(testConfig(t.database, env({ DELIVERY_LEASE_SECONDS: '3' })));
    try {
      await untilAllSent(campaignId, COUNT, 240_000);
    } finally {
      await worker.close();
    }
    // One message at a time per job: in flight at the kill, at most one per worker slot.
    expect(await expectEachSentOnce(t.dataSource, sink, campaignId, 'kill-', COUNT)).toBeLessThanOrEqual(CONCURRENCY);
  }, 420_000);

  it('PostgreSQL out of reach for 10 s while sending: what the SMTP server accepted meanwhile is recorded, not sent again', async () => {
    const COUNT = 1500;
    const proxy = await TcpProxy.start(Number(new URL(t.config.databaseUrl).port || 5432));
    try {
      const { campaignId } = await campaignOver('outage', COUNT);
      const viaProxy = new URL(t.config.databaseUrl);
      viaProxy.port = String(proxy.port);
      // A lease longer than the outage, as in production (5 minutes by default).
      const worker = await TestWorker.start(testConfig(t.database, env({ DATABASE_URL: viaProxy.toString(), DELIVERY_LEASE_SECONDS: '20' })));
      let cutAt = 0;
      let restoredAt = 0;
      try {
        await waitUntil('a first part to be sent', async () => sink.byRecipient('outage-').size >= 300, 60_000);
        // A relay that takes its time: messages are on their way when the database goes.
        sink.setLatency(1_000);
        await waitUntil('a message on its way to the SMTP server', async () => sink.held > 0, 30_000);
        proxy.cut();
        cutAt = Date.now();
        await waitUntil('ten seconds without the database', async () => Date.now() - cutAt >= 10_000, 20_000);
        proxy.restore();
        restoredAt = Date.now();
        sink.setLatency(0);
        await untilAllSent(campaignId, COUNT, 180_000);
      } finally {
        await worker.close();
      }
      // Messages on their way when the database went away reached the SMTP server during the outage.
      const duringOutage = sink.received.filter((m) => m.envelope.to[0].startsWith('outage-') && m.receivedAt > cutAt && m.receivedAt < restoredAt);
      expect(duringOutage.length).toBeGreaterThan(0);
      expect(duringOutage.length).toBeLessThanOrEqual(CONCURRENCY);
      expect(await expectEachSentOnce(t.dataSource, sink, campaignId, 'outage-', COUNT)).toBe(0);
    } finally {
      await proxy.stop();
    }
  }, 300_000);
});
