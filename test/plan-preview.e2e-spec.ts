import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { createCampaign, createSession, installStarters, launch, seedLearners } from './support/engine-fixture';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { parseLocalTime } from '../src/modules/campaigns/scheduling/local-time';
import { deliveryTime } from '../src/modules/campaigns/scheduling/send-time';
import { OPEN_WINDOW, type SendWindow } from '../src/modules/campaigns/scheduling/send-window';
import { parseStepOffset } from '../src/modules/campaigns/scheduling/step-offset';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface ZoneSend {
  zone: string;
  count: number;
  sendAt: string | null;
}

interface Warning {
  code: string;
  message: string;
  count?: number;
  zones?: string[];
  stepIds?: string[];
}

interface StepPlan {
  stepId: string;
  name: string;
  firstSendAt: string | null;
  lastSendAt: string | null;
  zones: ZoneSend[];
  audience: number;
  audienceBeforeCondition: number;
  wouldSkip: { unsubscribed: number; suppressed: number; noConsent: number; frequencyCap: number };
  capUnknown: boolean;
  warnings: Warning[];
}

/** The instant a step goes in a zone, by the planner's own TypeScript rule. */
function expectedTime(anchor: Date, offset: string, localTime: string | null, zone: string, window: SendWindow = OPEN_WINDOW): string {
  const o = parseStepOffset(offset);
  const t = localTime ? parseLocalTime(localTime) : null;
  if (!o.ok || (t && !t.ok)) throw new Error('bad fixture');
  return deliveryTime({ anchor, offset: o.value, localTime: t?.ok ? t.value : null, window }, zone).toISOString();
}

