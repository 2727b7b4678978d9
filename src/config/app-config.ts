import { isIP } from 'node:net';

export type NodeEnv = 'development' | 'test' | 'production';
/** Kinds of heavy request, each bounded per workspace (see `@HeavyWork`). */
export type HeavyWorkKind = 'import' | 'preview' | 'testSend' | 'report';
export type QueueBackend = 'redis' | 'postgres';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The whole validated configuration. Built once by `loadConfig`; nothing else reads process.env. */
export class AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  /** Base URL learners reach for tracking links and the preference page. */
  publicBaseUrl: string;
  /** Which proxies' `X-Forwarded-For` is believed (Express's `trust proxy`): the sign-in throttle and tracking read the client's address through them. */
  trustProxy: boolean | number | string[];
  databaseUrl: string;
  databasePoolSize: number;
  /** PostgreSQL cancels a statement of the api or the worker running longer than this (0: never). */
  databaseStatementTimeoutMs: number;
  /** PostgreSQL ends a session left idle inside a transaction longer than this (0: never). */
  databaseIdleInTransactionTimeoutMs: number;
  /** Largest CSV upload (learners and enrolments imports). */
  importMaxBytes: number;
  /** Statement timeout inside a CSV import, whose COPY lasts as long as the upload itself. */
  importStatementTimeoutMs: number;
  /** An upload that sends nothing for this long is ended (408) and its import rolled back. */
  uploadIdleTimeoutMs: number;
  /** Heavy requests (imports, previews, test sends, reports) one workspace may run at once in one api process. */
  heavyWorkPerWorkspace: Record<HeavyWorkKind, number>;
  /** Heavy requests all workspaces together may run at once in one api process (a report counts twice). */
  heavyWorkPerProcess: number;
  redisUrl: string;
  /**
   * Where BullMQ keeps its queues: Redis (production) or the `bullmq` schema of the application's
   * PostgreSQL database (a machine without Redis). Chosen by `CLARION_QUEUE`, which the entrypoints
   * set after looking for Redis when it is not given (see `resolveLocalServices`).
   */
  queueBackend: QueueBackend;
  /** Prefix of every BullMQ key; use a hash tag such as `{clarion}` on Redis Cluster. */
  queuePrefix: string;
  logLevel: LogLevel;
  logPretty: boolean;
  /** Secret that signs tracking tokens and encrypts webhook URLs and secrets at rest. */
  appSecret: string;
  /** SMTP relay; when absent, email is written as .eml files to `outboxDir`. */
  smtpUrl: string | null;
  outboxDir: string;
  /** How long a test send request waits for the worker before answering "queued". */
  testSendWaitMs: number;
  /**
   * Sender of account emails (invitations, password resets): `MAIL_FROM` as `Name <address>` or an
   * address; by default `Clarion <no-reply@…>` at PUBLIC_BASE_URL's host.
   */
  mailFrom: { name: string; address: string };
  /** The built web console (`npm run build` puts it in dist/web), served by the api at `/`. */
  consoleDir: string;
  workerConcurrency: number;
  /** Zone of a workspace created without one. */
  defaultTimeZone: string;
  /** How long a claimed delivery may stay queued or sending before the sweeper takes it back. */
  deliveryLeaseSeconds: number;
  /** How often each worker's scheduler looks for due steps and deliveries. */
  schedulerIntervalMs: number;
  /** False for workers that only process send jobs (the scheduler then runs elsewhere). */
  schedulerEnabled: boolean;
  /** Deliveries claimed per dispatch round, and per send job. */
  dispatchBatchSize: number;
  sendBatchSize: number;
  /** Attempts before a delivery that keeps failing transiently is marked failed. */
  deliveryMaxAttempts: number;
  /** First retry delay; doubles at each attempt. */
  retryBaseMs: number;
  /** Deadline of one outgoing webhook request (DNS, connect, answer), in milliseconds. */
  webhookTimeoutMs: number;
  /**
   * Lets network channels reach loopback and private hosts in every workspace (development and
   * tests, e.g. a local receiver). Refused in production: there, allow it per workspace.
   */
  webhookAllowPrivateHosts: boolean;
  /**
   * Key ids of tracking tokens, current first: new tokens are signed with the first, tokens of the
   * others still verify until their id is removed (each key is derived from APP_SECRET and its id).
   */
  trackingKeyIds: string[];
  /** Tracking tokens (open, click, unsubscribe, share) older than this are refused. */
  trackingTokenMaxAgeDays: number;
  /** An open within this many seconds of the send is counted as a machine open (scanner, proxy). */
  machineOpenSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const DEV_SECRET = 'clarion-development-secret-change-me-0123456789';

