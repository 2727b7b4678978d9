import { DateTime } from 'luxon';
import { createCampaign, createSession, deliveriesOf, launch, openDeliveries } from './support/engine-fixture';
import { SmtpSink } from './support/smtp-sink';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { SchedulerService } from '../src/modules/delivery/scheduler.service';
import { engineEnv, TestWorker, waitUntil } from './support/test-worker';

const section = (inner: string) => `<mj-section>\n<mj-column>\n<mj-text>Hello {{learner.firstName}}</mj-text>\n${inner}\n</mj-column>\n</mj-section>`;
const email = (body: string) => ({ subject: 'Hi {{learner.firstName}}', preheader: 'A seat for you', body });
const template = (body: string, name = 'Invitation') => ({ name, channel: 'email', purpose: 'invitation', phase: 'before', variants: { en: email(body) } });

// What no sent email may hold, however it is spelt.
const UNSAFE_HREF = /(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i;

describe('Nothing a user sends can slip into an email', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestWorker;
  let acme: TestWorkspace;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start(engineEnv({ SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false' }));
    worker = await TestWorker.start(t.config);
    acme = await t.createWorkspace('Acme Learning');
    // Test emails go to the workspace's own domains: a sender at acme.example makes it one.
    await t.http().post('/v1/brand-kits').set(...bearer(acme.key)).send({ name: 'Acme', senderName: 'Acme', senderEmail: 'learning@acme.example' }).expect(201);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await sink.stop();
  });

  const post = (path: string, payload: object, key = acme.keys.editor) => t.http().post(path).set(...bearer(key)).send(payload);

  async function insertLearner(fields: { externalId: string; email: string; firstName: string; lastName: string }): Promise<string> {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, locale, time_zone) VALUES ($1, $2, $3, $4, $5, 'en', 'Europe/Paris') RETURNING id`,
      [acme.id, fields.externalId, fields.email, fields.firstName, fields.lastName],
    );
    return id;
  }

  const mailsTo = (address: string) => waitUntil(`an email to ${address}`, async () => (sink.to(address).length ? sink.to(address) : null));

  /** A version written as it could have been saved before links through partials were checked. */
  async function saveUncheckedVersion(templateId: string, body: string): Promise<string> {
    const [{ version }] = await t.dataSource.query(`SELECT latest_version + 1 AS version FROM templates WHERE id = $1`, [templateId]);
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO template_versions (workspace_id, template_id, version, locales, variants) VALUES ($1, $2, $3, '{en}', $4::jsonb) RETURNING id`,
      [acme.id, templateId, version, JSON.stringify({ en: email(body) })],
    );
    await t.dataSource.query(`UPDATE templates SET latest_version = $2 WHERE id = $1`, [templateId, version]);
    return id;
  }

  describe('links through partials are checked when a version is saved', () => {
    it.each([
      ['a javascript: URL', '{{> button url="javascript:alert(1)" label="Enrol"}}', 'uses the "javascript:" scheme'],
      ['a javascript: URL spelt with entities', '{{> button url="&#106;avascript&colon;alert(1)" label="Enrol"}}', 'uses the "javascript:" scheme'],
      ['a data: URL', '{{> button url="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" label="Enrol"}}', 'uses the "data:" scheme'],
      ['a vbscript: URL', "{{> button url='vbscript:msgbox(1)' label=\"Enrol\"}}", 'uses the "vbscript:" scheme'],
      ['a learner field as the URL', '{{> button url=learner.firstName label="Enrol"}}', '"learner.firstName" is not a link variable'],
      ['a free-text course field as the URL', '{{> button url=course.title label="Enrol"}}', '"course.title" is not a link variable'],
      ['a learner field through the url helper', '<mj-text><a href="{{url learner.email}}">Write</a></mj-text>', '"learner.email" is not a link variable'],
      ['a learner field through the link helper', '<mj-text>{{link learner.jobTitle "Profile"}}</mj-text>', '"learner.jobTitle" is not a link variable'],
      ['a javascript: URL through the link helper', '<mj-text>{{link "javascript:alert(1)" "Go"}}</mj-text>', 'uses the "javascript:" scheme'],
      ['an image from a data: URL', '<mj-image src="data:image/svg+xml;base64,PHN2Zz4=" />', 'uses the "data:" scheme'],
    ])('refuses %s with TEMPLATE.UNSAFE_LINK, the path and the line', async (_, inner, message) => {
      const res = await post('/v1/templates', template(section(inner))).expect(422);
      expect(res.body.error.code).toBe('TEMPLATE.UNSAFE_LINK');
      expect(res.body.error.details).toMatchObject([{ path: 'variants.en.body', message: expect.stringMatching(new RegExp(`^line 4: .*${escapeRegExp(message)}`)), code: expect.stringMatching(/^SOURCE\.(LINK_|NOT_A_LINK)/) }]);
    });

    it('refuses a section background from a javascript: URL', async () => {
      const res = await post('/v1/templates', template('<mj-section background-url="javascript:alert(1)">\n<mj-column><mj-text>Hi</mj-text></mj-column>\n</mj-section>')).expect(422);
      expect(res.body.error).toMatchObject({ code: 'TEMPLATE.UNSAFE_LINK', details: [{ path: 'variants.en.body', message: expect.stringMatching(/^line 1: .*uses the "javascript:" scheme/) }] });
    });

    it('refuses a new version with an unsafe partial link and keeps the latest one', async () => {
      const created = await post('/v1/templates', template(section('{{> button url=links.enrol label="Enrol"}}'), 'Kept')).expect(201);
      const res = await post(`/v1/templates/${created.body.id}/versions`, { variants: { en: email(section('{{> button url="javascript:alert(1)" label="Enrol"}}')) } }).expect(422);
      expect(res.body.error.code).toBe('TEMPLATE.UNSAFE_LINK');
      const detail = await t.http().get(`/v1/templates/${created.body.id}`).set(...bearer(acme.keys.viewer)).expect(200);
      expect(detail.body.latestVersion).toBe(1);
    });

    it('refuses a {{…}} written inside a quoted partial parameter, which would never be a variable', async () => {
      const res = await post('/v1/templates', template(section('{{> button url=links.enrol label="Hi {{{learner.lastName}}}"}}'))).expect(422);
      expect(res.body.error.code).toBe('TEMPLATE.INVALID');
      expect(res.body.error.details).toEqual([
        { path: 'variants.en.body', message: expect.stringMatching(/^line 4: parameter "label" of partial "button" is quoted text/), code: 'SOURCE.PARTIAL_QUOTED_EXPRESSION', params: { name: 'button', parameter: 'label', line: 4 } },
      ]);
    });

    it.each([
      ['a link variable', '{{> button url=links.enrol label="Enrol"}}'],
      ['the LMS link', '{{> button url=course.lmsUrl label="Open"}}'],
      ['the meeting link', '{{> button url=session.meetingUrl label="Join"}}'],
      ['a literal https URL', '{{> button url="https://intranet.acme.example/learning?from=mail" label="Open"}}'],
      ['a mailto: URL', '{{> button url="mailto:learning@acme.example" label="Write to us"}}'],
      ['the link helper on a link variable', '<mj-text>{{link links.survey "Tell us"}}</mj-text>'],
    ])('accepts %s', async (_, inner) => {
      await post('/v1/templates', template(section(inner), `Accepted ${inner}`)).expect(201);
    });
  });

  describe('links are made safe again when an email is rendered', () => {
    it('neutralises unsafe links of a version saved before the check, in previews and test sends', async () => {
      const learnerId = await insertLearner({ externalId: 'js-name', email: 'js@acme.example', firstName: 'javascript:alert(document.domain)', lastName: 'Doe' });
      const created = await post('/v1/templates', template(section('{{> button url=links.enrol label="Enrol"}}'), 'Old unchecked')).expect(201);
      await saveUncheckedVersion(
        created.body.id,
        section(
          [
            '{{> button url=learner.firstName label="Learner link"}}',
            '{{> button url="data:text/html;base64,PHNjcmlwdD4=" label="Data link"}}',
            '<mj-text><a href="JaVaScRiPt&#58;alert(1)">Entity link</a> <a href="#top">Top</a> <a href="tel:+33100000000">Call</a></mj-text>',
            '<mj-image src="vbscript:msgbox(1)" />',
          ].join('\n'),
        ),
      );

      const preview = await post(`/v1/templates/${created.body.id}/preview`, { learnerId }).expect(200);
      expect(preview.body.version).toBe(2);
      expect(preview.body.html).not.toMatch(UNSAFE_HREF);
      expect(preview.body.html).toMatch(/<a\s+href="#"[^>]*>\s*Learner link/);
      expect(preview.body.html).toMatch(/<a\s+href="#"[^>]*>\s*Data link/);
      expect(preview.body.html).toContain('<a href="#">Entity link</a>');
      expect(preview.body.html).toContain('href="#top"');
      expect(preview.body.html).toContain('href="tel:+33100000000"');
      expect(preview.body.html).toContain('src="about:blank"');

      await post(`/v1/templates/${created.body.id}/test-send`, { to: ['dlm-links@acme.example'], learnerId }).expect(200);
      const [mail] = await mailsTo('dlm-links@acme.example');
      expect(mail.parsed.html).not.toMatch(UNSAFE_HREF);
      expect(mail.parsed.html).toContain('Learner link');
    });
  });

  describe('brand kit text is plain text, never a template', () => {
    const hostileKit = {
      name: '{{learner.firstName}} Academy',
      senderName: 'Acme Academy',
      senderEmail: 'academy@acme.example',
      logoUrl: 'https://cdn.acme.example/logo.png',
      logoAlt: '{{learner.email}}',
      footerText: 'Sent to {{{learner.lastName}}}',
      legalMention: 'Acme SA {{lookup learner "email"}}',
    };
    let kitId: string;
    let learnerId: string;
    let templateId: string;

    beforeAll(async () => {
      kitId = (await post('/v1/brand-kits', hostileKit).expect(201)).body.id;
      learnerId = await insertLearner({ externalId: 'script', email: 'script@acme.example', firstName: 'Sam', lastName: '<script>alert(1)</script>' });
      templateId = (await post('/v1/templates', template(section('<mj-text>Regards, {{learner.lastName}}</mj-text>\n{{> button url=links.enrol label="Enrol"}}'), 'Branded')).expect(201)).body.id;
    });

    const expectLiteralKitText = (html: string) => {
      expect(html).not.toContain('<script>alert(1)');
      expect(html).toContain('Sent to {{{learner.lastName}}}');
      expect(html).toContain('Acme SA {{lookup learner &quot;email&quot;}}');
      expect(html).toMatch(/alt="\{\{learner\.email\}\}"/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('script@acme.example');
    };

    it('shows the kit’s text literally and escapes learner values in a preview', async () => {
      const res = await post(`/v1/templates/${templateId}/preview`, { learnerId, brandKitId: kitId }).expect(200);
      expectLiteralKitText(res.body.html);
      expect(res.body.text).toContain('Sent to {{{learner.lastName}}}');
      expect(res.body.text).toContain('Acme SA {{lookup learner "email"}}');
    });

    it('sends a test email with the kit (no 500)', async () => {
      await post(`/v1/templates/${templateId}/test-send`, { to: ['dlm-brand@acme.example'], learnerId, brandKitId: kitId }).expect(200);
      const [mail] = await mailsTo('dlm-brand@acme.example');
      expectLiteralKitText(mail.parsed.html as string);
    });

    it('lets a campaign using the kit deliver to every learner, with the kit’s text shown as written', async () => {
      const versionId = (await t.dataSource.query(`SELECT id FROM template_versions WHERE template_id = $1`, [templateId]))[0].id;
      const { courseId, sessionId } = await createSession(t, acme, { startsAt: DateTime.now().plus({ days: 20 }).toJSDate() });
      const campaignId = await createCampaign(t, acme, {
        name: 'Branded campaign',
        courseId,
        sessionId,
        brandKitId: kitId,
        steps: [{ name: 'Invitation', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', templateVersionId: versionId }],
      });
      await launch(t, acme, campaignId);
      await waitUntil('the campaign to be delivered', async () => {
        await worker.module.get(SchedulerService).tick();
        return (await openDeliveries(t.dataSource, campaignId)) === 0;
      });
      const deliveries = await deliveriesOf(t.dataSource, campaignId);
      expect(deliveries.map((d) => d.external_id)).toContain('script');
      expect(deliveries.map((d) => [d.status, d.reason])).toEqual(deliveries.map(() => ['sent', null]));
      const mail = sink.to('script@acme.example')[0];
      expectLiteralKitText(mail.parsed.html as string);
    });
  });

  describe('test-send recipients', () => {
    let templateId: string;
    beforeAll(async () => {
      templateId = (await post('/v1/templates', template(section('{{> button url=links.enrol label="Enrol"}}'), 'Recipients')).expect(201)).body.id;
    });

    it.each([
      ['a quoted local part', '"evil@evil.test"@example.test'],
      ['a display name', 'Evil <evil@example.test>'],
      ['a comment', 'evil(comment)@example.test'],
      ['a second recipient', 'a@example.test, b@example.test'],
    ])('answers 400 naming the address for %s', async (_, to) => {
      const before = sink.received.length;
      const res = await post(`/v1/templates/${templateId}/test-send`, { to: [to] }).expect(400);
      expect(res.body.error.details).toEqual([{ path: 'to', code: 'FIELD.INVALID_EMAIL', message: expect.stringContaining(to) }]);
      expect(sink.received.length).toBe(before);
    });

    it.each([
      [550, 'Mailbox unavailable'],
      [450, 'Try again later'],
    ])('says the mail server refused the address, with its reply (%i)', async (code, reply) => {
      const to = `refused-${code}@acme.example`;
      sink.failRecipient(to, code, reply);
      const res = await post(`/v1/templates/${templateId}/test-send`, { to: [to] }).expect(200);
      expect(res.body).toMatchObject({ status: 'done', recipients: [{ to, status: 'refused', reason: expect.stringContaining(String(code)) }] });
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
