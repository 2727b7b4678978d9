import { DateTime } from 'luxon';
import { Client } from 'pg';
import { createCampaign, createSession, deliveriesOf, launch, seedLearners, seedManyLearners, statusCounts, workspaceWithTemplate } from './support/engine-fixture';
import { type ReceivedMail, SmtpSink } from './support/smtp-sink';
import { bearer, TestApp, testConfig, type TestWorkspace } from './support/test-app';
import { engineEnv, TestWorker, waitUntil } from './support/test-worker';
import { AbWinnerService } from '../src/modules/analytics/ab-winner.service';
import { PlanRepository } from '../src/modules/delivery/plan.repository';
import { PlannerService } from '../src/modules/delivery/planner.service';
import { TrackingTokens } from '../src/modules/tracking/tracking-token';

// A workspace at 1 message/s sends this many emails: long enough to outlive its lease many times.
const SLOW_COUNT = 40;
const FAST_COUNT = 2000;

/**
 * The promises of the send path, on the real loop: workers run their own scheduler (plan, sweep,
 * dispatch) every 100 ms, send through BullMQ to a real SMTP server, with realistic rates and short
 * leases. Each test has its own workspace and its own worker (with the settings the scenario needs).
 */
describe('Send path: promises kept on the real loop', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start(engineEnv({ SMTP_URL: sink.url }));
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  /** Runs `work` with a worker (scheduler and processors) on this file's database and the given settings. */
  async function withWorker<T>(overrides: Record<string, string>, work: (worker: TestWorker) => Promise<T>): Promise<T> {
    const worker = await TestWorker.start(testConfig(t.database, engineEnv({ SMTP_URL: sink.url, ...overrides })));
    try {
      return await work(worker);
    } finally {
      await worker.close();
    }
  }

  const step = (versionId: string, overrides: Record<string, unknown> = {}) => ({
    name: 'Invitation',
    phase: 'before',
    anchor: 'launch',
    offset: 'PT0M',
    channel: 'email',
    templateVersionId: versionId,
    ...overrides,
  });

  /** A campaign to every learner of the workspace (or of `extra`'s segments) for a new session in ten days. */
  async function campaignIn(ws: TestWorkspace, name: string, steps: Record<string, unknown>[], extra: Record<string, unknown> = {}): Promise<string> {
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 10 }).toJSDate() });
    return createCampaign(t, ws, { name, courseId, sessionId, steps, ...extra });
  }

  /** Whether `count` deliveries of the campaign have reached their end (sent, failed or skipped), read in one query. */
  async function settled(campaignId: string, count: number): Promise<boolean> {
    const c = await statusCounts(t.dataSource, campaignId);
    return (c.sent ?? 0) + (c.failed ?? 0) + (c.skipped ?? 0) === count;
  }

  const campaign = async (ws: TestWorkspace, id: string) => (await t.http().get(`/v1/campaigns/${id}`).set(...bearer(ws.keys.viewer)).expect(200)).body;

  /** The delivery of one learner (by external id) in a campaign. */
  async function deliveryOf(campaignId: string, externalId: string) {
    const rows = await deliveriesOf(t.dataSource, campaignId);
    return rows.find((r) => r.external_id === externalId)!;
  }

  /** Quiet hours from an hour ago to an hour from now in `zone`, and the instant they end. */
  function quietAroundNow(zone: string): { quietHours: { start: string; end: string }; endsAt: Date } {
    const now = DateTime.now().setZone(zone);
    const end = now.plus({ hours: 1 }).startOf('minute');
    return { quietHours: { start: now.minus({ hours: 1 }).toFormat('HH:mm'), end: end.toFormat('HH:mm') }, endsAt: end.toJSDate() };
  }

  it('a 1/s workspace beside a 1,000/s one, with a lease shorter than its send: each message once, spaced by its rate, and the fast one is not held back', async () => {
    const slow = await workspaceWithTemplate(t, 'Slow Learning', { emailRatePerSecond: 1, frequencyCap: 0 });
    const fast = await workspaceWithTemplate(t, 'Fast Learning', { emailRatePerSecond: 1000, frequencyCap: 0 });
    await seedManyLearners(t.dataSource, slow.ws.id, SLOW_COUNT, 'slow-');
    await seedManyLearners(t.dataSource, fast.ws.id, FAST_COUNT, 'fast-');
    const slowId = await campaignIn(slow.ws, 'Slow', [step(slow.versionId)]);
    const fastId = await campaignIn(fast.ws, 'Fast', [step(fast.versionId)]);

    // The slow workspace needs 40 s; its claims are leased for 3 s only.
    await withWorker({ DELIVERY_LEASE_SECONDS: '3' }, async () => {
      await Promise.all([launch(t, slow.ws, slowId), launch(t, fast.ws, fastId)]);
      await waitUntil(
        'both campaigns to be sent',
        async () => {
          const [slowNow, fastNow] = [await statusCounts(t.dataSource, slowId), await statusCounts(t.dataSource, fastId)];
          if (slowNow.sent === SLOW_COUNT && fastNow.sent === FAST_COUNT) return true;
          throw new Error(`slow ${JSON.stringify(slowNow)}, fast ${JSON.stringify(fastNow)}`); // said if the wait times out
        },
        150_000,
      );
    });

    for (const [prefix, count] of [['slow-', SLOW_COUNT], ['fast-', FAST_COUNT]] as const) {
      const mails = [...sink.byRecipient(prefix).values()].flat();
      expect(sink.byRecipient(prefix).size).toBe(count);
      expect(mails).toHaveLength(count);
      expect(new Set(mails.map((m) => m.parsed.messageId)).size).toBe(count);
    }
    // The bucket holds one second of the rate: never three messages within 1.5 s.
    const slowArrivals = arrivals(sink.byRecipient('slow-'));
    for (let i = 2; i < slowArrivals.length; i++) expect(slowArrivals[i] - slowArrivals[i - 2]).toBeGreaterThanOrEqual(1_500);
    expect(slowArrivals.at(-1)! - slowArrivals[0]).toBeGreaterThanOrEqual((SLOW_COUNT - 2) * 1_000);
    // The fast workspace finished while the slow one was still trickling.
    const fastArrivals = arrivals(sink.byRecipient('fast-'));
    expect(fastArrivals.at(-1)!).toBeLessThan(slowArrivals.at(-1)!);
  }, 200_000);

  it('the frequency cap holds when three campaigns reach capped learners in the same instant', async () => {
    const { ws, versionId } = await workspaceWithTemplate(t, 'Capped Learning', { emailRatePerSecond: 1000, frequencyCap: 5 });
    const LEARNERS = 12;
    await seedManyLearners(t.dataSource, ws.id, LEARNERS, 'cap-');
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 10 }).toJSDate() });
    // Four promotional emails each over the last week, from an earlier campaign.
    const earlier = await createCampaign(t, ws, { name: 'Earlier', courseId, sessionId, steps: [1, 2, 3, 4].map((i) => step(versionId, { name: `Earlier ${i}` })) });
    await t.dataSource.query(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, promotional, status, scheduled_at, sent_at)
       SELECT $1, $2, s.id, l.id, 'email', $3, true, 'sent', now() - (s.position + 1) * interval '1 day', now() - (s.position + 1) * interval '1 day'
         FROM campaign_steps s CROSS JOIN learners l WHERE s.campaign_id = $2 AND l.workspace_id = $1`,
      [ws.id, earlier, versionId],
    );
    // Three campaigns of the same session, each with a step the day before it starts: the same instant for all.
    const dayBefore = step(versionId, { name: 'Day before', anchor: 'session_start', offset: '-P1D' });
    const ids = await Promise.all(['One', 'Two', 'Three'].map((name) => createCampaign(t, ws, { name, courseId, sessionId, steps: [dayBefore] })));

    // One delivery per job and many slots: the fences of one learner's three deliveries run side by side.
    await withWorker({ SEND_BATCH_SIZE: '1', WORKER_CONCURRENCY: '12' }, async () => {
      const dueAt = DateTime.now().plus({ days: 1, seconds: 10 });
      await t.http().patch(`/v1/sessions/${sessionId}`).set(...bearer(ws.key)).send({ startsAt: dueAt.toISO(), endsAt: dueAt.plus({ hours: 3 }).toISO() }).expect(200);
      await Promise.all(ids.map((id) => launch(t, ws, id)));
      await waitUntil('every delivery to be settled', async () => (await Promise.all(ids.map((id) => settled(id, LEARNERS)))).every(Boolean), 60_000);
    });

    const rows: { email: string; status: string; reason: string | null }[] = await t.dataSource.query(
      `SELECT l.email, d.status, d.reason FROM deliveries d JOIN learners l ON l.id = d.learner_id WHERE d.campaign_id = ANY($1::uuid[])`,
      [ids],
    );
    for (let i = 0; i < LEARNERS; i++) {
      const email = `cap-${i}@example.com`;
      expect(sink.to(email)).toHaveLength(1);
      const mine = rows.filter((r) => r.email === email).map((r) => `${r.status}:${r.reason}`).sort();
      expect(mine).toEqual(['sent:null', 'skipped:frequency_cap', 'skipped:frequency_cap']);
    }
    const [{ n }] = await t.dataSource.query(
      `SELECT max(c)::int AS n FROM (SELECT count(*) AS c FROM deliveries WHERE workspace_id = $1 AND promotional AND status = 'sent' AND sent_at > now() - interval '7 days' GROUP BY learner_id) x`,
      [ws.id],
    );
    expect(n).toBe(5);
  }, 120_000);

  it('a 30-second enrolment import: every learner it enrols gets the welcome, and the event queue is empty afterwards', async () => {
    const { ws, versionId } = await workspaceWithTemplate(t, 'Import Learning', { emailRatePerSecond: 1000, frequencyCap: 0 });
    const IMPORTED = 50;
    await seedManyLearners(t.dataSource, ws.id, IMPORTED + 1, 'imp-');
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 10 }).toJSDate() });
    const campaignId = await createCampaign(t, ws, { name: 'Welcome', courseId, sessionId, steps: [step(versionId, { name: 'Welcome', anchor: 'learner_enrolled' })] });
    const [{ id: stepId }] = await t.dataSource.query(`SELECT id FROM campaign_steps WHERE campaign_id = $1`, [campaignId]);
    const enrol = (client: Client, range: [number, number]) =>
      client.query(
        `INSERT INTO enrollments (workspace_id, session_id, course_id, learner_id, status, source, enrolled_at)
         SELECT $1, $2, $3, l.id, 'enrolled', 'csv', now() FROM learners l
          WHERE l.workspace_id = $1 AND substring(l.external_id FROM 5)::int BETWEEN $4 AND $5`,
        [ws.id, sessionId, courseId, ...range],
      );

    await withWorker({}, async () => {
      await launch(t, ws, campaignId);
      const importer = new Client({ connectionString: t.config.databaseUrl });
      const other = new Client({ connectionString: t.config.databaseUrl });
      await Promise.all([importer.connect(), other.connect()]);
      try {
        await importer.query('BEGIN');
        const began = Date.now();
        await enrol(importer, [0, IMPORTED - 1]); // enrolled_at: the start of this transaction
        // Meanwhile another learner enrols and is welcomed: the planner keeps running past the import.
        await enrol(other, [IMPORTED, IMPORTED]);
        await waitUntil('the other learner to be welcomed', async () => sink.to(`imp-${IMPORTED}@example.com`).length === 1, 60_000);
        expect(await deliveriesOf(t.dataSource, campaignId)).toHaveLength(1);
        // The import takes 30 seconds in all: the scheduler ticks some 300 times while it is open.
        await waitUntil('the import to have run for 30 s', async () => Date.now() - began >= 30_000, 45_000);
        expect(sink.byRecipient('imp-').size).toBe(1);
        await importer.query('COMMIT');
      } finally {
        await Promise.all([importer.end(), other.end()]);
      }
      await waitUntil('every imported learner to be welcomed', async () => sink.byRecipient('imp-').size === IMPORTED + 1, 60_000);
    });

    for (const mails of sink.byRecipient('imp-').values()) expect(mails).toHaveLength(1);
    expect(await statusCounts(t.dataSource, campaignId)).toEqual({ sent: IMPORTED + 1 });
    // Cost follows events: nothing is left waiting for the step.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM step_event_queue WHERE step_id = $1`, [stepId]);
    expect(n).toBe(0);
  }, 120_000);

  describe('every path that (re)schedules a message lands outside quiet hours', () => {
    const ZONE = 'Europe/Paris';

    it('a step due now waits for the end of the quiet hours (and a learner whose hours are not quiet gets it now)', async () => {
      const quiet = quietAroundNow(ZONE);
      const { ws, versionId } = await workspaceWithTemplate(t, 'Quiet now', { quietHours: quiet.quietHours, frequencyCap: 0 });
      // Tokyo is seven or eight hours ahead: its clock is outside the quiet hours read in its own zone.
      await seedLearners(t.dataSource, ws.id, [{ externalId: 'qa-paris', timeZone: ZONE }, { externalId: 'qa-tokyo', timeZone: 'Asia/Tokyo' }]);
      const campaignId = await campaignIn(ws, 'Quiet now', [step(versionId)]);
      await withWorker({}, async () => {
        await launch(t, ws, campaignId);
        await waitUntil('the Tokyo learner to get the step', async () => sink.to('qa-tokyo@example.com').length === 1, 60_000);
      });
      const paris = await deliveryOf(campaignId, 'qa-paris');
      expect(paris).toMatchObject({ status: 'pending', attempts: 0 });
      expect(paris.scheduled_at.toISOString()).toBe(quiet.endsAt.toISOString());
      expect(sink.to('qa-paris@example.com')).toHaveLength(0);
    }, 120_000);

    it('a transient SMTP failure is retried at the next allowed moment, not at now + backoff', async () => {
      // Quiet hours start in one to two minutes; the retry's backoff (2 to 4 minutes) ends inside them.
      const start = DateTime.now().setZone(ZONE).plus({ minutes: 2 }).startOf('minute');
      const end = start.plus({ hours: 2 });
      const { ws, versionId } = await workspaceWithTemplate(t, 'Quiet retry', { quietHours: { start: start.toFormat('HH:mm'), end: end.toFormat('HH:mm') }, frequencyCap: 0 });
      await seedLearners(t.dataSource, ws.id, [{ externalId: 'qb-paris', timeZone: ZONE }]);
      sink.failRecipient('qb-paris@example.com', 451);
      const campaignId = await campaignIn(ws, 'Quiet retry', [step(versionId)]);
      try {
        await withWorker({ RETRY_BASE_MS: '240000' }, async () => {
          await launch(t, ws, campaignId);
          await waitUntil('the first attempt to fail', async () => (await deliveryOf(campaignId, 'qb-paris'))?.attempts === 1 || null, 60_000);
        });
      } finally {
        sink.clearFailures();
      }
      const row = await deliveryOf(campaignId, 'qb-paris');
      expect(row.status).toBe('pending');
      expect(row.scheduled_at.toISOString()).toBe(end.toJSDate().toISOString());
      const [{ last_error }] = await t.dataSource.query(`SELECT last_error FROM deliveries WHERE id = $1`, [row.id]);
      expect(last_error).toMatch(/^SMTP_451/);
    }, 120_000);

    it('a campaign resumed during quiet hours sends nothing until they end', async () => {
      const { ws, versionId } = await workspaceWithTemplate(t, 'Quiet resume', { frequencyCap: 0 });
      await seedLearners(t.dataSource, ws.id, [{ externalId: 'qc-0', timeZone: ZONE }, { externalId: 'qc-1', timeZone: ZONE }]);
      const campaignId = await campaignIn(ws, 'Quiet resume', [step(versionId, { offset: 'PT1H' })]);
      const quiet = quietAroundNow(ZONE);
      await withWorker({}, async () => {
        await launch(t, ws, campaignId);
        await waitUntil('the step to be planned', async () => (await deliveriesOf(t.dataSource, campaignId)).length === 2, 60_000);
        await t.http().post(`/v1/campaigns/${campaignId}/pause`).set(...bearer(ws.key)).expect(200);
        await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ quietHours: quiet.quietHours }).expect(200);
        // Their hour came while the campaign was paused (the clock moved on; the quiet hours began).
        await t.dataSource.query(`UPDATE deliveries SET scheduled_at = now() - interval '1 second' WHERE campaign_id = $1`, [campaignId]);
        await t.http().post(`/v1/campaigns/${campaignId}/resume`).set(...bearer(ws.key)).expect(200);
        await waitUntil(
          'the sender to push both deliveries to the end of the quiet hours',
          async () => (await deliveriesOf(t.dataSource, campaignId)).every((d) => d.status === 'pending' && d.scheduled_at.getTime() === quiet.endsAt.getTime()),
          30_000,
        );
      });
      expect(sink.byRecipient('qc-').size).toBe(0);
    }, 120_000);

    it('an auto-winner decided during quiet hours rolls out when they end', async () => {
      const { ws, versionId } = await workspaceWithTemplate(t, 'Quiet winner', { frequencyCap: 0 });
      const other = await t.http().post('/v1/templates').set(...bearer(ws.key)).send({ name: 'Hello B', channel: 'email', purpose: 'invitation', phase: 'before', variants: { en: { subject: 'Hey {{learner.firstName}}', preheader: 'Hi', body: '<mj-section><mj-column><mj-text>Hey</mj-text></mj-column></mj-section>' } } }).expect(201);
      const [{ id: otherVersion }] = await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [other.body.id]);
      await seedManyLearners(t.dataSource, ws.id, 40, 'qd-');
      const campaignId = await campaignIn(ws, 'Quiet winner', [
        {
          ...step(versionId, { name: 'Auto A/B' }),
          templateVersionId: undefined,
          variants: [{ key: 'A', templateVersionId: versionId, weight: 1 }, { key: 'B', templateVersionId: otherVersion, weight: 1 }],
          abTestFraction: 0.5,
          abDecideAfter: 'PT1H',
        },
      ]);
      const quiet = quietAroundNow('Europe/Paris');
      let tested = 0;
      await withWorker({}, async (worker) => {
        await launch(t, ws, campaignId);
        await waitUntil('the test share to be sent', async () => {
          const counts = await statusCounts(t.dataSource, campaignId);
          tested = counts.sent ?? 0;
          return tested > 0 && Object.keys(counts).length === 1;
        }, 60_000);
        expect(tested).toBeLessThan(40);
        await t.dataSource.query(
          `INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, variant, source, idempotency_key)
           SELECT workspace_id, 'clicked', now(), learner_id, id, campaign_id, step_id, channel, variant, 'tracking', 'test:' || id
             FROM deliveries WHERE campaign_id = $1 AND variant = 'B'`,
          [campaignId],
        );
        await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ quietHours: quiet.quietHours }).expect(200);
        // The decision is due an hour after the first send; decide it as if that hour had passed.
        expect(await worker.module.get(AbWinnerService).decideDueWinners(new Date(Date.now() + 2 * 3600_000))).toEqual([expect.objectContaining({ winner: 'B' })]);
        await waitUntil('the rest to be planned', async () => (await deliveriesOf(t.dataSource, campaignId)).length === 40, 60_000);
      });
      const rest = (await deliveriesOf(t.dataSource, campaignId)).filter((d) => d.status !== 'sent');
      expect(rest).toHaveLength(40 - tested);
      for (const d of rest) {
        expect(d).toMatchObject({ status: 'pending', variant: 'B' });
        expect(d.scheduled_at.toISOString()).toBe(quiet.endsAt.toISOString());
      }
      expect(sink.byRecipient('qd-').size).toBe(tested);
    }, 120_000);

    it('a weekday-only window moves a Sunday 09:00 step to Monday 09:00 in each learner\'s zone', async () => {
      const { ws, versionId } = await workspaceWithTemplate(t, 'Weekdays', { allowedWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], frequencyCap: 0 });
      await seedLearners(t.dataSource, ws.id, [{ externalId: 'qe-paris', timeZone: ZONE }, { externalId: 'qe-ny', timeZone: 'America/New_York' }]);
      // A session on a Sunday at 09:00 in Paris, three weeks or more from now; the step is "that day at 09:00".
      const sunday = DateTime.now().setZone(ZONE).plus({ weeks: 3 }).set({ weekday: 7, hour: 9, minute: 0, second: 0, millisecond: 0 });
      const { courseId, sessionId } = await createSession(t, ws, { startsAt: sunday.toJSDate() });
      const campaignId = await createCampaign(t, ws, { name: 'Weekdays', courseId, sessionId, steps: [step(versionId, { anchor: 'session_start', localTime: '09:00' })] });
      await launch(t, ws, campaignId);
      // The planner as it will run the day before the session (the worker's clock is driven here).
      await withWorker({ SCHEDULER_ENABLED: 'false' }, async (worker) => {
        const due = (await worker.module.get(PlanRepository).findDueSteps(sunday.minus({ days: 1 }).toJSDate())).filter((d) => d.campaign.id === campaignId);
        expect(due).toHaveLength(1);
        await worker.module.get(PlannerService).materialize(due[0]);
      });
      const local = async (externalId: string, zone: string) => DateTime.fromJSDate((await deliveryOf(campaignId, externalId)).scheduled_at).setZone(zone);
      const monday = sunday.plus({ days: 1 }).toISODate();
      expect((await local('qe-paris', ZONE)).toFormat('yyyy-MM-dd HH:mm ccc')).toBe(`${monday} 09:00 Mon`);
      expect((await local('qe-ny', 'America/New_York')).toFormat('yyyy-MM-dd HH:mm ccc')).toBe(`${monday} 09:00 Mon`);
    }, 120_000);
  });

  it('a learner with an unknown time zone does not stop a step: timed in the workspace zone, and the step says so', async () => {
    // Quiet hours around now in the workspace's zone (Tokyo), not in New York's: who is timed in Tokyo waits.
    const quiet = quietAroundNow('Asia/Tokyo');
    const { ws, versionId } = await workspaceWithTemplate(t, 'Zones', { timeZone: 'Asia/Tokyo', quietHours: quiet.quietHours, frequencyCap: 0 });
    await seedLearners(t.dataSource, ws.id, [
      ...[0, 1, 2, 3].map((i) => ({ externalId: `zone-${i}`, timeZone: 'America/New_York' })),
      { externalId: 'zone-mars', timeZone: 'Mars/Olympus' },
    ]);
    const campaignId = await campaignIn(ws, 'Zones', [step(versionId)]);
    await withWorker({}, async () => {
      await launch(t, ws, campaignId);
      await waitUntil('everyone else to get the step', async () => sink.byRecipient('zone-').size === 4, 60_000);
    });
    const mars = await deliveryOf(campaignId, 'zone-mars');
    expect(mars.status).toBe('pending');
    expect(mars.scheduled_at.toISOString()).toBe(quiet.endsAt.toISOString());
    expect(sink.to('zone-mars@example.com')).toHaveLength(0);
    const body = await campaign(ws, campaignId);
    expect(body.steps[0].problem).toMatchObject({ code: 'STEP.UNKNOWN_TIME_ZONES', blocking: false });
    expect(body.steps[0].problem.message).toContain('"Mars/Olympus"');
  }, 120_000);

  it('a learner who joins an exclude segment after planning is skipped as not in the audience', async () => {
    const { ws, versionId } = await workspaceWithTemplate(t, 'Excludes', { frequencyCap: 0 });
    const ids = await seedLearners(t.dataSource, ws.id, [0, 1, 2, 3, 4].map((i) => ({ externalId: `ex-${i}`, department: 'Sales' })));
    const dynamic = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: 'Alumni', rule: { field: 'department', op: 'eq', value: 'Alumni' } }).expect(201);
    const frozen = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: 'Contractors', kind: 'static', rule: { field: 'department', op: 'eq', value: 'Contractors' } }).expect(201);
    const campaignId = await campaignIn(ws, 'Excludes', [step(versionId, { offset: 'PT1H' })], { excludeSegmentIds: [dynamic.body.id, frozen.body.id] });
    await withWorker({}, async () => {
      await launch(t, ws, campaignId);
      await waitUntil('the step to be planned', async () => (await deliveriesOf(t.dataSource, campaignId)).length === 5, 60_000);
      await t.http().patch(`/v1/learners/${ids['ex-1']}`).set(...bearer(ws.key)).send({ department: 'Alumni' }).expect(200);
      await t.http().patch(`/v1/learners/${ids['ex-2']}`).set(...bearer(ws.key)).send({ department: 'Contractors' }).expect(200);
      await t.http().post(`/v1/segments/${frozen.body.id}/freeze`).set(...bearer(ws.key)).expect(200);
      // The hour passes.
      await t.dataSource.query(`UPDATE deliveries SET scheduled_at = now() WHERE campaign_id = $1`, [campaignId]);
      await waitUntil('the step to be sent', () => settled(campaignId, 5), 60_000);
    });
    expect((await deliveriesOf(t.dataSource, campaignId)).map((d) => [d.external_id, d.status, d.reason])).toEqual([
      ['ex-0', 'sent', null],
      ['ex-1', 'skipped', 'not_in_audience'],
      ['ex-2', 'skipped', 'not_in_audience'],
      ['ex-3', 'sent', null],
      ['ex-4', 'sent', null],
    ]);
    expect(sink.to('ex-1@example.com')).toHaveLength(0);
    expect(sink.to('ex-2@example.com')).toHaveLength(0);
  }, 120_000);

  it('late unsubscribes: nothing arrives after the one-click unsubscribe has answered', async () => {
    const { ws, versionId } = await workspaceWithTemplate(t, 'Unsubscribes', { emailRatePerSecond: 20, frequencyCap: 0 });
    await seedManyLearners(t.dataSource, ws.id, 100, 'late-');
    const campaignId = await campaignIn(ws, 'Unsubscribes', [step(versionId)]);
    const tokens = t.app.get(TrackingTokens);
    // Answered at: the moment each unsubscribe request came back, by recipient.
    const answeredAt = new Map<string, number>();
    let caughtInFlight = 0;
    // A relay that takes its time: a message is on its way for a good 300 ms after its fence.
    sink.setLatency(300);
    try {
      await withWorker({}, async () => {
        await launch(t, ws, campaignId);
        await waitUntil('20 learners to unsubscribe while their messages are claimed or on their way', async () => {
          const rows: { id: string; email: string; status: string }[] = await t.dataSource.query(
            `SELECT d.id, l.email, d.status FROM deliveries d JOIN learners l ON l.id = d.learner_id
              WHERE d.campaign_id = $1 AND d.status IN ('queued', 'sending') ORDER BY d.status DESC`,
            [campaignId],
          );
          const picked = rows.filter((r) => !answeredAt.has(r.email)).slice(0, Math.min(4, 20 - answeredAt.size));
          caughtInFlight += picked.filter((r) => r.status === 'sending').length;
          await Promise.all(
            picked.map(async (r) => {
              await t.http().post(`/u/${tokens.sign({ kind: 'u', deliveryId: r.id })}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
              answeredAt.set(r.email, Date.now());
            }),
          );
          return answeredAt.size >= 20;
        }, 60_000);
        await waitUntil('the campaign to be sent', () => settled(campaignId, 100), 60_000);
      });
    } finally {
      sink.setLatency(0);
    }
    expect(caughtInFlight).toBeGreaterThan(0);
    const late: { email: string; at: string }[] = [];
    for (const [email, at] of answeredAt) {
      for (const mail of sink.to(email)) if (mail.receivedAt > at) late.push({ email, at: `${mail.receivedAt - at} ms after the answer` });
    }
    expect(late).toEqual([]);
    const rows: { email: string; status: string; reason: string | null }[] = await t.dataSource.query(
      `SELECT l.email, d.status, d.reason FROM deliveries d JOIN learners l ON l.id = d.learner_id WHERE d.campaign_id = $1`,
      [campaignId],
    );
    for (const row of rows) {
      if (!answeredAt.has(row.email)) expect(row.status).toBe('sent');
      else expect(row.status === 'sent' ? sink.to(row.email).length === 1 : row.reason === 'unsubscribed').toBe(true);
    }
    expect(rows.filter((r) => r.reason === 'unsubscribed').length).toBeGreaterThan(0);
  }, 120_000);

  it('an unsubscribe that commits while the fence of a message to the learner is under way is seen by that fence', async () => {
    const { ws, versionId } = await workspaceWithTemplate(t, 'Fence race', { frequencyCap: 5 });
    const ids = await seedLearners(t.dataSource, ws.id, [{ externalId: 'race-0' }]);
    const campaignId = await campaignIn(ws, 'Fence race', [step(versionId)]);
    // Hold the learner's fence lock: the fence of the message stops under way, after its statement began.
    const holder = new Client({ connectionString: t.config.databaseUrl });
    await holder.connect();
    let answered: Promise<number> | undefined;
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT clarion_await_learner_fence($1)`, [ids['race-0']]);
      await withWorker({}, async () => {
        await launch(t, ws, campaignId);
        await waitUntil('the fence to wait for the learner\'s lock', async () => {
          const [{ n }] = await t.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event = 'advisory' AND query LIKE '%SET status = ''sending''%'`,
          );
          return n === 1;
        }, 60_000);
        const [delivery] = await deliveriesOf(t.dataSource, campaignId);
        const token = t.app.get(TrackingTokens).sign({ kind: 'u', deliveryId: delivery.id });
        answered = t.http().post(`/u/${token}`).type('form').send('List-Unsubscribe=One-Click').then((res) => (expect(res.status).toBe(200), Date.now()));
        await waitUntil('the unsubscribe to commit', async () => (await t.dataSource.query(`SELECT unsubscribed_at FROM learners WHERE id = $1`, [ids['race-0']]))[0].unsubscribed_at, 60_000);
        await holder.query('COMMIT');
        await waitUntil('the delivery to be settled', () => settled(campaignId, 1), 60_000);
        await answered;
      });
    } finally {
      await holder.end();
    }
    expect((await deliveriesOf(t.dataSource, campaignId)).map((d) => [d.status, d.reason])).toEqual([['skipped', 'unsubscribed']]);
    expect(sink.to('race-0@example.com')).toHaveLength(0);
  }, 120_000);

  describe('the automatic pause judges a sample spread over the campaign', () => {
    it('does not pause for 2 % of hard bounces clustered at the head of the list', async () => {
      const { ws, versionId } = await workspaceWithTemplate(t, 'Spread sample', { emailRatePerSecond: 1000, frequencyCap: 0, failurePauseThreshold: 0.2 });
      // The 20 bad addresses are the first learners by id and by insertion: whatever walks the list in order meets them first.
      await t.dataSource.query(
        `INSERT INTO learners (id, workspace_id, external_id, email, first_name, locale, time_zone)
         SELECT ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, $1, 'spread-' || i, 'spread-' || i || '@example.com', 'Learner', 'en', 'Europe/Paris'
           FROM generate_series(0, 999) AS i ORDER BY i`,
        [ws.id],
      );
      for (let i = 0; i < 20; i++) sink.failRecipient(`spread-${i}@example.com`, 550);
      const campaignId = await campaignIn(ws, 'Spread sample', [step(versionId)]);
      try {
        await withWorker({}, async () => {
          await launch(t, ws, campaignId);
          await waitUntil('the campaign to be sent', () => settled(campaignId, 1000), 150_000);
        });
      } finally {
        sink.clearFailures();
      }
      expect(await statusCounts(t.dataSource, campaignId)).toEqual({ sent: 980, failed: 20 });
      const body = await campaign(ws, campaignId);
      expect(body.status).not.toBe('paused');
      expect(body.statusReason).toBeNull();
    }, 180_000);

    it('pauses, and says why, when half of the addresses bounce', async () => {
      const { ws, versionId } = await workspaceWithTemplate(t, 'Bad list', { emailRatePerSecond: 1000, frequencyCap: 0, failurePauseThreshold: 0.2 });
      await seedManyLearners(t.dataSource, ws.id, 200, 'bad-');
      for (let i = 0; i < 200; i += 2) sink.failRecipient(`bad-${i}@example.com`, 550);
      const campaignId = await campaignIn(ws, 'Bad list', [step(versionId)]);
      try {
        await withWorker({}, async () => {
          await launch(t, ws, campaignId);
          await waitUntil('the campaign to pause itself', async () => (await campaign(ws, campaignId)).status === 'paused', 60_000);
        });
      } finally {
        sink.clearFailures();
      }
      const body = await campaign(ws, campaignId);
      expect(body.statusReason).toMatch(/^Paused automatically: \d+ of \d+ deliveries failed \(\d+%\), above the workspace threshold of 20%$/);
    }, 120_000);
  });
});

/** Arrival times at the SMTP server, in order. */
function arrivals(byRecipient: Map<string, ReceivedMail[]>): number[] {
  return [...byRecipient.values()]
    .flat()
    .map((m) => m.receivedAt)
    .sort((a, b) => a - b);
}
