import { SmtpSink } from './support/smtp-sink';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const section = (inner: string) => `<mj-section>\n<mj-column>\n<mj-text>Hello {{learner.firstName}}</mj-text>\n${inner}\n</mj-column>\n</mj-section>`;
const email = (body: string) => ({ subject: 'Hi {{learner.firstName}}', preheader: 'A seat for you', body });
const template = (body: string, name = 'Invitation') => ({ name, channel: 'email', purpose: 'invitation', phase: 'before', variants: { en: email(body) } });

describe('Nothing a user sends can slip into an email', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let acme: TestWorkspace;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ SMTP_URL: sink.url });
    acme = await t.createWorkspace('Acme Learning');
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const post = (path: string, payload: object, key = acme.keys.editor) => t.http().post(path).set(...bearer(key)).send(payload);

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
      const res = await post(`/v1/templates/${templateId}/test-send`, { to }).expect(400);
      expect(res.body.error.details).toEqual([{ path: 'to', message: expect.stringContaining(to) }]);
      expect(sink.received.length).toBe(before);
    });

    it.each([
      [550, 'Mailbox unavailable'],
      [450, 'Try again later'],
    ])('answers 422 naming the address when the mail server refuses it (%i)', async (code, reply) => {
      const to = `refused-${code}@acme.example`;
      sink.failRecipient(to, code, reply);
      const res = await post(`/v1/templates/${templateId}/test-send`, { to }).expect(422);
      expect(res.body.error.code).toBe('TEMPLATE.RECIPIENT_REFUSED');
      expect(res.body.error.details).toEqual([{ path: 'to', message: expect.stringContaining(to) }]);
      expect(res.body.error.details[0].message).toContain(String(code));
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
