import { AmbassadorLinks } from '../src/modules/ambassadors/ambassador-links.service';
import { DateTime } from 'luxon';
import { createCampaign, createSession, deliveriesOf, installStarters, launch, openDeliveries, seedLearners } from './support/engine-fixture';
import { HttpReceiver } from './support/http-receiver';
import { SmtpSink } from './support/smtp-sink';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { AbWinnerService } from '../src/modules/analytics/ab-winner.service';
import { PlanRepository } from '../src/modules/delivery/plan.repository';
import { PlannerService } from '../src/modules/delivery/planner.service';
import { SchedulerService } from '../src/modules/delivery/scheduler.service';
import { engineEnv, TestWorker, waitUntil } from './support/test-worker';

const body = (text: string) => `<mj-section><mj-column><mj-text>${text}</mj-text>{{> button url=links.enrol label="Go"}}</mj-column></mj-section>`;
const HELLO = {
  name: 'Hello',
  channel: 'email',
  purpose: 'invitation',
  phase: 'before',
  variants: {
    en: { subject: 'Hello {{learner.firstName}}', preheader: 'See you', body: body('Hello {{learner.firstName}}, {{formatDateTime session.startsAt}}.') },
    fr: { subject: 'Bonjour {{learner.firstName}}', preheader: 'À bientôt', body: body('Bonjour {{learner.firstName}}, {{formatDateTime session.startsAt}}.') },
  },
};