/** Promotional (or not) deliveries of another campaign, written straight to the table as the engine would have. */
async function insertDeliveries(
  ds: DataSource,
  ws: TestWorkspace,
  campaignId: string,
  rows: Array<{ learnerId: string; status: 'sent' | 'pending' | 'queued'; at: Date; promotional?: boolean }>,
): Promise<void> {
  // One step per delivery keeps (step, learner) unique however many a learner gets.
  const [{ template_version_id: versionId }] = await ds.query(`SELECT template_version_id FROM campaign_steps WHERE campaign_id = $1 LIMIT 1`, [campaignId]);
  for (const [i, row] of rows.entries()) {
    const [step] = await ds.query(
      `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id, variants, persona_ids, essential)
       VALUES ($1, $2, 100 + (SELECT count(*) FROM campaign_steps WHERE campaign_id = $2), $3, 'before', 'launch', 'PT0M', 'email', $4, '[]', '{}', false) RETURNING id`,
      [ws.id, campaignId, `History ${i}`, versionId],
    );
    await ds.query(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, promotional, status, scheduled_at, sent_at)
       VALUES ($1, $2, $3, $4, 'email', $5, $6, $7, $8, CASE WHEN $7 = 'sent' THEN $8::timestamptz END)`,
      [ws.id, campaignId, step.id, row.learnerId, versionId, row.promotional ?? true, row.status, row.at],
    );
  }
}

describe('Dry run: GET /v1/campaigns/:id/plan tells what will be sent, skipped and piled up', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const plan = async (ws: TestWorkspace, campaignId: string) => {
    const res = await t.http().get(`/v1/campaigns/${campaignId}/plan`).set(...bearer(ws.keys.viewer)).expect(200);
    return res.body as { audience: number; frequencyCap: number; steps: StepPlan[] };
  };
  const segment = async (ws: TestWorkspace, prefix: string) =>
    (await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: prefix, rule: { field: 'externalId', op: 'starts_with', value: `${prefix}-` } }).expect(201)).body.id;

  describe('the frequency cap, simulated across campaigns and across the plan (cap 5)', () => {
    let ws: TestWorkspace;
    let ids: Record<string, string>;
    let campaignId: string;
    let s1: Date;

    // The plan: S1 (invitation) and S2 (reminder, a day later) are promotional; S3 (practical information) is essential.
    // S1 goes 1 to 2 days from now at 09:00 in Paris, so what was "sent" below is in the past.
    beforeAll(async () => {
      ws = await t.createWorkspace('Cap Learning');
      await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ frequencyCap: 5 }).expect(200);
      const starters = await installStarters(t, ws);
      const version = starters.invitation;
      const startsAt = DateTime.now().setZone('Europe/Paris').startOf('day').plus({ days: 12, hours: 10 }).toJSDate();
      const { courseId, sessionId } = await createSession(t, ws, { startsAt });
      s1 = new Date(expectedTime(startsAt, '-P10D', '09:00', 'Europe/Paris'));

      ids = await seedLearners(
        t.dataSource,
        ws.id,
        ['alice', 'bob', 'frank', 'eve', 'grace', 'ida'].map((name) => ({ externalId: `cap-${name}` })),
      );
      const step = (name: string, overrides: Record<string, unknown> = {}) => ({ name, phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', templateVersionId: version, ...overrides });
      // Three campaigns: one completed long ago (what was sent), one scheduled (what is pending), and the plan under review.
      const old = await createCampaign(t, ws, { name: 'Old', courseId, allowLocaleFallback: true, steps: [step('Old news')] });
      await t.dataSource.query(`UPDATE campaigns SET status = 'completed', launched_at = now() - interval '30 days', completed_at = now() WHERE id = $1`, [old]);
      const other = await createCampaign(t, ws, { name: 'Other', courseId, allowLocaleFallback: true, steps: [step('Other news', { anchor: 'session_start', offset: '-P5D' })], sessionId });
      await launch(t, ws, other);

      const times = (at: Date, n: number) => Array.from({ length: n }, (_, i) => new Date(at.getTime() + i * 60_000));
      const sent = (learner: string, at: Date, n: number, promotional = true) =>
        times(at, n).map((when) => ({ learnerId: ids[`cap-${learner}`], status: 'sent' as const, at: when, promotional }));
      await insertDeliveries(t.dataSource, ws, old, [
        // alice: 4 promotional emails this week (and two service messages, which do not count).
        ...sent('alice', new Date(s1.getTime() - 3 * DAY), 4),
        ...sent('alice', new Date(s1.getTime() - 3 * DAY), 2, false),
        // bob: 3 sent, and 1 pending in the scheduled campaign below.
        ...sent('bob', new Date(s1.getTime() - 3 * DAY), 3),
        // frank: 3 sent, and 1 left pending in this completed campaign: it will never go, it does not count.
        ...sent('frank', new Date(s1.getTime() - 3 * DAY), 3),
        { learnerId: ids['cap-frank'], status: 'pending', at: new Date(s1.getTime() - HOUR) },
        // eve: 5 six and a half days before S1 (in its window, not in S2's) and 4 three days before (in both).
        ...sent('eve', new Date(s1.getTime() - 6.5 * DAY), 5),
        ...sent('eve', new Date(s1.getTime() - 3 * DAY), 4),
        // grace: 4, but 8 days before S1: out of every window.
        ...sent('grace', new Date(s1.getTime() - 8 * DAY), 4),
      ]);
      await insertDeliveries(t.dataSource, ws, other, [{ learnerId: ids['cap-bob'], status: 'pending', at: new Date(s1.getTime() - HOUR) }]);

      campaignId = await createCampaign(t, ws, {
        name: 'Plan',
        courseId,
        sessionId,
        allowLocaleFallback: true,
        includeSegmentIds: [await segment(ws, 'cap')],
        steps: [
          step('Invitation', { anchor: 'session_start', offset: '-P10D', localTime: '09:00' }),
          step('Reminder', { anchor: 'session_start', offset: '-P9D', localTime: '09:00' }),
          step('Practical information', { anchor: 'session_start', offset: '-P9D', localTime: '10:00', essential: true }),
          step('Welcome', { anchor: 'learner_enrolled', offset: 'PT1H' }),
        ],
      });
    });

    it('counts what was sent, what other running campaigns will send, and its own earlier steps', async () => {
      const { steps, frequencyCap } = await plan(ws, campaignId);
      expect(frequencyCap).toBe(5);
      const [invitation, reminder, practical, welcome] = steps;
      expect(steps.map((s) => s.audience)).toEqual([6, 6, 6, 6]);
      // S1: only eve has 5 already (4 + 5 in its window).
      expect(invitation.wouldSkip.frequencyCap).toBe(1);
      // S2: alice (4 + S1) and bob (3 + 1 pending elsewhere + S1). Frank (3 + S1; his pending row is in a completed
      // campaign), grace (old news) and ida (nothing) get it. Eve, capped at S1, has 4 + nothing from S1: she gets it.
      expect(reminder.wouldSkip.frequencyCap).toBe(2);
      // Essential: not capped, whoever it is.
      expect(practical.wouldSkip.frequencyCap).toBe(0);
      expect(practical.warnings).toEqual([]);
      // A learner-event step has no fixed time: the cap is not guessed.
      expect(welcome).toMatchObject({ capUnknown: true, firstSendAt: null, lastSendAt: null, wouldSkip: { frequencyCap: 0 } });
      expect(welcome.zones).toEqual([{ zone: 'Europe/Paris', count: 6, sendAt: null }]);
      expect(invitation.capUnknown).toBe(false);
      expect(reminder.warnings).toEqual([
        {
          code: 'PLAN.FREQUENCY_CAP',
          message: '2 learners would already have 5 promotional emails in the 7 days before this step and would not get it (mark the step essential if it must reach them)',
          count: 2,
        },
      ]);
    });

    it('reads who is capped from the learners\' own deliveries: one more pending email caps frank too', async () => {
      const [other] = await t.dataSource.query(`SELECT id FROM campaigns WHERE workspace_id = $1 AND name = 'Other'`, [ws.id]);
      await insertDeliveries(t.dataSource, ws, other.id, [{ learnerId: ids['cap-frank'], status: 'queued', at: new Date(s1.getTime() - 2 * HOUR) }]);
      const { steps } = await plan(ws, campaignId);
      expect(steps.map((s) => s.wouldSkip.frequencyCap)).toEqual([1, 3, 0, 0]);
      await t.dataSource.query(`DELETE FROM deliveries WHERE campaign_id = $1 AND learner_id = $2 AND status = 'queued'`, [other.id, ids['cap-frank']]);
    });

    it('caps nobody when the workspace has no cap', async () => {
      await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ frequencyCap: 0 }).expect(200);
      const { steps } = await plan(ws, campaignId);
      expect(steps.map((s) => [s.wouldSkip.frequencyCap, s.capUnknown])).toEqual([
        [0, false],
        [0, false],
        [0, false],
        [0, false],
      ]);
      await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ frequencyCap: 5 }).expect(200);
    });

    it('launches anyway, answering the same warnings step by step', async () => {
      const res = await t.http().post(`/v1/campaigns/${campaignId}/launch`).set(...bearer(ws.keys.planner)).expect(200);
      expect(res.body).toMatchObject({ id: campaignId, status: 'scheduled', launchedAt: expect.any(String) });
      const { steps } = await plan(ws, campaignId);
      expect(res.body.warnings).toEqual([
        { code: 'PLAN.FREQUENCY_CAP', stepId: steps[0].stepId, message: expect.stringMatching(/^1 learner would already have 5/), count: 1 },
        { code: 'PLAN.FREQUENCY_CAP', stepId: steps[1].stepId, message: expect.stringMatching(/^2 learners would already have 5/), count: 2 },
      ]);
      // After launch the plan is the same: the campaign's own steps are simulated, never counted twice.
      expect(steps.map((s) => s.wouldSkip.frequencyCap)).toEqual([1, 2, 0, 0]);
    });
  });

  describe('time, zone by zone', () => {
    it('gives each zone its own send time, by the planner\'s rule, and first/last from them; an unknown zone is the workspace\'s', async () => {
      const ws = await t.createWorkspace('Zones Learning');
      const starters = await installStarters(t, ws);
      await seedLearners(t.dataSource, ws.id, [
        { externalId: 'tz-paris-1', timeZone: 'Europe/Paris' },
        { externalId: 'tz-paris-2', timeZone: 'Europe/Paris' },
        { externalId: 'tz-ny', timeZone: 'America/New_York' },
        { externalId: 'tz-tokyo', timeZone: 'Asia/Tokyo' },
        // A zone the time-zone database does not know: timed in the workspace's zone (Europe/Paris).
        { externalId: 'tz-typo', timeZone: 'Europe/Pariss' },
      ]);
      const startsAt = DateTime.now().plus({ days: 40 }).startOf('hour').toJSDate();
      const { courseId, sessionId } = await createSession(t, ws, { startsAt });
      const campaignId = await createCampaign(t, ws, {
        name: 'Zones',
        courseId,
        sessionId,
        allowLocaleFallback: true,
        includeSegmentIds: [await segment(ws, 'tz')],
        steps: [
          { name: 'Invitation', phase: 'before', anchor: 'session_start', offset: '-P14D', localTime: '09:00', channel: 'email', templateVersionId: starters.invitation },
          { name: 'Exact', phase: 'before', anchor: 'session_start', offset: '-PT2H', channel: 'email', templateVersionId: starters.invitation },
        ],
      });
      const [invitation, exact] = (await plan(ws, campaignId)).steps;
      const at = (zone: string) => expectedTime(startsAt, '-P14D', '09:00', zone);
      // Earliest first: which zone that is depends on the hour the session starts at.
      const zones = [
        { zone: 'Asia/Tokyo', count: 1, sendAt: at('Asia/Tokyo') },
        { zone: 'Europe/Paris', count: 3, sendAt: at('Europe/Paris') },
        { zone: 'America/New_York', count: 1, sendAt: at('America/New_York') },
      ].sort((a, b) => a.sendAt.localeCompare(b.sendAt) || a.zone.localeCompare(b.zone));
      expect(invitation.zones).toEqual(zones);
      expect(invitation.firstSendAt).toBe(zones[0].sendAt);
      expect(invitation.lastSendAt).toBe(zones[2].sendAt);
      // Without a local time every zone gets the same instant.
      const twoHoursBefore = new Date(startsAt.getTime() - 2 * HOUR).toISOString();
      expect(exact.zones.map((z) => z.sendAt)).toEqual([twoHoursBefore, twoHoursBefore, twoHoursBefore]);
      expect([exact.firstSendAt, exact.lastSendAt]).toEqual([twoHoursBefore, twoHoursBefore]);
    });
  });

  describe('steps the send window piles up, and conditions read too early', () => {
    let ws: TestWorkspace;
    let campaignId: string;
    let startsAt: Date;

    beforeAll(async () => {
      ws = await t.createWorkspace('Quiet Learning');
      await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ quietHours: { start: '20:00', end: '08:00' } }).expect(200);
      const starters = await installStarters(t, ws);
      await seedLearners(t.dataSource, ws.id, [
        { externalId: 'q-paris', timeZone: 'Europe/Paris' },
        { externalId: 'q-tokyo', timeZone: 'Asia/Tokyo' },
      ]);
      startsAt = DateTime.now().setZone('Europe/Paris').startOf('day').plus({ days: 20, hours: 9 }).toJSDate();
      const endsAt = new Date(startsAt.getTime() + 2 * DAY);
      const { courseId, sessionId } = await createSession(t, ws, { startsAt, endsAt, enrolBy: new Date(startsAt.getTime() - 2 * DAY) });
      const step = (name: string, overrides: Record<string, unknown>) => ({ name, phase: 'before', anchor: 'session_start', channel: 'email', templateVersionId: starters.invitation, ...overrides });
      campaignId = await createCampaign(t, ws, {
        name: 'Evening',
        courseId,
        sessionId,
        allowLocaleFallback: true,
        includeSegmentIds: [await segment(ws, 'q')],
        steps: [
          step('Teaser', { offset: '-P3D', localTime: '21:00' }),
          step('Sponsor word', { offset: '-P3D', localTime: '22:00' }),
          step('Morning', { offset: '-P1D', localTime: '08:30' }),
          step('Congratulations', { phase: 'during', offset: 'P1D', localTime: '10:00', enrollmentCondition: 'completed' }),
          step('Missed it', { phase: 'after', anchor: 'session_end', offset: 'P1D', localTime: '10:00', enrollmentCondition: 'not_enrolled' }),
        ],
      });
    });

    it('warns both steps that quiet hours move onto the same 08:00, naming the other, the zone and the minute', async () => {
      const { steps } = await plan(ws, campaignId);
      const [teaser, sponsor, morning] = steps;
      const window: SendWindow = { quietHours: { start: { hour: 20, minute: 0 }, end: { hour: 8, minute: 0 } }, allowedWeekdays: [1, 2, 3, 4, 5, 6, 7] };
      const eight = expectedTime(startsAt, '-P3D', '21:00', 'Europe/Paris', window);
      expect(DateTime.fromISO(eight, { zone: 'Europe/Paris' }).toFormat('HH:mm')).toBe('08:00');
      expect(teaser.zones.find((z) => z.zone === 'Europe/Paris')!.sendAt).toBe(eight);
      expect(sponsor.zones.find((z) => z.zone === 'Europe/Paris')!.sendAt).toBe(eight);
      const day = DateTime.fromISO(eight, { zone: 'Europe/Paris' }).toFormat('yyyy-MM-dd');
      const piled = (w: Warning) => w.code === 'PLAN.STEPS_PILED';
      expect(teaser.warnings.filter(piled)).toEqual([
        {
          code: 'PLAN.STEPS_PILED',
          message: `goes out at the same minute as "Sponsor word": ${day} 08:00 in Asia/Tokyo, Europe/Paris, where the send window (quiet hours, allowed weekdays) moved them together`,
          count: 2,
          zones: ['Asia/Tokyo', 'Europe/Paris'],
          stepIds: [sponsor.stepId],
        },
      ]);
      expect(sponsor.warnings.filter(piled)).toEqual([expect.objectContaining({ stepIds: [teaser.stepId], zones: ['Asia/Tokyo', 'Europe/Paris'], count: 2 })]);
      // 08:30 is another minute: nothing piles on it.
      expect(morning.warnings).toEqual([]);
    });

    it('warns when a condition is read before it can be known, or after enrolment closed', async () => {
      await t.dataSource.query(
        `INSERT INTO enrollments (workspace_id, learner_id, course_id, session_id, status)
         SELECT l.workspace_id, l.id, c.course_id, c.session_id, 'enrolled' FROM learners l, campaigns c WHERE c.id = $1 AND l.external_id = 'q-paris' AND l.workspace_id = c.workspace_id`,
        [campaignId],
      );
      const { steps } = await plan(ws, campaignId);
      const congratulations = steps[3];
      const missed = steps[4];
      expect(congratulations).toMatchObject({ audience: 0, audienceBeforeCondition: 2 });
      expect(congratulations.warnings.map((w) => [w.code, w.count])).toEqual([['PLAN.CONDITION_NOT_YET_KNOWN', 0]]);
      expect(missed).toMatchObject({ audience: 1, audienceBeforeCondition: 2 });
      expect(missed.warnings.map((w) => [w.code, w.count])).toEqual([['PLAN.CONDITION_AFTER_ENROL_BY', 1]]);
    });

    it('launches with the pile-up and the condition warnings', async () => {
      const res = await t.http().post(`/v1/campaigns/${campaignId}/launch`).set(...bearer(ws.keys.planner)).expect(200);
      expect(res.body.status).toBe('scheduled');
      const codes = (res.body.warnings as Array<Warning & { stepId: string }>).map((w) => w.code);
      expect(codes).toEqual(['PLAN.STEPS_PILED', 'PLAN.STEPS_PILED', 'PLAN.CONDITION_NOT_YET_KNOWN', 'PLAN.CONDITION_AFTER_ENROL_BY']);
    });
  });

  it('documents the new answers in the OpenAPI document', async () => {
    const { body } = await t.http().get('/docs-json').expect(200);
    const schemas = body.components.schemas;
    expect(Object.keys(schemas.StepPlanDto.properties)).toEqual(expect.arrayContaining(['zones', 'audienceBeforeCondition', 'capUnknown', 'warnings']));
    expect(schemas.ZoneSendDto.required).toEqual(['zone', 'count', 'sendAt']);
    expect(schemas.PlanWarningDto.properties.code.enum).toContain('PLAN.STEPS_PILED');
    expect(body.paths['/v1/campaigns/{id}/launch'].post.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/LaunchedCampaignDto');
    expect(schemas.LaunchedCampaignDto.properties.warnings.items.$ref).toBe('#/components/schemas/LaunchWarningDto');
  });
});
