import { SmtpSink } from './support/smtp-sink';
import { engineEnv, TestWorker } from './support/test-worker';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const body = (text: string) => `<mj-section>
  <mj-column>
    <mj-text>${text}</mj-text>
    {{> button url=links.enrol label="Enrol"}}
  </mj-column>
</mj-section>`;

const emailTemplate = (variants: Record<string, unknown>, name = 'Invitation') => ({ name, channel: 'email', purpose: 'invitation', phase: 'before', variants });

const EN = { subject: 'Hello {{learner.firstName}}', preheader: 'Session on {{formatDate session.startsAt}}', body: body('Hello {{learner.firstName}}, see you {{formatDateTime session.startsAt}}.') };
const FR = { subject: 'Bonjour {{learner.firstName}}', preheader: 'Session le {{formatDate session.startsAt}}', body: body('Bonjour {{learner.firstName}}, rendez-vous {{formatDateTime session.startsAt}}.') };

describe('Templates API', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let acme: TestWorkspace;
  let globex: TestWorkspace;

  let worker: TestWorker;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start(engineEnv({ SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false' }));
    worker = await TestWorker.start(t.config);
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await sink.stop();
  });

  const post = (path: string, payload: unknown, key = acme.keys.editor) => t.http().post(path).set(...bearer(key)).send(payload as object);
  const get = (path: string, key = acme.keys.viewer) => t.http().get(path).set(...bearer(key));

  async function insertLearner(workspace: TestWorkspace, fields: Record<string, string>): Promise<string> {
    const rows: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, locale, time_zone, department)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [workspace.id, fields.externalId, fields.email, fields.firstName, fields.lastName ?? 'Doe', fields.locale ?? 'en', fields.timeZone ?? 'Europe/Paris', fields.department ?? null],
    );
    return rows[0].id;
  }

  describe('validation at save time (422 TEMPLATE.INVALID or TEMPLATE.UNSAFE_LINK, with path and line)', () => {
    it.each([
      ['bad MJML: an unknown element', { ...EN, body: '<mj-section>\n<mj-column>\n<mj-txt>Hi</mj-txt>\n</mj-column>\n</mj-section>' }, 'variants.en.body', "line 3: Element mj-txt doesn't exist or is not registered"],
      ['bad MJML: an invalid attribute value', { ...EN, body: '<mj-section>\n<mj-column>\n<mj-text color="blurple">Hi</mj-text>\n</mj-column>\n</mj-section>' }, 'variants.en.body', 'line 3: Attribute color has invalid value: blurple for type Color'],
      ['bad MJML: an unclosed element', { ...EN, body: '<mj-section>\n<mj-column>\n<mj-text>Hi</mj-text>\n</mj-section>' }, 'variants.en.body', 'line 4: </mj-section> closes <mj-column> opened on line 2'],
      ['an unknown variable', { ...EN, body: body('Hello\n{{learner.fristName}}') }, 'variants.en.body', 'line 4: unknown variable "learner.fristName" (did you mean "learner.firstName"?)'],
      ['an unknown variable in the subject', { ...EN, subject: 'Hi {{learner.nickname}}' }, 'variants.en.subject', 'line 1: unknown variable "learner.nickname"'],
      ['an unknown helper', { ...EN, body: body('{{uppercase learner.firstName}}') }, 'variants.en.body', 'line 3: unknown helper "uppercase"'],
      ['an unclosed Handlebars block', { ...EN, body: body('{{#if learner.site}}\nHi') }, 'variants.en.body', 'the {{#if}} opened on line 3 is never closed'],
      ['a Handlebars syntax error', { ...EN, body: body('{{learner.site') }, 'variants.en.body', 'syntax error'],
      ['a javascript: link', { ...EN, body: '<mj-section>\n<mj-column>\n<mj-text><a href="JavaScript:alert(document.cookie)">x</a></mj-text>\n</mj-column>\n</mj-section>' }, 'variants.en.body', 'line 3: link "JavaScript:alert(document.cookie)" uses the "javascript:" scheme'],
      ['an entity-encoded javascript: link', { ...EN, body: '<mj-section><mj-column>\n<mj-button href="&#x6A;ava&#x09;script:alert(1)">x</mj-button>\n</mj-column></mj-section>' }, 'variants.en.body', 'line 2: link'],
      ['mj-include', { ...EN, body: '<mj-include path="/etc/passwd" />' }, 'variants.en.body', 'mj-include is not allowed'],
    ])('refuses %s', async (_, variant, path, message) => {
      const res = await post('/v1/templates', emailTemplate({ en: variant })).expect(422);
      expect(res.body.error.code).toBe(message.includes('link') ? 'TEMPLATE.UNSAFE_LINK' : 'TEMPLATE.INVALID');
      expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.stringContaining(message) })]));
    });

    it('refuses learner data in a network post', async () => {
      const res = await post('/v1/templates', { name: 'Post', channel: 'post', purpose: 'session_announcement', phase: 'before', variants: { en: { title: 'Hi {{learner.firstName}}', body: 'x' } } }).expect(422);
      expect(res.body.error.details).toEqual([
        { path: 'variants.en.title', message: 'line 1: unknown variable "learner.firstName"', code: 'SOURCE.UNKNOWN_VARIABLE', params: { name: 'learner.firstName', line: 1 } },
      ]);
    });

    it('answers 400 naming the field for a malformed request', async () => {
      const res = await post('/v1/templates', { name: '', channel: 'fax', phase: 'before', purpose: 'invitation', variants: {} }).expect(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['name', 'channel']));
    });
  });

  describe('versions', () => {
    let templateId: string;

    beforeAll(async () => {
      const res = await post('/v1/templates', emailTemplate({ en: EN, fr: FR })).expect(201);
      templateId = res.body.id;
      expect(res.body).toMatchObject({ latestVersion: 1, locales: ['en', 'fr'], versions: [{ version: 1 }] });
      expect(res.body.latest.variables).toEqual(['learner.firstName', 'links.enrol', 'session.startsAt']);
    });

    it('adds version n+1 with the whole content and leaves earlier versions unchanged', async () => {
      const v2 = await post(`/v1/templates/${templateId}/versions`, { variants: { en: { ...EN, subject: 'Second {{learner.firstName}}' } } }).expect(201);
      expect(v2.body).toMatchObject({ version: 2, locales: ['en'] });

      const v1 = await get(`/v1/templates/${templateId}/versions/1`).expect(200);
      expect(v1.body.variants.en.subject).toBe('Hello {{learner.firstName}}');
      expect(v1.body.variants.fr.subject).toBe('Bonjour {{learner.firstName}}');

      const detail = await get(`/v1/templates/${templateId}`).expect(200);
      expect(detail.body.latestVersion).toBe(2);
      expect(detail.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      expect(detail.body.latest.variants.en.subject).toBe('Second {{learner.firstName}}');
    });

    it('refuses an invalid new version and keeps the latest one', async () => {
      await post(`/v1/templates/${templateId}/versions`, { variants: { en: { ...EN, body: body('{{oops}}') } } }).expect(422);
      const detail = await get(`/v1/templates/${templateId}`).expect(200);
      expect(detail.body.versions).toHaveLength(2);
    });

    it('keeps versions immutable in the database itself', async () => {
      await expect(t.dataSource.query(`UPDATE template_versions SET variants = '{}'::jsonb WHERE template_id = $1`, [templateId])).rejects.toThrow(/immutable/);
    });

    it('previews an older version pinned by number', async () => {
      const res = await post(`/v1/templates/${templateId}/preview`, { version: 1, locale: 'fr' }).expect(200);
      expect(res.body).toMatchObject({ version: 1, locale: 'fr', subject: 'Bonjour Camille' });
      await post(`/v1/templates/${templateId}/preview`, { version: 9 }).expect(404);
    });

    it('numbers concurrent saves one after the other', async () => {
      const saves = await Promise.all([1, 2, 3].map(() => post(`/v1/templates/${templateId}/versions`, { variants: { en: EN } })));
      expect(saves.map((r) => r.status)).toEqual([201, 201, 201]);
      expect(saves.map((r) => r.body.version).sort()).toEqual([3, 4, 5]);
    });
  });

  describe('preview', () => {
    let templateId: string;

    beforeAll(async () => {
      templateId = (await post('/v1/templates', emailTemplate({ en: EN, fr: FR }, 'Preview me')).expect(201)).body.id;
    });

    it('falls back from the learner locale to the workspace default, then to any locale', async () => {
      const german = await insertLearner(acme, { externalId: 'de-1', email: 'hans@acme.example', firstName: 'Hans', locale: 'de' });
      const french = await insertLearner(acme, { externalId: 'fr-1', email: 'lea@acme.example', firstName: 'Léa', locale: 'fr' });
      // Learner in French → fr.
      expect((await post(`/v1/templates/${templateId}/preview`, { learnerId: french }).expect(200)).body).toMatchObject({ locale: 'fr', subject: 'Bonjour Léa' });
      // Learner in German, no de variant → the workspace default (en).
      expect((await post(`/v1/templates/${templateId}/preview`, { learnerId: german }).expect(200)).body).toMatchObject({ locale: 'en', subject: 'Hello Hans' });
      // Only a French variant → any available.
      const frOnly = (await post('/v1/templates', emailTemplate({ fr: FR }, 'French only')).expect(201)).body.id;
      expect((await post(`/v1/templates/${frOnly}/preview`, { learnerId: german }).expect(200)).body).toMatchObject({ locale: 'fr', subject: 'Bonjour Hans' });
    });

    it('escapes hostile learner fields in the HTML and keeps the subject on one line', async () => {
      const hostile = await insertLearner(acme, { externalId: 'evil', email: 'evil@acme.example', firstName: '<script>alert("x")</script>\r\nBcc: a@b.c', department: '"><img src=x onerror=alert(1)>' });
      const res = await post(`/v1/templates/${templateId}/preview`, { learnerId: hostile }).expect(200);
      expect(res.body.html).not.toContain('<script>alert');
      expect(res.body.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(res.body.subject).toBe('Hello <script>alert("x")</script> Bcc: a@b.c');
      expect(res.body.text).toContain('Hello <script>alert("x")</script>');
    });

    it('renders sample data with the date in the learner’s language, and a text part', async () => {
      const res = await post(`/v1/templates/${templateId}/preview`, { locale: 'fr' }).expect(200);
      expect(res.body.subject).toBe('Bonjour Camille');
      expect(res.body.text).toMatch(/rendez-vous (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ à \d{2}:\d{2}/);
      expect(res.body.html).toMatch(/^<!doctype html>/);
    });

    it('renders with a persona: the one given, or the learner’s own', async () => {
      const [{ id: personaId }] = await t.dataSource.query(`INSERT INTO personas (workspace_id, name, tone) VALUES ($1, 'Curious newcomer', 'warm') RETURNING id`, [acme.id]);
      const byPersona = (await post('/v1/templates', emailTemplate({ en: { ...EN, subject: '{{persona.name}} ({{persona.tone}})' } }, 'Persona')).expect(201)).body.id;
      expect((await post(`/v1/templates/${byPersona}/preview`, { personaId }).expect(200)).body.subject).toBe('Curious newcomer (warm)');
      const learner = await insertLearner(acme, { externalId: 'p-1', email: 'newbie@acme.example', firstName: 'Nina' });
      await t.dataSource.query(`UPDATE learners SET persona_id = $1 WHERE id = $2`, [personaId, learner]);
      expect((await post(`/v1/templates/${byPersona}/preview`, { learnerId: learner }).expect(200)).body.subject).toBe('Curious newcomer (warm)');
      await post(`/v1/templates/${byPersona}/preview`, { personaId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    });

    it('renders posts as Slack, Teams and webhook payloads', async () => {
      const created = await post('/v1/templates', {
        name: 'Announcement',
        channel: 'post',
        purpose: 'session_announcement',
        phase: 'before',
        variants: { en: { title: 'New: {{course.title}}', body: 'Join **{{course.title}}** on {{formatDate session.startsAt}}.', callToAction: { label: 'Enrol', url: '{{links.enrol}}' } } },
      }).expect(201);
      const res = await post(`/v1/templates/${created.body.id}/preview`, {}).expect(200);
      expect(res.body.subject).toBeNull();
      expect(res.body.post.slack.blocks.map((b: { type: string }) => b.type)).toEqual(['header', 'section', 'actions']);
      expect(res.body.post.teams.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(res.body.post.webhook).toMatchObject({ title: 'New: Leading hybrid teams', url: expect.stringMatching(/^https:\/\//) });
    });

    it('answers 404 for a learner or a template of another workspace', async () => {
      const stranger = await insertLearner(globex, { externalId: 'g-1', email: 'g@globex.example', firstName: 'Gus' });
      await post(`/v1/templates/${templateId}/preview`, { learnerId: stranger }).expect(404);
      await post(`/v1/templates/${templateId}/preview`, {}, globex.keys.editor).expect(404);
      await get(`/v1/templates/${templateId}`, globex.keys.viewer).expect(404);
    });
  });

  describe('roles', () => {
    it('lets admin, editor and planner write, and viewers only read', async () => {
      await post('/v1/templates', emailTemplate({ en: EN }, 'By viewer'), acme.keys.viewer).expect(403);
      await post('/v1/templates', emailTemplate({ en: EN }, 'By planner'), acme.keys.planner).expect(201);
      const byAdmin = await post('/v1/templates', emailTemplate({ en: EN }, 'By admin'), acme.key).expect(201);
      await post(`/v1/templates/${byAdmin.body.id}/versions`, { variants: { en: EN } }, acme.keys.viewer).expect(403);
      // Previewing is a read: every role may.
      await post(`/v1/templates/${byAdmin.body.id}/preview`, {}, acme.keys.viewer).expect(200);
      const list = await get('/v1/templates?channel=email&limit=2').expect(200);
      expect(list.body.items).toHaveLength(2);
      expect(list.body.nextCursor).toEqual(expect.any(String));
      const next = await get(`/v1/templates?channel=email&limit=2&cursor=${list.body.nextCursor}`).expect(200);
      expect(next.body.items[0].id).not.toBe(list.body.items[0].id);
    });
  });

  describe('test send', () => {
    beforeAll(async () => {
      // Test emails go to the workspace's own domains: its senders' and its members'.
      await post('/v1/brand-kits', { name: 'Acme', senderName: 'Acme Academy', senderEmail: 'academy@acme.example' }, acme.key).expect(201);
    });

    it('sends the rendered email through the worker and SMTP, marked as a test, and says where it went', async () => {
      const templateId = (await post('/v1/templates', emailTemplate({ en: EN, fr: FR }, 'Test send')).expect(201)).body.id;
      const before = sink.received.length;
      const res = await post(`/v1/templates/${templateId}/test-send`, { to: ['dlm@acme.example', 'Comms@Acme.example'], locale: 'fr' }, acme.keys.planner).expect(200);
      expect(res.body).toMatchObject({
        status: 'done',
        transport: 'smtp',
        destination: `127.0.0.1:${new URL(sink.url).port}`,
        version: 1,
        locale: 'fr',
        recipients: [
          { to: 'dlm@acme.example', status: 'sent', messageId: expect.any(String) },
          { to: 'comms@acme.example', status: 'sent', messageId: expect.any(String) },
        ],
      });

      await sink.waitFor(before + 2);
      const [mail] = sink.to('dlm@acme.example');
      expect(mail.parsed.subject).toBe('[TEST] Bonjour Camille');
      expect(mail.parsed.headers.get('x-clarion-test')).toBe('1');
      expect(mail.parsed.messageId).toBe(res.body.recipients[0].messageId);
      expect(mail.parsed.html).toContain('Bonjour Camille');
      expect(mail.parsed.text).toContain('Bonjour Camille, rendez-vous');
      expect(mail.parsed.text).toContain('Se désinscrire');
      expect(mail.parsed.from?.value[0]).toMatchObject({ name: 'Acme Academy', address: 'academy@acme.example' });
      expect((await get(`/v1/test-sends/${res.body.id}`).expect(200)).body).toEqual(res.body);
      await get(`/v1/test-sends/${res.body.id}`, globex.keys.viewer).expect(404);
    });

    it('sends nothing to a suppressed address, and refuses addresses outside the workspace’s domains', async () => {
      const templateId = (await post('/v1/templates', emailTemplate({ en: EN }, 'Test send 3')).expect(201)).body.id;
      await t.dataSource.query(`INSERT INTO suppressions (workspace_id, email, reason) VALUES ($1, 'bounced@acme.example', 'hard_bounce')`, [acme.id]);
      const before = sink.received.length;
      const res = await post(`/v1/templates/${templateId}/test-send`, { to: ['bounced@acme.example'] }).expect(200);
      expect(res.body).toMatchObject({ status: 'done', transport: null, recipients: [{ to: 'bounced@acme.example', status: 'suppressed' }] });
      expect(sink.received.length).toBe(before);

      const outside = await post(`/v1/templates/${templateId}/test-send`, { to: ['dlm@acme.example', 'someone@gmail.example'] }).expect(422);
      expect(outside.body.error).toMatchObject({
        code: 'TEMPLATE.RECIPIENT_OUTSIDE',
        message: "Test emails go to the workspace's own domains (acme.example)",
        details: [{ path: 'to[1]', message: '"someone@gmail.example" is not an address of the workspace\'s domains' }],
      });
      // An API key has no address of its own: say where.
      expect((await post(`/v1/templates/${templateId}/test-send`, {}).expect(400)).body.error.details).toEqual([expect.objectContaining({ path: 'to' })]);
    });

    it('refuses a viewer, a bad address and a post', async () => {
      const templateId = (await post('/v1/templates', emailTemplate({ en: EN }, 'Test send 2')).expect(201)).body.id;
      await post(`/v1/templates/${templateId}/test-send`, { to: ['dlm@acme.example'] }, acme.keys.viewer).expect(403);
      const bad = await post(`/v1/templates/${templateId}/test-send`, { to: ['not-an-address'] }).expect(400);
      expect(bad.body.error.details[0].path).toMatch(/^to/);
      const postTemplate = await post('/v1/templates', { name: 'A post', channel: 'post', purpose: 'other', phase: 'after', variants: { en: { title: 'Well done', body: 'Bravo!' } } }).expect(201);
      const refused = await post(`/v1/templates/${postTemplate.body.id}/test-send`, { to: ['dlm@acme.example'] }).expect(422);
      expect(refused.body.error.code).toBe('TEMPLATE.NOT_AN_EMAIL');
    });
  });

  describe('starter library', () => {
    it('installs every starter once; installing again adds nothing', async () => {
      const first = await post('/v1/templates/install-starters', {}, globex.keys.editor).expect(201);
      expect(first.body.installed).toEqual(expect.arrayContaining(['invitation', 'ambassador-talking-points', 'post-session-announcement']));
      expect(first.body.installed.length).toBeGreaterThanOrEqual(14);
      const again = await post('/v1/templates/install-starters', {}, globex.keys.editor).expect(201);
      expect(again.body).toEqual({ installed: [], skipped: first.body.installed });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM templates WHERE workspace_id = $1`, [globex.id]);
      expect(count).toBe(first.body.installed.length);
    });

    it('previews installed talking points and posts', async () => {
      const list = await get('/v1/templates?limit=50', globex.keys.viewer).expect(200);
      const points = list.body.items.find((i: { starterKey: string }) => i.starterKey === 'ambassador-talking-points');
      const res = await post(`/v1/templates/${points.id}/preview`, { locale: 'fr' }, globex.keys.editor).expect(200);
      expect(res.body.subject).toBe('Karim, votre kit pour parler de Manager à l’ère hybride');
      expect(res.body.text).toContain('Messages clés');
      expect(res.body.text).toContain('https://learning.example.com/s/kb42');
    });
  });
});
