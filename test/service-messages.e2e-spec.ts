import { DateTime } from 'luxon';
import { TrackingTokens } from '../src/modules/tracking/tracking-token';
import { createCampaign, createSession, deliveriesOf, launch, seedLearners } from './support/engine-fixture';
import { SmtpSink, type ReceivedMail } from './support/smtp-sink';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { SchedulerService } from '../src/modules/delivery/scheduler.service';
import { engineEnv, TestWorker, waitUntil } from './support/test-worker';

const HUMAN_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const template = (name: string, purpose: string) => ({
  name,
  channel: 'email',
  purpose,
  phase: 'before',
  variants: { en: { subject: `${name} for {{learner.firstName}}`, preheader: 'Hi', body: `<mj-section><mj-column><mj-text>${name}</mj-text></mj-column></mj-section>` } },
});

// Service or promotional messages on the real send path (worker, SMTP server), and opens kept in
// aggregate only. One workspace, capped at one promotional email per learner and week.
describe('Service and promotional messages; aggregate-only opens', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestWorker;
  let ws: TestWorkspace;
  let practicalInfo: string;
  let invitation: string;
  let learners: Record<string, string>;
  let session: { courseId: string; sessionId: string };
  let serviceCampaign: string;
  let promoCampaign: string;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query(text, params);
  const versionOf = async (templateId: string) => (await sql<{ id: string }>(`SELECT id FROM template_versions WHERE template_id = $1`, [templateId]))[0].id;
  const step = (templateVersionId: string, overrides: Record<string, unknown> = {}) => ({ name: 'Step', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', templateVersionId, ...overrides });
  const header = (mail: ReceivedMail, name: string) =>
    mail.parsed.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, ' ');

  async function sendAll(campaignId: string): Promise<void> {
    await launch(t, ws, campaignId);
    await waitUntil('the campaign to be sent', async () => {
      await worker.module.get(SchedulerService).tick();
      const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM deliveries WHERE campaign_id = $1 AND status IN ('pending', 'queued', 'sending')`, [campaignId]);
      return row.n === 0;
    });
  }

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start(engineEnv({ SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false' }));
    worker = await TestWorker.start(t.config);
    ws = await t.createWorkspace('Acme Learning');
    await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ frequencyCap: 1, quietHours: null, allowedWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }).expect(200);
    practicalInfo = await versionOf((await t.http().post('/v1/templates').set(...bearer(ws.key)).send(template('Practical information', 'practical_info')).expect(201)).body.id);
    invitation = await versionOf((await t.http().post('/v1/templates').set(...bearer(ws.key)).send(template('Invitation', 'invitation')).expect(201)).body.id);
    learners = await seedLearners(t.dataSource, ws.id, [{ externalId: 'unsub' }, { externalId: 'capped' }, { externalId: 'suppressed' }, { externalId: 'plain' }]);
    await sql(`UPDATE learners SET unsubscribed_at = now() - interval '1 day' WHERE id = $1`, [learners.unsub]);
    await sql(`INSERT INTO suppressions (workspace_id, email, reason, detail) VALUES ($1, 'suppressed@example.com', 'hard_bounce', '550')`, [ws.id]);
    session = await createSession(t, ws, { startsAt: DateTime.now().plus({ days: 20 }).toJSDate() });
    // 'capped' already had a promotional email this week (another campaign): the cap of 1 is full.
    const earlier = await createCampaign(t, ws, { name: 'Earlier', ...session, steps: [step(invitation)] });
    await sql(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, promotional, status, scheduled_at, sent_at)
       SELECT $1, $2, s.id, $3, 'email', $4, true, 'sent', now() - interval '2 days', now() - interval '2 days' FROM campaign_steps s WHERE s.campaign_id = $2`,
      [ws.id, earlier, learners.capped, invitation],
    );
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await sink.stop();
  });

  it('derives the kind from the purpose, lets a step override it, and shows both in the step and the plan', async () => {
    const campaignId = await createCampaign(t, ws, { name: 'Kinds', ...session, steps: [step(practicalInfo), step(invitation, { messageKind: 'service' })] });
    const campaign = await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.keys.viewer)).expect(200);
    expect(campaign.body.steps.map((s: Record<string, unknown>) => [s.templatePurpose, s.messageKind, s.effectiveMessageKind])).toEqual([
      ['practical_info', null, 'service'],
      ['invitation', 'service', 'service'],
    ]);
    // Made a service message over a promotional purpose: the plan says whom that reaches.
    const overridden = await t.http().get(`/v1/campaigns/${campaignId}/plan`).set(...bearer(ws.keys.viewer)).expect(200);
    expect(overridden.body.steps[0].warnings).toEqual([]);
    expect(overridden.body.steps[1]).toMatchObject({ messageKind: 'service', effectiveMessageKind: 'service' });
    expect(overridden.body.steps[1].warnings).toEqual([
      {
        code: 'PLAN.SERVICE_REACHES_UNSUBSCRIBED',
        count: 1,
        message: '1 learner unsubscribed from promotional email would get this step: it is sent as a service message although its template\'s purpose (invitation) is promotional',
      },
    ]);
    const patched = await t.http().patch(`/v1/campaigns/${campaignId}/steps/${campaign.body.steps[1].id}`).set(...bearer(ws.key)).send({ messageKind: null }).expect(200);
    expect(patched.body).toMatchObject({ messageKind: null, effectiveMessageKind: 'promotional' });
    const plan = await t.http().get(`/v1/campaigns/${campaignId}/plan`).set(...bearer(ws.keys.viewer)).expect(200);
    // The service step reaches the learner unsubscribed from promotions and ignores the cap; suppression still applies.
    expect(plan.body.steps.map((s: { effectiveMessageKind: string; wouldSkip: object }) => [s.effectiveMessageKind, s.wouldSkip])).toEqual([
      ['service', { unsubscribed: 0, suppressed: 1, noConsent: 0, frequencyCap: 0 }],
      ['promotional', { unsubscribed: 1, suppressed: 1, noConsent: 0, frequencyCap: 1 }],
    ]);
  });

  it('sends a service step to a learner unsubscribed from promotions and over the cap, without List-Unsubscribe; suppression still stops it', async () => {
    serviceCampaign = await createCampaign(t, ws, { name: 'Practical', ...session, steps: [step(practicalInfo)] });
    await sendAll(serviceCampaign);
    expect((await deliveriesOf(t.dataSource, serviceCampaign)).map((d) => [d.external_id, d.status, d.reason])).toEqual([
      ['capped', 'sent', null],
      ['plain', 'sent', null],
      ['suppressed', 'skipped', 'suppressed'],
      ['unsub', 'sent', null],
    ]);
    const [mail] = sink.to('unsub@example.com');
    expect(mail.parsed.subject).toBe('Practical information for unsub');
    expect(header(mail, 'list-unsubscribe')).toBeUndefined();
    expect(header(mail, 'list-unsubscribe-post')).toBeUndefined();
    // No unsubscribe link in the footer; the preferences link stays.
    expect(mail.parsed.html).not.toContain('>Unsubscribe<');
    expect(mail.parsed.html).toContain('>Email preferences<');
    expect(mail.parsed.text).not.toMatch(/Unsubscribe/);
  });

  it('sends a promotional step with one-click List-Unsubscribe, skips the unsubscribed and the capped, and did not count the service email', async () => {
    promoCampaign = await createCampaign(t, ws, { name: 'Invitation', ...session, steps: [step(invitation)] });
    await sendAll(promoCampaign);
    // 'plain' got the service email above and still gets this one under a cap of 1: service mail is not counted.
    expect((await deliveriesOf(t.dataSource, promoCampaign)).map((d) => [d.external_id, d.status, d.reason])).toEqual([
      ['capped', 'skipped', 'frequency_cap'],
      ['plain', 'sent', null],
      ['suppressed', 'skipped', 'suppressed'],
      ['unsub', 'skipped', 'unsubscribed'],
    ]);
    const mail = sink.to('plain@example.com').find((m) => m.parsed.subject === 'Invitation for plain')!;
    expect(header(mail, 'list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/u\/[\w.-]+>$/);
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail.parsed.html).toContain('>Unsubscribe<');
    expect(sink.to('unsub@example.com').map((m) => m.parsed.subject)).toEqual(['Practical information for unsub']);
  });

  it('keeps opens in aggregate only: the pixel counts them per step and variant, stores no learner, and the report uses the counts', async () => {
    const updated = await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ openTracking: 'aggregate' }).expect(200);
    expect(updated.body.openTracking).toBe('aggregate');
    const [plain] = await sql<{ id: string; step_id: string }>(`SELECT id, step_id FROM deliveries WHERE campaign_id = $1 AND status = 'sent'`, [promoCampaign]);
    // Sent an hour ago: an open now is a person's, not a scanner's.
    await sql(`UPDATE deliveries SET sent_at = now() - interval '1 hour' WHERE id = $1`, [plain.id]);
    const pixel = `/t/o/${t.app.get(TrackingTokens).sign({ kind: 'o', deliveryId: plain.id })}`;
    await t.http().get(pixel).set('User-Agent', HUMAN_UA).expect(200);
    await t.http().get(pixel).set('User-Agent', HUMAN_UA).expect(200);

    // Nothing stored for the opens names the learner or the delivery.
    expect(await sql(`SELECT id FROM events WHERE kind = 'opened' AND workspace_id = $1`, [ws.id])).toEqual([]);
    expect(await sql(`SELECT opened_at, machine_opened_at FROM deliveries WHERE id = $1`, [plain.id])).toEqual([{ opened_at: null, machine_opened_at: null }]);
    const columns = await sql<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'open_counts' ORDER BY ordinal_position`);
    expect(columns.map((c) => c.column_name)).toEqual(['workspace_id', 'campaign_id', 'step_id', 'variant', 'channel', 'day', 'opens', 'machine_opens']);
    expect(await sql(`SELECT step_id, variant, channel, opens, machine_opens FROM open_counts WHERE campaign_id = $1`, [promoCampaign])).toEqual([
      { step_id: plain.step_id, variant: '', channel: 'email', opens: 2, machine_opens: 0 },
    ]);

    const report = await t.http().get(`/v1/campaigns/${promoCampaign}/report`).set(...bearer(ws.keys.viewer)).expect(200);
    expect(report.body.openTracking).toBe('aggregate');
    expect(report.body.funnel).toMatchObject({ delivered: 1, opened: 2 });
    expect(report.body.breakdowns.step[0].funnel.opened).toBe(2);
    expect(report.body.breakdowns.department[0]).toMatchObject({ funnel: { opened: 0 }, rates: { open: null } });
    expect(report.body.daily.reduce((n: number, d: { opened: number }) => n + d.opened, 0)).toBe(2);

    // Segments say that "opened" no longer sees these opens.
    const fields = await t.http().get('/v1/segments/fields').set(...bearer(ws.keys.viewer)).expect(200);
    expect(fields.body.openTracking).toBe('aggregate');
    expect(fields.body.fields.find((f: { field: string }) => f.field === 'engagement.opened').caveat).toBe('opens_aggregate');
    expect(fields.body.fields.find((f: { field: string }) => f.field === 'engagement.clicked').caveat).toBeUndefined();
    const preview = await t.http().post('/v1/segments/preview').set(...bearer(ws.key)).send({ rule: { all: [{ field: 'engagement.opened', op: 'exists' }] } }).expect(200);
    expect(preview.body).toMatchObject({ count: 0, caveats: ['opens_aggregate'] });
  });
});
