import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

/** One message the sink accepted, parsed, with its SMTP envelope. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  parsed: ParsedMail;
  raw: Buffer;
  /** When the message's data had fully arrived (ms since the epoch, this process's clock). */
  receivedAt: number;
}

/**
 * A real SMTP server on a random local port for tests: accepts everything (no auth, no TLS),
 * parses each message with mailparser, and can answer chosen recipients with an SMTP error code.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private readonly failures = new Map<string, { code: number; message: string }>();
  private latencyMs = 0;
  /** SMTP connections opened to the sink so far. */
  connections = 0;
  /** Recipients whose answer is being held back by the latency set with `setLatency`. */
  held = 0;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 25 * 1024 * 1024,
      onConnect(_session: SMTPServerSession, callback: (err?: Error | null) => void) {
        if (sink) sink.connections++;
        callback();
      },
      onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
        const answer = () => {
          const failure = sink?.failures.get(address.address.toLowerCase());
          if (!failure) return callback();
          const error = new Error(failure.message) as Error & { responseCode: number };
          error.responseCode = failure.code;
          callback(error);
        };
        if (sink?.latencyMs) {
          sink.held++;
          setTimeout(() => {
            sink!.held--;
            answer();
          }, sink.latencyMs);
        } else answer();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const receivedAt = Date.now();
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then((parsed) => {
              sink?.received.push({
                envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
                parsed,
                raw,
                receivedAt,
              });
              callback();
            })
            .catch(callback);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    // A client that vanishes mid-session (a worker killed on purpose) resets its socket: not a failure.
    server.on('error', (error: Error & { code?: string }) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
    });
    const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
    sink = new SmtpSink(server, address.port);
    return sink;
  }

  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Answers RCPT TO for this address with an SMTP error (e.g. 421 transient, 550 permanent). */
  failRecipient(address: string, code: number, message = code >= 500 ? 'Mailbox unavailable' : 'Try again later'): void {
    this.failures.set(address.toLowerCase(), { code, message });
  }

  clearFailures(): void {
    this.failures.clear();
  }

  /** Answers every RCPT TO only after this delay, like a distant or busy relay (0: at once). */
  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** Messages sent to one address. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.envelope.to.some((to) => to.toLowerCase() === address.toLowerCase()));
  }

  /** Messages per recipient, for the recipients whose address starts with `prefix`. */
  byRecipient(prefix = ''): Map<string, ReceivedMail[]> {
    const by = new Map<string, ReceivedMail[]>();
    for (const mail of this.received) {
      const to = mail.envelope.to[0]?.toLowerCase() ?? '';
      if (to.startsWith(prefix.toLowerCase())) by.set(to, [...(by.get(to) ?? []), mail]);
    }
    return by;
  }

  /** Polls until at least `count` messages have arrived (no fixed sleep); throws after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`SMTP sink: expected ${count} message(s), got ${this.received.length} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.received;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
