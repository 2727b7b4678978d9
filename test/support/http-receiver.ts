import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the receiver saw it. */
export interface ReceivedRequest {
  method: string;
  /** Path and query string, e.g. `/slack?x=1`. */
  path: string;
  /** Header names in lower case. */
  headers: IncomingHttpHeaders;
  /** The body exactly as received: verify signatures over this. */
  rawBody: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  receivedAt: number;
}

/** How to answer one request. */
export interface ProgrammedAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Wait this long before answering (to force a client timeout). */
  delayMs?: number;
}

const OK: ProgrammedAnswer = { status: 200, body: 'ok' };
const POLL_MS = 10;

/**
 * A real HTTP server on a random local port that records every request and answers from a
 * programmable sequence: `respond([{status: 429, headers: {'Retry-After': '1'}}, {status: 429, …}])`
 * answers the next two requests with 429, then falls back to the default (200 `ok`). Sequences can
 * be set for one path only. `waitFor(n)` polls until n requests arrived.
 *
 * ```ts
 * const receiver = await HttpReceiver.start();
 * receiver.respond([{ status: 500 }], '/teams');
 * // … create a channel on receiver.url('/teams'), run the worker …
 * const [request] = await receiver.waitFor(1);
 * ```
 */
export class HttpReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly queues = new Map<string, ProgrammedAnswer[]>();
  private fallback: ProgrammedAnswer = OK;
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<HttpReceiver> {
    const server = createServer();
    const receiver = new HttpReceiver(server);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        receiver.requests.push({ method: req.method ?? '', path, headers: req.headers, rawBody, json: parseJson(rawBody), receivedAt: Date.now() });
        receiver.answer(res, receiver.nextAnswer(path));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** A URL on this receiver, e.g. `http://127.0.0.1:4321/hook`. Use `host: 'localhost'` to go through DNS. */
  url(path = '/hook', host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  /** Answers the next requests (on `path`, or on any path) in order, then falls back to the default. */
  respond(answers: ProgrammedAnswer[], path = '*'): this {
    this.queues.set(path, [...(this.queues.get(path) ?? []), ...answers]);
    return this;
  }

  /** The answer once the programmed ones are used up (initially 200 `ok`). */
  respondByDefault(answer: ProgrammedAnswer): this {
    this.fallback = answer;
    return this;
  }

  /** Requests received on a path (without the query string). */
  requestsTo(path: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.path.split('?')[0] === path);
  }

  /** Polls until at least `count` requests (on `path` if given) arrived; returns them. */
  async waitFor(count: number, options: { path?: string; timeoutMs?: number } = {}): Promise<ReceivedRequest[]> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    const seen = () => (options.path ? this.requestsTo(options.path) : this.requests);
    while (seen().length < count) {
      if (Date.now() > deadline) throw new Error(`HttpReceiver: expected ${count} request(s), got ${seen().length}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return seen();
  }

  /** Forgets the requests, the programmed answers and the default. */
  reset(): void {
    this.requests.length = 0;
    this.queues.clear();
    this.fallback = OK;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private nextAnswer(path: string): ProgrammedAnswer {
    for (const key of [path.split('?')[0], '*']) {
      const queue = this.queues.get(key);
      if (queue?.length) return queue.shift()!;
    }
    return this.fallback;
  }

  private answer(res: ServerResponse, answer: ProgrammedAnswer): void {
    const send = () => {
      if (res.destroyed) return;
      const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      const type = typeof answer.body === 'string' || answer.body === undefined ? 'text/plain' : 'application/json';
      res.writeHead(answer.status ?? 200, { 'Content-Type': type, ...answer.headers });
      res.end(body);
    };
    if (!answer.delayMs) return send();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      send();
    }, answer.delayMs);
    this.timers.add(timer);
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