// The worker's clock is driven by the test (SCHEDULER_ENABLED=false, then tick()), so each step of a
// scenario happens in a known order; test/campaign-faults.e2e-spec.ts runs the real loop.
describe('Campaign engine: plans delivered by the worker', () => {
  let sink: SmtpSink;
  let receiver: HttpReceiver;
  let t: TestApp;
  let worker: TestWorker;
  let ws: TestWorkspace;
  let starters: Record<string, string>;
  let helloVersion: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    receiver = await HttpReceiver.start();
    t = await TestApp.start(engineEnv({ SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false' }));
    worker = await TestWorker.start(t.config);
    ws = await t.createWorkspace('Acme Learning');
    starters = await installStarters(t, ws);
    const hello = await t.http().post('/v1/templates').set(...bearer(ws.key)).send(HELLO).expect(201);
    const [v] = await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [hello.body.id]);
    helloVersion = v.id;
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await sink.stop();
    await receiver.close();
  });

  const tick = () => worker.module.get(SchedulerService).tick();

  /** Ticks until nothing due is left to send for the campaign (sends run on the real queue). */
  async function drain(campaignId: string): Promise<void> {
    await waitUntil('the due deliveries to be handled', async () => {
      await tick();
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM deliveries
          WHERE campaign_id = $1 AND (status IN ('queued', 'sending') OR (status = 'pending' AND scheduled_at <= now()))`,
        [campaignId],
      );
      return row.n === 0;
    });
  }

  const step = (overrides: Record<string, unknown> = {}) => ({
    name: 'Invitation',
    phase: 'before',
    anchor: 'launch',
    offset: 'PT0M',
    channel: 'email',
    templateVersionId: helloVersion,
    ...overrides,
  });

  it('sends a launch step once to each learner, in their locale, with stable Message-ID and one-click unsubscribe', async () => {
    const ids = await seedLearners(t.dataSource, ws.id, [
      { externalId: 'paris', firstName: 'Camille', locale: 'fr-FR', timeZone: 'Europe/Paris' },
      { externalId: 'newyork', firstName: 'Olivia', locale: 'en-US', timeZone: 'America/New_York' },
      { externalId: 'tokyo', firstName: 'Hiro', locale: 'en', timeZone: 'Asia/Tokyo' },
    ]);
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 20 }).toJSDate() });
    const campaignId = await createCampaign(t, ws, { name: 'Locales', courseId, sessionId, steps: [step()] });
    const before = sink.received.length;
    await launch(t, ws, campaignId);
    await drain(campaignId);
    await tick(); // completes the campaign
    const mails = sink.received.slice(before);
    expect(mails).toHaveLength(3);
    const paris = sink.to('paris@example.com')[0].parsed;
    expect(paris.subject).toBe('Bonjour Camille');
    expect(paris.text).toContain('Bonjour Camille');
    expect(sink.to('newyork@example.com')[0].parsed.subject).toBe('Hello Olivia');

    const deliveries = await deliveriesOf(t.dataSource, campaignId);
    expect(deliveries.map((d) => [d.external_id, d.status])).toEqual([
      ['newyork', 'sent'],
      ['paris', 'sent'],
      ['tokyo', 'sent'],
    ]);
    const parisDelivery = deliveries.find((d) => d.learner_id === ids.paris)!;
    expect(paris.messageId).toBe(parisDelivery.message_id);
    expect(paris.messageId).toBe(`<${parisDelivery.id}@acme.example>`);
    const header = (name: string) => paris.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, ' ');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/u\/[\w.-]+>$/);
    expect(paris.from?.value[0]).toMatchObject({ address: 'learning@acme.example', name: 'Learning Team' });

    // Links are tracked redirects to URLs recorded on the delivery; an open pixel is added; each send is an event.
    expect(paris.html).toMatch(/href="http:\/\/localhost:3000\/t\/c\/[\w.-]+"/);
    expect(paris.html).toMatch(/<img[^>]+src="http:\/\/localhost:3000\/t\/o\/[\w.-]+"/);
    expect(paris.html).not.toContain('href="https://lms.example.com');
    const [recorded] = await t.dataSource.query(`SELECT links FROM deliveries WHERE id = $1`, [parisDelivery.id]);
    expect(recorded.links).toContain('https://lms.example.com/courses/data-literacy');
    const [events] = await t.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1 AND kind = 'sent'`, [campaignId]);
    expect(events.n).toBe(3);

    const campaign = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.keys.viewer)).expect(200);
    expect(campaign.body.status).toBe('completed');
  });

  it('speaks each learner’s language with the brand’s and the course’s words: their locale, then the workspace’s, then any', async () => {
    const local = await t.createWorkspace('Académie Acme');
    await t.http().patch('/v1/workspace').set(...bearer(local.key)).send({ defaultLocale: 'fr' }).expect(200);
    await t
      .http()
      .post('/v1/brand-kits')
      .set(...bearer(local.key))
      .send({
        name: 'Académie',
        senderName: 'Académie Acme',
        senderEmail: 'academie@acme.example',
        footerText: 'Vous recevez ce message en tant que collaborateur Acme.',
        legalMention: 'Acme SA, Paris',
        translations: [{ locale: 'en', senderName: 'Acme Academy', footerText: 'You receive this as an Acme employee.' }],
      })
      .expect(201);
    const course = await t
      .http()
      .post('/v1/courses')
      .set(...bearer(local.key))
      .send({
        title: 'Manager à distance',
        description: 'Deux matinées pour animer une équipe hybride.',
        skills: ['Feedback', 'Rituels'],
        modality: 'blended',
        lmsUrl: 'https://lms.acme.example/courses/remote',
        translations: [{ locale: 'en', title: 'Remote management', description: 'Two mornings to lead a hybrid team.', skills: ['Feedback', 'Rituals'] }],
      })
      .expect(201);
    expect(course.body.translations).toEqual([{ locale: 'en', title: 'Remote management', description: 'Two mornings to lead a hybrid team.', skills: ['Feedback', 'Rituals'] }]);
    const courseBody = (hello: string) => body(`${hello} {{course.title}}: {{course.description}} ({{join course.skills ", "}})`);
    const template = await t
      .http()
      .post('/v1/templates')
      .set(...bearer(local.key))
      .send({
        ...HELLO,
        variants: {
          fr: { subject: '{{course.title}}', preheader: 'Bientôt', body: courseBody('Bonjour') },
          en: { subject: '{{course.title}}', preheader: 'Soon', body: courseBody('Hello') },
        },
      })
      .expect(201);
    const [version] = await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [template.body.id]);
    await seedLearners(t.dataSource, local.id, [
      { externalId: 'lyon', email: 'lyon@acme.example', locale: 'fr-FR' },
      { externalId: 'leeds', email: 'leeds@acme.example', locale: 'en-GB' },
      { externalId: 'quebec', email: 'quebec@acme.example', locale: 'fr-CA' },
    ]);
    const session = await t
      .http()
      .post(`/v1/courses/${course.body.id}/sessions`)
      .set(...bearer(local.key))
      .send({ startsAt: DateTime.now().plus({ days: 20 }).toISO(), endsAt: DateTime.now().plus({ days: 20, hours: 3 }).toISO(), timeZone: 'Europe/Paris' })
      .expect(201);
    const res = await t
      .http()
      .post('/v1/campaigns')
      .set(...bearer(local.key))
      .send({ name: 'Languages', courseId: course.body.id, sessionId: session.body.id, steps: [step({ templateVersionId: version.id })] })
      .expect(201);
    await launch(t, local, res.body.id);
    await drain(res.body.id);

    const leeds = sink.to('leeds@acme.example')[0].parsed;
    expect(leeds.subject).toBe('Remote management');
    expect(leeds.from?.value[0].name).toBe('Acme Academy');
    expect(leeds.text).toContain('Hello Remote management: Two mornings to lead a hybrid team. (Feedback, Rituals)');
    expect(leeds.text).toContain('You receive this as an Acme employee.');
    // No English legal mention was written: the workspace's own (French) one stands in.
    expect(leeds.text).toContain('Acme SA, Paris');
    for (const address of ['lyon@acme.example', 'quebec@acme.example']) {
      const mail = sink.to(address)[0].parsed;
      expect(mail.subject).toBe('Manager à distance');
      expect(mail.from?.value[0].name).toBe('Académie Acme');
      expect(mail.text).toContain('Bonjour Manager à distance: Deux matinées pour animer une équipe hybride. (Feedback, Rituels)');
      expect(mail.text).toContain('Vous recevez ce message en tant que collaborateur Acme.');
    }
  });

  it('leads links.survey and links.certificate where the campaign (or the step) says, tracked; refuses to launch a step whose template uses a link set nowhere', async () => {
    await seedLearners(t.dataSource, ws.id, [{ externalId: 'links-1', firstName: 'Lina' }]);
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 20 }).toJSDate() });
    const survey = { name: 'Survey', phase: 'after', anchor: 'launch', offset: 'PT0M', channel: 'email', templateVersionId: starters['feedback-survey'] };
    const unset = await createCampaign(t, ws, { name: 'No survey link', courseId, sessionId, steps: [survey] });
    const refused = await t.http().post(`/v1/campaigns/${unset}/launch`).set(...bearer(ws.key)).expect(422);
    expect(refused.body.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'steps[0].links.survey', message: expect.stringContaining('the template uses links.survey, which leads nowhere') })]),
    );
    const bad = await t.http().patch(`/v1/campaigns/${unset}`).set(...bearer(ws.key)).send({ links: { survey: 'javascript:alert(1)' } }).expect(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'links.survey' });

    const campaignId = await createCampaign(t, ws, {
      name: 'Survey link',
      courseId,
      sessionId,
      links: { survey: 'https://forms.acme.example/campaign-survey' },
      includeSegmentIds: [],
      steps: [{ ...survey, links: { survey: 'https://forms.acme.example/step-survey' } }],
    });
    const campaign = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.keys.viewer)).expect(200);
    expect(campaign.body).toMatchObject({ links: { survey: 'https://forms.acme.example/campaign-survey' }, steps: [{ links: { survey: 'https://forms.acme.example/step-survey' } }] });
    await launch(t, ws, campaignId);
    await drain(campaignId);
    const [delivery] = (await deliveriesOf(t.dataSource, campaignId)).filter((d) => d.external_id === 'links-1');
    const [recorded] = await t.dataSource.query(`SELECT links FROM deliveries WHERE id = $1`, [delivery.id]);
    // The step's survey, not the campaign's nor the course page; the email itself links to the tracked redirect.
    expect(recorded.links).toContain('https://forms.acme.example/step-survey');
    expect(recorded.links).not.toContain('https://forms.acme.example/campaign-survey');
    expect(sink.to('links-1@example.com')[0].parsed.html).not.toContain('forms.acme.example');
  });

  it('schedules a local send time at 09:00 in each learner\'s own zone, across a daylight-saving change', async () => {
    await seedLearners(t.dataSource, ws.id, [
      { externalId: 'dst-paris', timeZone: 'Europe/Paris' },
      { externalId: 'dst-ny', timeZone: 'America/New_York' },
      { externalId: 'dst-tokyo', timeZone: 'Asia/Tokyo' },
    ]);
    const segment = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: 'DST', rule: { field: 'externalId', op: 'starts_with', value: 'dst-' } }).expect(201);
    // The session starts on Tuesday 30 March 2027, after Europe (28 March) and the US (14 March) moved clocks forward.
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: new Date('2027-03-30T07:00:00Z') });
    const campaignId = await createCampaign(t, ws, {
      name: 'DST',
      courseId,
      sessionId,
      includeSegmentIds: [segment.body.id],
      steps: [step({ name: 'Two weeks before', anchor: 'session_start', offset: '-P14D', localTime: '09:00' }), step({ name: 'Day before', anchor: 'session_start', offset: '-P1D', localTime: '09:00' })],
    });
    const plan = await t.http().get(`/v1/campaigns/${campaignId}/plan`).set(...bearer(ws.keys.viewer)).expect(200);
    const [twoWeeks, dayBefore] = plan.body.steps;
    // 16 March 09:00: Tokyo (UTC+9) first, then Paris (still UTC+1), then New York (already UTC-4).
    expect(new Date(twoWeeks.firstSendAt).toISOString()).toBe('2027-03-16T00:00:00.000Z');
    expect(new Date(twoWeeks.lastSendAt).toISOString()).toBe('2027-03-16T13:00:00.000Z');
    // 29 March 09:00: Paris is now UTC+2.
    expect(new Date(dayBefore.firstSendAt).toISOString()).toBe('2027-03-29T00:00:00.000Z');
    expect(new Date(dayBefore.lastSendAt).toISOString()).toBe('2027-03-29T13:00:00.000Z');
    expect(twoWeeks.audience).toBe(3);
    expect(await deliveriesOf(t.dataSource, campaignId)).toHaveLength(0); // a dry run writes nothing
  });

  it('moves sends out of quiet hours and disallowed weekdays, in each learner\'s zone', async () => {
    const now = DateTime.now();
    // Quiet from one hour ago to one hour from now, in Paris: a learner there must wait; in Tokyo it depends on the hour, so use UTC+0 zones only.
    const start = now.setZone('Europe/Paris').minus({ hours: 1 }).toFormat('HH:mm');
    const end = now.setZone('Europe/Paris').plus({ hours: 1 }).toFormat('HH:mm');
    const other = await t.createWorkspace('Quiet Learning');
    await t.http().patch('/v1/workspace').set(...bearer(other.key)).send({ quietHours: { start, end } }).expect(200);
    const otherHello = await t.http().post('/v1/templates').set(...bearer(other.key)).send(HELLO).expect(201);
    const [v] = await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [otherHello.body.id]);
    await seedLearners(t.dataSource, other.id, [{ externalId: 'quiet-paris', timeZone: 'Europe/Paris' }]);
    const { courseId, sessionId } = await createSession(t, other, { startsAt: now.plus({ days: 10 }).toJSDate() });
    const campaignId = await createCampaign(t, other, { name: 'Quiet', courseId, sessionId, steps: [step({ templateVersionId: v.id })] });
    await launch(t, other, campaignId);
    await tick();
    const [delivery] = await deliveriesOf(t.dataSource, campaignId);
    const local = DateTime.fromJSDate(delivery.scheduled_at).setZone('Europe/Paris');
    expect(local.toFormat('HH:mm')).toBe(end);
    expect(delivery.status).toBe('pending');
  });

  it('re-checks the enrolment condition at send time: who enrolled meanwhile gets no "last call"', async () => {
    const ids = await seedLearners(t.dataSource, ws.id, [{ externalId: 'lc-enrols' }, { externalId: 'lc-waits' }]);
    const segment = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: 'Last call', rule: { field: 'externalId', op: 'starts_with', value: 'lc-' } }).expect(201);
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 5 }).toJSDate() });
    const campaignId = await createCampaign(t, ws, {
      name: 'Last call',
      courseId,
      sessionId,
      includeSegmentIds: [segment.body.id],
      steps: [step({ name: 'Last call', enrollmentCondition: 'not_enrolled' })],
    });
    await launch(t, ws, campaignId);
    // Plan only: the planner holds its lock while it writes, then the test enrols one learner before any send.
    await worker.module.get(PlannerService).plan();
    expect(await deliveriesOf(t.dataSource, campaignId)).toHaveLength(2);
    await t.http().post(`/v1/sessions/${sessionId}/enrollments`).set(...bearer(ws.key)).send({ learnerId: ids['lc-enrols'], status: 'enrolled' }).expect(201);
    await drain(campaignId);
    const rows = await deliveriesOf(t.dataSource, campaignId);
    expect(rows.map((r) => [r.external_id, r.status, r.reason])).toEqual([
      ['lc-enrols', 'skipped', 'enrollment_condition'],
      ['lc-waits', 'sent', null],
    ]);
  });

  it('routes "preferred" steps by persona, and posts to the network without learner data', async () => {
    const channel = await t
      .http()
      .post('/v1/network-channels')
      .set(...bearer(ws.key))
      .send({ name: 'Intranet', kind: 'webhook', url: receiver.url('/intranet'), secret: 'a-webhook-secret-of-some-length' })
      .expect(201);
    const persona = await t.http().post('/v1/personas').set(...bearer(ws.key)).send({ name: 'Social learner', preferredChannels: ['post', 'email'] }).expect(201);
    await seedLearners(t.dataSource, ws.id, [
      { externalId: 'pref-social', firstName: 'Secretname', personaId: persona.body.id },
      { externalId: 'pref-social-noconsent', personaId: persona.body.id, consentNetwork: false },
      { externalId: 'pref-plain' },
    ]);
    const segment = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: 'Preferred', rule: { field: 'externalId', op: 'starts_with', value: 'pref-' } }).expect(201);
    const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 9 }).toJSDate() });
    const campaignId = await createCampaign(t, ws, {
      name: 'Preferred',
      courseId,
      sessionId,
      includeSegmentIds: [segment.body.id],
      networkChannelIds: [channel.body.id],
      steps: [step({ channel: 'preferred' }), step({ name: 'Announcement', channel: 'post', templateVersionId: starters['post-session-announcement'] })],
    });
    await launch(t, ws, campaignId);
    await drain(campaignId);
    const rows = await deliveriesOf(t.dataSource, campaignId);
    const emails = rows.filter((r) => r.channel === 'email').map((r) => r.external_id);
    expect(emails).toEqual(['pref-plain', 'pref-social-noconsent']);
    const posts = rows.filter((r) => r.channel === 'post');
    // Who prefers the network is reached by the announcement, not by an email.
    expect(posts.map((p) => [p.step_name, p.status])).toEqual([['Announcement', 'sent']]);
    const plan = await t.http().get(`/v1/campaigns/${campaignId}/plan`).set(...bearer(ws.keys.viewer)).expect(200);
    expect(plan.body.steps[0].channels).toEqual({ email: 2, post: 1, talkingPoints: 0 });
    const requests = await receiver.waitFor(1, { path: '/intranet' });
    for (const r of requests) {
      expect(r.rawBody.toString()).not.toMatch(/Secretname|pref-social|@example\.com/);
      expect(r.headers['idempotency-key']).toBeDefined();
    }
  });

  describe('send-time rules, retries and the plan life cycle', () => {
    async function audienceOf(prefix: string, count: number, extra: Record<string, unknown> = {}) {
      const seeds = Array.from({ length: count }, (_, i) => ({ externalId: `${prefix}-${i}`, ...extra }));
      const ids = await seedLearners(t.dataSource, ws.id, seeds);
      const segment = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: prefix, rule: { field: 'externalId', op: 'starts_with', value: `${prefix}-` } }).expect(201);
      return { ids, segmentId: segment.body.id as string };
    }

    async function campaignFor(prefix: string, segmentId: string, steps: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
      const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 12 }).toJSDate() });
      const campaignId = await createCampaign(t, ws, { name: prefix, courseId, sessionId, includeSegmentIds: [segmentId], steps, ...extra });
      return { campaignId, sessionId };
    }

    it('retries SMTP 421 until delivered; fails and suppresses on 550 without retrying', async () => {
      const { segmentId } = await audienceOf('smtp', 3);
      sink.failRecipient('smtp-0@example.com', 421);
      sink.failRecipient('smtp-1@example.com', 550);
      const { campaignId } = await campaignFor('smtp', segmentId, [step()]);
      await launch(t, ws, campaignId);
      await waitUntil('the 421 to be retried at least twice', async () => {
        await tick();
        const [row] = await t.dataSource.query(`SELECT d.attempts FROM deliveries d JOIN learners l ON l.id = d.learner_id WHERE d.campaign_id = $1 AND l.external_id = 'smtp-0'`, [campaignId]);
        return row?.attempts >= 2;
      });
      sink.clearFailures();
      await drain(campaignId);
      const rows = await deliveriesOf(t.dataSource, campaignId);
      expect(rows.map((r) => [r.external_id, r.status, r.reason])).toEqual([
        ['smtp-0', 'sent', null],
        ['smtp-1', 'failed', 'bounced'],
        ['smtp-2', 'sent', null],
      ]);
      expect(rows[1].attempts).toBe(1);
      expect(sink.to('smtp-0@example.com')).toHaveLength(1);
      expect(sink.to('smtp-1@example.com')).toHaveLength(0);
      const suppressed = await t.dataSource.query(`SELECT reason FROM suppressions WHERE workspace_id = $1 AND email = 'smtp-1@example.com'`, [ws.id]);
      expect(suppressed).toEqual([{ reason: 'hard_bounce' }]);
    });

    it('folds line breaks stored in names before they reach a header: the send succeeds, no header is injected', async () => {
      // Rows written before names were checked: the API refuses these values now.
      const { ids, segmentId } = await audienceOf('folded', 1);
      await t.dataSource.query(`UPDATE learners SET first_name = $2, last_name = $3 WHERE id = $1`, [ids['folded-0'], 'Jeanne\r\nBcc: all@example.com', 'Du\tpont\u0007']);
      const { campaignId } = await campaignFor('folded', segmentId, [step()]);
      await t.dataSource.query(`UPDATE campaigns SET sender_name = $2 WHERE id = $1`, [campaignId, 'Learning\nX-Evil: 1']);
      await launch(t, ws, campaignId);
      await drain(campaignId);
      expect((await deliveriesOf(t.dataSource, campaignId)).map((r) => [r.status, r.reason])).toEqual([['sent', null]]);
      const [mail] = sink.to('folded-0@example.com');
      expect(mail.envelope.to).toEqual(['folded-0@example.com']);
      expect(mail.parsed.to).toMatchObject({ value: [{ address: 'folded-0@example.com', name: 'Jeanne Bcc: all@example.com Du pont' }] });
      expect(mail.parsed.from?.value[0]).toMatchObject({ address: 'learning@acme.example', name: 'Learning X-Evil: 1' });
      expect(mail.parsed.headers.has('x-evil')).toBe(false);
      expect(mail.parsed.headers.has('bcc')).toBe(false);
    });

    it('sends nothing more to a learner who unsubscribed in the middle of a plan', async () => {
      const { segmentId } = await audienceOf('unsub', 2);
      // The later step keeps the campaign running (it is planned only when its date comes near).
      const { campaignId } = await campaignFor('unsub', segmentId, [step({ name: 'First' }), step({ name: 'Later', anchor: 'session_start', offset: '-P1D' })]);
      await launch(t, ws, campaignId);
      await drain(campaignId);
      const first = sink.to('unsub-0@example.com')[0];
      const header = first.parsed.headerLines.find((h) => h.key === 'list-unsubscribe')!.line.replace(/\r?\n\s+/g, '');
      const unsubscribePath = /<http:\/\/localhost:3000(\/u\/[^>]+)>/.exec(header)![1];
      await t.http().post(unsubscribePath).type('form').send('List-Unsubscribe=One-Click').expect(200);

      await t.http().post(`/v1/campaigns/${campaignId}/pause`).set(...bearer(ws.key)).expect(200);
      await t.http().post(`/v1/campaigns/${campaignId}/steps`).set(...bearer(ws.key)).send(step({ name: 'Second' })).expect(201);
      await t.http().post(`/v1/campaigns/${campaignId}/resume`).set(...bearer(ws.key)).expect(200);
      await drain(campaignId);
      const rows = await deliveriesOf(t.dataSource, campaignId);
      expect(rows.filter((r) => r.step_name === 'Second').map((r) => [r.external_id, r.status, r.reason])).toEqual([
        ['unsub-0', 'skipped', 'unsubscribed'],
        ['unsub-1', 'sent', null],
      ]);
      expect(sink.to('unsub-0@example.com')).toHaveLength(1);
    });

    it('plans a step triggered twice at once only once per learner', async () => {
      const { segmentId } = await audienceOf('twice', 40);
      const { campaignId } = await campaignFor('twice', segmentId, [step()]);
      await launch(t, ws, campaignId);
      const planner = worker.module.get(PlannerService);
      const due = (await worker.module.get(PlanRepository).findDueSteps()).find((d) => d.campaign.id === campaignId)!;
      const inserted = await Promise.all([planner.materialize(due), planner.materialize(due), planner.materialize(due)]);
      expect(inserted.reduce((a, b) => a + b.inserted, 0)).toBe(40);
      expect(await deliveriesOf(t.dataSource, campaignId)).toHaveLength(40);
      await drain(campaignId);
      expect(new Set((await deliveriesOf(t.dataSource, campaignId)).map((d) => d.status))).toEqual(new Set(['sent']));
    });

    it('splits A/B variants by weight, deterministically, and sends talking points to ambassadors with their share link', async () => {
      const { ids, segmentId } = await audienceOf('ab', 60);
      const variantB = await t.http().post(`/v1/templates`).set(...bearer(ws.key)).send({ ...HELLO, name: 'Hello B', variants: { en: { ...HELLO.variants.en, subject: 'Hey {{learner.firstName}}, a seat for you' } } }).expect(201);
      const [vb] = await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [variantB.body.id]);
      const { campaignId } = await campaignFor(
        'ab',
        segmentId,
        [
          { ...step({ name: 'Teaser A/B' }), templateVersionId: undefined, variants: [{ key: 'A', templateVersionId: helloVersion, weight: 50 }, { key: 'B', templateVersionId: vb.id, weight: 50 }] },
          step({ name: 'Talking points', channel: 'talking_points', templateVersionId: starters['ambassador-talking-points'] }),
        ],
        { ambassadorIds: [ids['ab-0'], ids['ab-1']] },
      );
      await launch(t, ws, campaignId);
      await drain(campaignId);
      const rows = await deliveriesOf(t.dataSource, campaignId);
      const teaser = rows.filter((r) => r.step_name === 'Teaser A/B');
      const a = teaser.filter((r) => r.variant === 'A').length;
      expect(a + teaser.filter((r) => r.variant === 'B').length).toBe(60);
      expect(a).toBeGreaterThan(15);
      expect(a).toBeLessThan(45);
      const bLearner = teaser.find((r) => r.variant === 'B')!;
      expect(sink.to(`${bLearner.external_id}@example.com`).map((m) => m.parsed.subject)).toContain(`Hey ${bLearner.external_id}, a seat for you`);

      const points = rows.filter((r) => r.step_name === 'Talking points');
      expect(points.map((r) => [r.external_id, r.channel, r.status])).toEqual([
        ['ab-0', 'talking_points', 'sent'],
        ['ab-1', 'talking_points', 'sent'],
      ]);
      // The ambassador's short share link (credited enrolments) and personal page are in the talking points, as they are (not wrapped in click tracking).
      const pointsMail = sink.to('ab-0@example.com').filter((m) => m.parsed.messageId === points[0].message_id);
      expect(pointsMail).toHaveLength(1);
      const [links] = await t.dataSource.query(
        `SELECT s.code, al.id AS link_id FROM short_links s JOIN ambassador_links al ON al.campaign_id = s.campaign_id AND al.learner_id = s.ambassador_id AND al.revoked_at IS NULL
          WHERE s.campaign_id = $1 AND s.ambassador_id = $2 AND s.revoked_at IS NULL`,
        [campaignId, ids['ab-0']],
      );
      expect(pointsMail[0].parsed.html).toContain(`http://localhost:3000/s/${links.code}`);
      expect(pointsMail[0].parsed.text).toContain(`http://localhost:3000/s/${links.code}`);
      expect(pointsMail[0].parsed.html).toContain(`href="${t.app.get(AmbassadorLinks).pageUrl(links.link_id)}"`);
      expect(pointsMail[0].parsed.html).not.toMatch(/\/t\/s\//);
    });

    it('auto-winner: tests the variants on a share of the audience, then sends the rest the winner', async () => {
      const { segmentId } = await audienceOf('auto', 80);
      const variantB = await t.http().post(`/v1/templates`).set(...bearer(ws.key)).send({ ...HELLO, name: 'Hello auto B' }).expect(201);
      const [vb] = await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [variantB.body.id]);
      const { campaignId } = await campaignFor('auto', segmentId, [
        {
          ...step({ name: 'Auto A/B' }),
          templateVersionId: undefined,
          variants: [{ key: 'A', templateVersionId: helloVersion, weight: 1 }, { key: 'B', templateVersionId: vb.id, weight: 1 }],
          abTestFraction: 0.5,
          abDecideAfter: 'PT1H',
        },
      ]);
      await launch(t, ws, campaignId);
      await drain(campaignId);
      const tested = await deliveriesOf(t.dataSource, campaignId);
      expect(tested.length).toBeGreaterThan(20);
      expect(tested.length).toBeLessThan(60);
      // B's readers click, A's do not: B must win.
      await t.dataSource.query(
        `INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, variant, source, idempotency_key)
         SELECT workspace_id, 'clicked', now(), learner_id, id, campaign_id, step_id, channel, variant, 'tracking', 'test:' || id
           FROM deliveries WHERE campaign_id = $1 AND variant = 'B'`,
        [campaignId],
      );
      expect(await worker.module.get(AbWinnerService).decideDueWinners()).toEqual([]); // not before abDecideAfter
      expect(await worker.module.get(AbWinnerService).decideDueWinners(new Date(Date.now() + 2 * 3600_000))).toEqual([expect.objectContaining({ winner: 'B' })]);
      await drain(campaignId);
      const all = await deliveriesOf(t.dataSource, campaignId);
      expect(all).toHaveLength(80);
      expect(new Set(all.map((d) => d.learner_id)).size).toBe(80);
      const rest = all.filter((d) => !tested.some((x) => x.id === d.id));
      expect(rest.length).toBe(80 - tested.length);
      expect(new Set(rest.map((d) => d.variant))).toEqual(new Set(['B']));
      expect(new Set(all.map((d) => d.status))).toEqual(new Set(['sent']));
      await tick();
      const campaign = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.keys.viewer)).expect(200);
      expect(campaign.body.status).toBe('completed');
    });

    it('erases learners without losing their deliveries from the counts', async () => {
      const { ids, segmentId } = await audienceOf('erase', 3);
      const { campaignId } = await campaignFor('erase', segmentId, [step()]);
      await launch(t, ws, campaignId);
      await drain(campaignId);
      await t.http().delete(`/v1/learners/${ids['erase-0']}`).set(...bearer(ws.key)).expect(204);
      await t.http().delete(`/v1/learners/${ids['erase-1']}`).set(...bearer(ws.key)).expect(204);
      const rows = await deliveriesOf(t.dataSource, campaignId);
      expect(rows.map((r) => [r.learner_id === null, r.status])).toEqual([
        [false, 'sent'],
        [true, 'sent'],
        [true, 'sent'],
      ]);
    });

    it('follows a session rescheduled then cancelled after launch', async () => {
      const { segmentId } = await audienceOf('move', 3);
      const { courseId, sessionId } = await createSession(t, ws, { startsAt: DateTime.now().plus({ hours: 30 }).toJSDate() });
      const campaignId = await createCampaign(t, ws, {
        name: 'Moving session',
        courseId,
        sessionId,
        includeSegmentIds: [segmentId],
        steps: [step({ name: 'Day before', anchor: 'session_start', offset: '-P1D' })],
      });
      await launch(t, ws, campaignId);
      await tick();
      const planned = await deliveriesOf(t.dataSource, campaignId);
      expect(planned.map((d) => d.status)).toEqual(['pending', 'pending', 'pending']);

      const later = DateTime.now().plus({ days: 20 });
      await t.http().patch(`/v1/sessions/${sessionId}`).set(...bearer(ws.key)).send({ startsAt: later.toISO(), endsAt: later.plus({ hours: 3 }).toISO() }).expect(200);
      await tick();
      expect(await deliveriesOf(t.dataSource, campaignId)).toHaveLength(0); // planned again when the new date comes near
      const [stepRow] = await t.dataSource.query(`SELECT materialized_at FROM campaign_steps WHERE campaign_id = $1`, [campaignId]);
      expect(stepRow.materialized_at).toBeNull();

      await t.http().post(`/v1/sessions/${sessionId}/cancel`).set(...bearer(ws.key)).send({ cancellationReason: 'Trainer unavailable' }).expect(200);
      await tick();
      const campaign = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.keys.viewer)).expect(200);
      expect(campaign.body).toMatchObject({ status: 'cancelled', statusReason: 'The session was cancelled' });
    });

    it('holds a paused campaign\'s due deliveries and sends them on resume', async () => {
      const { segmentId } = await audienceOf('pause', 3);
      const { campaignId } = await campaignFor('pause', segmentId, [step()]);
      await launch(t, ws, campaignId);
      await worker.module.get(PlannerService).plan();
      await t.http().post(`/v1/campaigns/${campaignId}/pause`).set(...bearer(ws.key)).expect(200);
      await tick();
      await tick();
      expect((await deliveriesOf(t.dataSource, campaignId)).map((d) => d.status)).toEqual(['pending', 'pending', 'pending']);
      await t.http().post(`/v1/campaigns/${campaignId}/resume`).set(...bearer(ws.key)).expect(200);
      await drain(campaignId);
      expect((await deliveriesOf(t.dataSource, campaignId)).map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
    });

    it('pauses a campaign by itself when its failure rate passes the workspace threshold, and says why', async () => {
      const { segmentId } = await audienceOf('fail', 25);
      for (let i = 0; i < 25; i++) sink.failRecipient(`fail-${i}@example.com`, 550);
      const { campaignId } = await campaignFor('fail', segmentId, [step()]);
      await launch(t, ws, campaignId);
      await waitUntil('the campaign to pause itself', async () => {
        await tick();
        const res = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.keys.viewer));
        if (res.body.status === 'paused') return res.body;
        // Says where the deliveries stand if the wait times out.
        const states = await t.dataSource.query(`SELECT status, reason, count(*)::int AS n FROM deliveries WHERE campaign_id = $1 GROUP BY 1, 2`, [campaignId]);
        throw new Error(`campaign ${res.body.status}, deliveries ${JSON.stringify(states)}`);
      }).then((campaign) => expect(campaign.statusReason).toMatch(/^Paused automatically: \d+ of \d+ deliveries failed/));
      sink.clearFailures();
    });

    it('pauses rather than completes a campaign whose last failures came after the sender\'s check, then judges only what fails after a resume', async () => {
      const { segmentId } = await audienceOf('late-fail', 4);
      const { campaignId } = await campaignFor('late-fail', segmentId, [step()]);
      await launch(t, ws, campaignId);
      await worker.module.get(PlannerService).plan();
      // Every delivery failed, as when the last one is written while the planner's tick runs.
      await t.dataSource.query(`UPDATE deliveries SET status = 'failed', reason = 'bounced', updated_at = now() WHERE campaign_id = $1`, [campaignId]);
      await tick();
      const paused = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.keys.viewer)).expect(200);
      expect(paused.body).toMatchObject({ status: 'paused', statusReason: expect.stringMatching(/^Paused automatically: 4 of 4 deliveries failed \(100%\)/) });

      await t.http().post(`/v1/campaigns/${campaignId}/resume`).set(...bearer(ws.key)).expect(200);
      await tick();
      const done = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.keys.viewer)).expect(200);
      expect(done.body).toMatchObject({ status: 'completed', statusReason: null });
    });
  });
});
