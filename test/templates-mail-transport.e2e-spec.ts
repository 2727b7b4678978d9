import { loadConfig } from '../src/config/app-config';
import { MailTransport } from '../src/infrastructure/mail/mail-transport';
import { SmtpSink } from './support/smtp-sink';

describe('MailTransport over SMTP (pooled, against a real SMTP server)', () => {
  let sink: SmtpSink;
  let transport: MailTransport;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    transport = new MailTransport(loadConfig({ NODE_ENV: 'test', SMTP_URL: sink.url }));
  });
  afterAll(async () => {
    transport.onApplicationShutdown();
    await sink.stop();
  });

  const message = (to: string, messageId?: string) => ({
    from: { name: 'Learning Academy', address: 'learning@acme.example' },
    to,
    subject: `Bienvenue ${to}`,
    html: '<p>Bonjour</p>',
    text: 'Bonjour',
    messageId,
    headers: { 'List-Unsubscribe': '<https://learning.example.com/u/t>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  });

  it('delivers concurrent messages through the pool, keeping a given Message-ID', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => transport.send(message(`learner${i}@acme.example`, i === 0 ? '<step-1.learner-0@acme.example>' : undefined))));
    expect(results.every((r) => r.rejected.length === 0 && r.accepted.length === 1)).toBe(true);
    await sink.waitFor(12);
    const first = sink.to('learner0@acme.example')[0];
    expect(first.parsed.messageId).toBe('<step-1.learner-0@acme.example>');
    expect(first.parsed.subject).toBe('Bienvenue learner0@acme.example');
    // mailparser folds List-* headers into one object: read the raw header lines instead.
    expect(first.parsed.headerLines).toEqual(expect.arrayContaining([{ key: 'list-unsubscribe-post', line: 'List-Unsubscribe-Post: List-Unsubscribe=One-Click' }]));
    expect(first.envelope.from).toBe('learning@acme.example');
  });

  it('keeps its connections open from one message to the next instead of connecting for each', async () => {
    const before = sink.connections;
    for (let i = 0; i < 20; i++) await transport.send(message(`one-by-one${i}@acme.example`));
    await sink.waitFor(32);
    // Before SMTP_URL was parsed into the pool's options, nodemailer dropped them all: 20 connections.
    expect(sink.connections - before).toBeLessThanOrEqual(5);
  });

  it.each([
    [550, 'a permanent refusal'],
    [421, 'a transient refusal'],
  ])('surfaces the SMTP code %i (%s) so the caller can retry or fail', async (code) => {
    sink.failRecipient(`refused-${code}@acme.example`, code);
    await expect(transport.send(message(`refused-${code}@acme.example`))).rejects.toMatchObject({ responseCode: code });
    expect(sink.to(`refused-${code}@acme.example`)).toEqual([]);
  });
});