/**
 * Reads and validates the environment, collecting every problem before failing so that an
 * operator fixes them all in one go.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  // Each parser throws a message; `read` records it and carries on with the default.
  const read = <T>(name: string, fallback: T, parse: (raw: string) => T): T => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    try {
      return parse(raw);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      return fallback;
    }
  };

  const nodeEnv = read<NodeEnv>('NODE_ENV', 'development', (v) => oneOf(v, ['development', 'test', 'production']));

  const config = new AppConfig();
  config.nodeEnv = nodeEnv;
  config.port = read('PORT', 3000, (v) => intIn(v, 1, 65535));
  config.databaseUrl = read('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/clarion', url('postgres:', 'postgresql:'));
  config.redisUrl = read('REDIS_URL', 'redis://127.0.0.1:6379', url('redis:', 'rediss:'));
  config.queueBackend = read<QueueBackend>('CLARION_QUEUE', 'redis', (v) => oneOf(v, ['redis', 'postgres']));
  config.publicBaseUrl = read('PUBLIC_BASE_URL', `http://localhost:${config.port}`, url('http:', 'https:')).replace(/\/+$/, '');
  config.trustProxy = read<boolean | number | string[]>('TRUST_PROXY', ['loopback'], parseTrustProxy);
  config.smtpUrl = read<string | null>('SMTP_URL', null, url('smtp:', 'smtps:'));
  config.mailFrom = read('MAIL_FROM', defaultMailFrom(config.publicBaseUrl), parseMailbox);
  config.databasePoolSize = read('DATABASE_POOL_SIZE', 10, (v) => intIn(v, 1, 200));
  config.databaseStatementTimeoutMs = read('DATABASE_STATEMENT_TIMEOUT_MS', 120_000, (v) => intIn(v, 0, 86_400_000));
  config.databaseIdleInTransactionTimeoutMs = read('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, (v) => intIn(v, 0, 86_400_000));
  config.importMaxBytes = read('IMPORT_MAX_BYTES', 200 * 1024 * 1024, (v) => intIn(v, 1024, 10 * 1024 * 1024 * 1024));
  config.importStatementTimeoutMs = read('IMPORT_STATEMENT_TIMEOUT_MS', 600_000, (v) => intIn(v, 0, 86_400_000));
  config.uploadIdleTimeoutMs = read('UPLOAD_IDLE_TIMEOUT_MS', 30_000, (v) => intIn(v, 100, 3_600_000));
  const perWorkspace = (name: string, fallback: number) => read(name, fallback, (v) => intIn(v, 1, 1_000));
  config.heavyWorkPerWorkspace = {
    import: perWorkspace('HEAVY_IMPORTS_PER_WORKSPACE', 2),
    preview: perWorkspace('HEAVY_PREVIEWS_PER_WORKSPACE', 4),
    testSend: perWorkspace('HEAVY_TEST_SENDS_PER_WORKSPACE', 2),
    report: perWorkspace('HEAVY_REPORTS_PER_WORKSPACE', 2),
  };
  // Room is left in the pool for light requests and /health.
  config.heavyWorkPerProcess = read('HEAVY_WORK_PER_PROCESS', Math.max(1, config.databasePoolSize - 2), (v) => intIn(v, 1, 10_000));
  // Slots never sleep on a rate limit, so more of them hide the database's and the SMTP server's latency (16: 0.83 of raw nodemailer's rate, 8: 0.71).
  config.workerConcurrency = read('WORKER_CONCURRENCY', 16, (v) => intIn(v, 1, 512));
  config.webhookTimeoutMs = read('WEBHOOK_TIMEOUT_MS', 10_000, (v) => intIn(v, 100, 120_000));
  config.webhookAllowPrivateHosts = read('WEBHOOK_ALLOW_PRIVATE_HOSTS', false, parseBool);
  if (config.webhookAllowPrivateHosts && nodeEnv === 'production') {
    problems.push('WEBHOOK_ALLOW_PRIVATE_HOSTS: not allowed in production; allow private hosts per workspace instead');
  }
  config.queuePrefix = env.QUEUE_PREFIX?.trim() || 'clarion';
  if (/\s/.test(config.queuePrefix)) problems.push('QUEUE_PREFIX: must not contain white space');
  config.outboxDir = env.OUTBOX_DIR?.trim() || 'outbox';
  config.testSendWaitMs = read('TEST_SEND_WAIT_MS', 15_000, (v) => intIn(v, 0, 120_000));
  config.consoleDir = env.CONSOLE_DIR?.trim() || 'dist/web';
  config.deliveryLeaseSeconds = read('DELIVERY_LEASE_SECONDS', 60, (v) => intIn(v, 1, 86_400));
  config.schedulerEnabled = read('SCHEDULER_ENABLED', true, parseBool);
  config.schedulerIntervalMs = read('SCHEDULER_INTERVAL_MS', 1_000, (v) => intIn(v, 50, 600_000));
  config.dispatchBatchSize = read('DISPATCH_BATCH_SIZE', 1_000, (v) => intIn(v, 1, 100_000));
  config.sendBatchSize = read('SEND_BATCH_SIZE', 50, (v) => intIn(v, 1, 1_000));
  config.deliveryMaxAttempts = read('DELIVERY_MAX_ATTEMPTS', 8, (v) => intIn(v, 1, 100));
  config.retryBaseMs = read('RETRY_BASE_MS', 30_000, (v) => intIn(v, 10, 3_600_000));
  config.trackingKeyIds = read('TRACKING_KEY_IDS', ['k1'], (v) => {
    const ids = v.split(',').map((id) => id.trim());
    if (ids.some((id) => !/^[a-z0-9]{1,8}$/.test(id))) throw new Error('must be a comma-separated list of short ids such as "k2,k1"');
    return ids;
  });
  config.trackingTokenMaxAgeDays = read('TRACKING_TOKEN_MAX_AGE_DAYS', 365, (v) => intIn(v, 1, 3650));
  config.machineOpenSeconds = read('MACHINE_OPEN_SECONDS', 10, (v) => intIn(v, 0, 3600));
  config.logPretty = read('LOG_PRETTY', nodeEnv === 'development', parseBool);

  config.logLevel = read<LogLevel>('LOG_LEVEL', nodeEnv === 'test' ? 'silent' : 'info', (v) =>
    oneOf(v, ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  );
  // Checked against PostgreSQL's zones once connected (TimeZones), like every stored zone.
  config.defaultTimeZone = env.DEFAULT_TIME_ZONE?.trim() || 'Europe/Paris';

  const secret = env.APP_SECRET?.trim();
  if (!secret) {
    if (nodeEnv === 'production') problems.push('APP_SECRET: required in production (at least 32 characters)');
    config.appSecret = DEV_SECRET;
  } else if (secret.length < 32) {
    problems.push('APP_SECRET: must be at least 32 characters');
    config.appSecret = secret;
  } else {
    config.appSecret = secret;
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function defaultMailFrom(publicBaseUrl: string): { name: string; address: string } {
  const host = new URL(publicBaseUrl).hostname;
  // localhost or an IP address makes no mail domain.
  const domain = host.includes('.') && !/^[\d.]+$/.test(host) && !host.startsWith('[') ? host : 'clarion.local';
  return { name: 'Clarion', address: `no-reply@${domain}` };
}

function parseMailbox(raw: string): { name: string; address: string } {
  const match = /^(?:([^<>\r\n]*?)\s*<([^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>|([^<>\s@]+@[^<>\s@]+\.[^<>\s@]+))$/.exec(raw);
  if (!match) throw new Error('must be an address (no-reply@example.com) or "Name <no-reply@example.com>"');
  return match[3] ? { name: 'Clarion', address: match[3] } : { name: match[1].replace(/^"|"$/g, '').trim() || 'Clarion', address: match[2] };
}

function oneOf<T extends string>(raw: string, allowed: readonly T[]): T {
  if (!allowed.includes(raw as T)) throw new Error(`must be one of ${allowed.join(', ')} (got "${raw}")`);
  return raw as T;
}

function intIn(raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw)) throw new Error(`must be a whole number (got "${raw}")`);
  const n = Number(raw);
  if (n < min || n > max) throw new Error(`must be between ${min} and ${max} (got ${n})`);
  return n;
}

// Express's named ranges, or an address or CIDR block.
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `true`/`false`, a number of hops, or a comma-separated list of `loopback`, `linklocal`, `uniquelocal`, addresses and CIDR blocks. */
function parseTrustProxy(raw: string): boolean | number | string[] {
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  if (/^\d+$/.test(raw)) return intIn(raw, 0, 32);
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_NAMES.has(entry) && (!family || !validBits || extra !== undefined)) {
      throw new Error(`"${entry}" is not loopback, linklocal, uniquelocal, an IP address or a CIDR block (e.g. TRUST_PROXY=loopback,10.0.0.0/8, or a number of hops)`);
    }
  }
  if (!entries.length) throw new Error('must name at least one proxy, a number of hops, or true/false');
  return entries;
}

function parseBool(raw: string): boolean {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`must be true or false (got "${raw}")`);
}

function url(...protocols: string[]): (raw: string) => string {
  return (raw) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new Error('is not a valid URL');
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new Error(`must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    }
    return raw;
  };
}

/**
 * Lets an entry point choose other defaults before the configuration loads (the demo keeps its
 * output readable with LOG_LEVEL=warn); a variable the operator set always wins.
 */
export function setEnvironmentDefaults(defaults: Record<string, string>): void {
  for (const [name, value] of Object.entries(defaults)) {
    if (process.env[name] === undefined) process.env[name] = value;
  }
}
