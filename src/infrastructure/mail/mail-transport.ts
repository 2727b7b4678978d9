import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Envelope as MimeEnvelope } from 'nodemailer/lib/mime-node';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { AppConfig } from '../../config/app-config';
import { assertHeadersSafe } from './mail-headers';
import type { MailAddress, MailMessage, MailSendResult } from './mail-message';

export { MailHeaderError } from './mail-headers';

/**
 * Sends email. With `SMTP_URL`: a pooled SMTP transport. Without: each message is written as an
 * `.eml` file to `OUTBOX_DIR`, so development and demos need no mail server.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;
  private readonly outboxDir: string | null;
  /** The SMTP server as `host:port`, never its credentials. */
  private readonly smtpServer: string;

  constructor(config: AppConfig) {
    this.smtpServer = config.smtpUrl ? smtpServerOf(config.smtpUrl) : '';
    if (config.smtpUrl) {
      this.outboxDir = null;
      this.transporter = nodemailer.createTransport(smtpPoolOptions(config.smtpUrl));
    } else {
      this.outboxDir = config.outboxDir;
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  async send(message: MailMessage): Promise<MailSendResult> {
    assertHeadersSafe(message);
    const messageId = message.messageId ?? `<${randomUUID()}@${domainOf(message.from.address)}>`;
    if (this.outboxDir) {
      const info = (await this.transporter.sendMail(nodemailerMessage(message, messageId))) as { message?: Buffer };
      await mkdir(this.outboxDir, { recursive: true });
      // Only letters, digits, - and _ from the Message-ID: no separator, no dot, no way out of the folder.
      const safeId = messageId.replace(/@/g, '_at_').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '').slice(0, 120);
      const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeId}.eml`;
      await writeFile(join(this.outboxDir, file), info.message ?? Buffer.alloc(0), { flag: 'wx' });
      return { messageId, accepted: recipients(message.to), rejected: [], transport: 'outbox', destination: join(this.outboxDir, file) };
    }
    const info = (await this.transporter.sendMail(await composeMime(message, messageId))) as {
      messageId?: string;
      accepted?: Array<string | { address: string }>;
      rejected?: Array<string | { address: string }>;
    };
    return {
      messageId: info.messageId ?? messageId,
      accepted: (info.accepted ?? []).map(addressOf),
      rejected: (info.rejected ?? []).map(addressOf),
      transport: 'smtp',
      destination: this.smtpServer,
    };
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

function smtpServerOf(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? '465' : '587')}`;
}

/**
 * What nodemailer is given for a message. Bodies are quoted-printable: Clarion's emails are Latin
 * text (French, English) and HTML, which QP keeps readable and small; left to choose, nodemailer
 * counts every Latin letter of each body with a global regular expression (an array of one-letter
 * strings as long as the body) — a third of the sending CPU for a 20 KB email.
 */
export function nodemailerMessage(message: MailMessage, messageId: string): nodemailer.SendMailOptions {
  return {
    from: message.from,
    to: message.to,
    replyTo: message.replyTo ?? undefined,
    subject: message.subject,
    html: message.html,
    text: message.text,
    messageId,
    headers: message.headers,
    textEncoding: 'quoted-printable',
    ...(message.calendar ? { icalEvent: { method: message.calendar.method, filename: 'invite.ics', content: message.calendar.content } } : {}),
  };
}

/**
 * The message as the bytes the SMTP server receives, and its envelope. Handed over whole, it goes
 * out in a few socket writes; streamed, nodemailer wrote each encoded line on its own (hundreds of
 * writes and, with Nagle off, as many TCP segments per email): a third of the worker's CPU.
 */
export async function composeMime(message: MailMessage, messageId: string): Promise<{ envelope: MimeEnvelope; raw: Buffer; messageId: string }> {
  const mime = new MailComposer(nodemailerMessage(message, messageId)).compile();
  return { envelope: mime.getEnvelope(), raw: await mime.build(), messageId };
}

const CONNECTION_TIMEOUT_MS = 10_000;

/**
 * The pooled SMTP transport's settings for `SMTP_URL`: the URL's parts (host, port, TLS, user and
 * password, query options), then ours. Given an object with a `url`, nodemailer reads that URL alone
 * and drops every other option — pooling, timeouts, the socket — so the URL is parsed here instead.
 * Without the pool, every message opened its own connection (a TLS handshake and a login each).
 */
export function smtpPoolOptions(smtpUrl: string): nodemailer.TransportOptions {
  return {
    ...parseConnectionUrl(smtpUrl),
    pool: true,
    maxConnections: 5,
    maxMessages: 100,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    getSocket: noDelaySocket,
  } as nodemailer.TransportOptions;
}

/**
 * Opens the SMTP connection with Nagle's algorithm off. SMTP is a conversation of short commands
 * and replies; with Nagle on, each one can wait for a delayed acknowledgement (~40 ms on Linux), so a
 * message sent on its own took ~50 ms on loopback instead of ~10. nodemailer upgrades the socket to
 * TLS itself (smtps:// at once, STARTTLS when offered).
 */
function noDelaySocket(options: { host?: string; port?: number | string; secure?: boolean }, callback: (error: Error | null, socket?: { connection: Socket }) => void): void {
  let settled = false;
  const settle = (error: Error | null, socket?: { connection: Socket }) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    callback(error, socket);
  };
  const socket = connect({ host: options.host ?? 'localhost', port: Number(options.port) || (options.secure ? 465 : 587), noDelay: true });
  const timer = setTimeout(() => {
    socket.destroy();
    settle(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' }));
  }, CONNECTION_TIMEOUT_MS);
  socket.once('connect', () => settle(null, { connection: socket }));
  socket.once('error', (error) => settle(error));
}

/**
 * The mail server's reply when it refused the recipient (RCPT TO), such as "550 5.1.1 No such
 * user"; null for any other failure (connection, timeout, a refused message).
 */
export function recipientRefusal(error: unknown): string | null {
  const e = error as { code?: string; command?: string; response?: string; responseCode?: number } | null;
  if (e?.code !== 'EENVELOPE' || e.command !== 'RCPT TO') return null;
  return (e.response ?? '').split('\n')[0].trim() || `${e.responseCode ?? 'refused'}`;
}

function recipients(to: string | MailAddress): string[] {
  return [typeof to === 'string' ? to : to.address];
}

function addressOf(entry: string | { address: string }): string {
  return typeof entry === 'string' ? entry : entry.address;
}

function domainOf(address: string): string {
  return /@([A-Za-z0-9.-]+)$/.exec(address)?.[1] ?? 'clarion.local';
}
