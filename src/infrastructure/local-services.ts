import { connect } from 'node:net';
import { relative } from 'node:path';
import { acquireEmbeddedPostgres, defaultEmbeddedDir, type EmbeddedPostgres } from './database/embedded-postgres';

type Env = Record<string, string | undefined>;

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/clarion';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface LocalServices {
  /** Where PostgreSQL is: the configured (or default) server, or the embedded one. */
  database: 'configured' | 'embedded';
  queue: 'redis' | 'postgres';
  /** The lines an entrypoint prints at start: which PostgreSQL, which queue. */
  lines: string[];
  embedded: EmbeddedPostgres | null;
}

/**
 * Decides, before the configuration is read, which PostgreSQL and which queue this process uses,
 * and writes the answer into `env` (DATABASE_URL, CLARION_QUEUE) for `loadConfig`:
 *
 * - PostgreSQL: `DATABASE_URL=embedded` asks for the embedded server; with no DATABASE_URL, the
 *   server on 127.0.0.1:5432 if one answers, else the embedded server. A DATABASE_URL is used as
 *   given, except, outside production, one on this machine (localhost) where nothing listens: the
 *   embedded server takes its place (same database name).
 * - Queue: `CLARION_QUEUE=redis|postgres` decides. Otherwise Redis at REDIS_URL (default
 *   127.0.0.1:6379); outside production, when nothing listens there on this machine, the queue runs
 *   on PostgreSQL. In production, Redis unless CLARION_QUEUE=postgres says otherwise.
 *
 * The embedded server is shared with the other Clarion processes of the same folder and left (the
 * last one out stops it) when this process exits.
 */
export async function resolveLocalServices(env: Env = process.env): Promise<LocalServices> {
  const production = env.NODE_ENV?.trim() === 'production';
  const lines: string[] = [];

  const raw = env.DATABASE_URL?.trim();
  let embedded: EmbeddedPostgres | null = null;
  let why: string | null = null;
  if (raw === 'embedded') why = 'DATABASE_URL=embedded';
  else if (!raw) why = (await answers(DEFAULT_DATABASE_URL, 5432)) ? null : 'nothing answers at 127.0.0.1:5432 and DATABASE_URL is not set';
  else if (!production && isLocal(raw) && !(await answers(raw, 5432))) why = `nothing answers at ${where(raw, 5432)} (DATABASE_URL)`;

  if (why) {
    const dir = env.CLARION_EMBEDDED_DIR?.trim() || defaultEmbeddedDir();
    embedded = await acquireEmbeddedPostgres(dir);
    leaveOnExit(embedded);
    env.DATABASE_URL = embedded.url(databaseName(raw));
    const shown = relative(process.cwd(), embedded.dataDir) || embedded.dataDir;
    lines.push(
      `PostgreSQL: embedded server on 127.0.0.1:${embedded.port} (${embedded.started ? 'started' : 'already running'}, data in ${shown.startsWith('..') ? embedded.dataDir : shown}): ${why}.`,
    );
  }

  let queue: 'redis' | 'postgres';
  const chosen = env.CLARION_QUEUE?.trim();
  const redisUrl = env.REDIS_URL?.trim() || DEFAULT_REDIS_URL;
  if (chosen === 'redis' || chosen === 'postgres') {
    queue = chosen;
    lines.push(queue === 'redis' ? `Queue: Redis at ${where(redisUrl, 6379)} (CLARION_QUEUE=redis).` : 'Queue: PostgreSQL, schema bullmq of the database (CLARION_QUEUE=postgres).');
  } else if (chosen) {
    queue = 'redis'; // loadConfig reports the bad value with the others
  } else if (!production && isLocal(redisUrl) && !(await answers(redisUrl, 6379))) {
    queue = 'postgres';
    env.CLARION_QUEUE = queue;
    lines.push(`Queue: PostgreSQL, schema bullmq of the database: nothing answers at ${where(redisUrl, 6379)} (Redis).`);
  } else {
    queue = 'redis';
    env.CLARION_QUEUE = queue;
    lines.push(`Queue: Redis at ${where(redisUrl, 6379)}.`);
  }
  return { database: embedded ? 'embedded' : 'configured', queue, lines, embedded };
}

/** The embedded server is left when the process ends: on exit, and on a signal nobody else handles. */
function leaveOnExit(server: EmbeddedPostgres): void {
  process.once('exit', () => server.release());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      // Nest's shutdown hooks handle the signal first (they drain, close, then raise it again).
      if (process.listenerCount(signal) > 1) return;
      server.release();
      process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]);
    };
    process.on(signal, onSignal);
  }
}

function databaseName(raw: string | undefined): string {
  if (!raw || raw === 'embedded') return 'clarion';
  try {
    return decodeURIComponent(new URL(raw).pathname.replace(/^\//, '')) || 'clarion';
  } catch {
    return 'clarion';
  }
}

function isLocal(raw: string): boolean {
  try {
    const host = new URL(raw).hostname.replace(/^\[|\]$/g, '');
    return ['localhost', '127.0.0.1', '::1'].includes(host);
  } catch {
    return false;
  }
}

function where(raw: string, defaultPort: number): string {
  try {
    const url = new URL(raw);
    return `${url.hostname}:${url.port || defaultPort}`;
  } catch {
    return raw;
  }
}

/** Whether something accepts a TCP connection at the URL's host and port (1 s). */
export async function answers(raw: string, defaultPort: number): Promise<boolean> {
  let host: string;
  let port: number;
  try {
    const url = new URL(raw);
    host = url.hostname.replace(/^\[|\]$/g, '');
    port = Number(url.port || defaultPort);
  } catch {
    return false;
  }
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
