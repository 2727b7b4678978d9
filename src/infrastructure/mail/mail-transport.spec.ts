import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../../config/app-config';
import type { MailMessage } from './mail-message';
import { MailHeaderError } from './mail-headers';
import { MailTransport, recipientRefusal } from './mail-transport';

const message = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  from: { name: 'Learning Academy', address: 'learning@acme.example' },
  to: 'camille@acme.example',
  subject: 'Bienvenue',
  html: '<p>Bonjour</p>',
  text: 'Bonjour',
  headers: { 'X-Clarion-Test': '1' },
  ...overrides,
});

describe('MailTransport without SMTP: the .eml outbox', () => {
  let dir: string;
  let transport: MailTransport;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clarion-outbox-'));
    transport = new MailTransport(loadConfig({ NODE_ENV: 'test', OUTBOX_DIR: dir }));
  });
  afterEach(async () => {
    transport.onApplicationShutdown();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes each message as a parseable .eml file with a safe, unique name', async () => {
    const first = await transport.send(message());
    const second = await transport.send(message({ messageId: '<../../etc/passwd@acme.example>' }));
    expect(first.accepted).toEqual(['camille@acme.example']);
    expect(second.messageId).toBe('<../../etc/passwd@acme.example>');

    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^[\w.@-]+\.eml$/);
    expect(files.some((f) => f.includes('..etc'))).toBe(false);

    const parsed = await simpleParser(await readFile(join(dir, files.find((f) => f.includes(first.messageId.replace(/[<>]/g, '').split('@')[0]))!)));
    expect(parsed.subject).toBe('Bienvenue');
    expect(parsed.text?.trim()).toBe('Bonjour');
    expect(parsed.html).toContain('<p>Bonjour</p>');
    expect(parsed.headers.get('x-clarion-test')).toBe('1');
    expect(parsed.messageId).toBe(first.messageId);
  });

  it.each([
    ['a subject', { subject: 'Hi\r\nBcc: victim@example.com' }, 'Subject'],
    ['a sender name', { from: { name: 'Evil\nBcc: x@example.com', address: 'learning@acme.example' } }, 'From'],
    ['a recipient', { to: 'a@example.com\r\nBcc: x@example.com' }, 'To'],
    ['a reply-to', { replyTo: 'a@example.com\nX: y' }, 'Reply-To'],
    ['a custom header', { headers: { 'X-Campaign': 'a\r\nBcc: x@example.com' } }, 'X-Campaign'],
    ['a header name', { headers: { 'X-Bad\r\nBcc': 'x' } }, 'X-Bad\r\nBcc'],
  ])('refuses CR or LF in %s and writes nothing', async (_, overrides, header) => {
    await expect(transport.send(message(overrides as Partial<MailMessage>))).rejects.toEqual(new MailHeaderError(header));
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });
});

describe('recipientRefusal', () => {
  const refused = (response: string, responseCode: number) => Object.assign(new Error("Can't send mail - all recipients were rejected"), { code: 'EENVELOPE', command: 'RCPT TO', response, responseCode });

  it('gives the SMTP reply when the server refused the recipient', () => {
    expect(recipientRefusal(refused('550 5.1.1 No such user\r\nmore', 550))).toBe('550 5.1.1 No such user');
    expect(recipientRefusal(refused('', 450))).toBe('450');
  });

  it.each([
    ['a refused sender', Object.assign(new Error('x'), { code: 'EENVELOPE', command: 'MAIL FROM', response: '550 no', responseCode: 550 })],
    ['a refused message', Object.assign(new Error('x'), { code: 'EMESSAGE', command: 'DATA', response: '554 spam', responseCode: 554 })],
    ['a connection failure', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' })],
    ['nothing', null],
  ])('is null for %s', (_, error) => {
    expect(recipientRefusal(error)).toBeNull();
  });
});
