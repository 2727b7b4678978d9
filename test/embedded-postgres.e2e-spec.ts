import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alive } from '../src/infrastructure/database/embedded-postgres';
import { waitUntil } from './support/test-worker';

const ROOT = join(__dirname, '..');
// Addresses where nothing listens: the machine's PostgreSQL and Redis are ignored, as on a bare machine.
const NOWHERE = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/clarion_bare', REDIS_URL: 'redis://127.0.0.1:1' };

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(script: string, args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--swc', join(ROOT, 'src', script), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

function state(dir: string): { port: number; pid: number; users: number[] } | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'embedded-postgres.json'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * A machine with only Node.js: no PostgreSQL, no Redis answer, so Clarion starts its embedded
 * PostgreSQL (in a folder of this test's own, on a port of its own) and runs the queue on it.
 */
describe('On a machine with neither PostgreSQL nor Redis', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'clarion-bare-'));
    chmodSync(dir, 0o755); // as a project folder is: run as root, PostgreSQL's own user must reach its data
  });
  afterAll(() => {
    // Whatever a failed test left running in this folder is stopped (never another process's server).
    const left = state(join(dir, 'pg'));
    if (left && alive(left.pid)) process.kill(left.pid, 'SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the demo on the embedded PostgreSQL and the PostgreSQL queue, ends with emails in the outbox, and stops the server', async () => {
    const outbox = join(dir, 'outbox');
    const demo = run('cli.ts', ['demo', '--learners', '300'], { ...NOWHERE, CLARION_EMBEDDED_DIR: join(dir, 'pg'), OUTBOX_DIR: outbox, PORT: '3999' });
    const code = await demo.exited;
    expect({ code, output: demo.output() }).toMatchObject({ code: 0 });
    expect(demo.output()).toMatch(/^PostgreSQL: embedded server on 127\.0\.0\.1:\d+ \(started, data in .*\): nothing answers at 127\.0\.0\.1:1 \(DATABASE_URL\)\.$/m);
    expect(demo.output()).toMatch(/^Queue: PostgreSQL, schema bullmq of the database: nothing answers at 127\.0\.0\.1:1 \(Redis\)\.$/m);
    expect(readdirSync(outbox).filter((f) => f.endsWith('.eml')).length).toBeGreaterThan(100);
    // The last user gone, the server is stopped and its state removed.
    expect(state(join(dir, 'pg'))).toBeNull();
    expect(existsSync(join(dir, 'pg', 'pgdata', 'postmaster.pid'))).toBe(false);
    // As root (this CI), PostgreSQL ran as another user, which owns its data.
    if (process.getuid?.() === 0) expect(statSync(join(dir, 'pg', 'pgdata')).uid).not.toBe(0);
  }, 180_000);

  it('shares one server between processes, and recovers the server a SIGKILLed run left behind', async () => {
    const env = { ...NOWHERE, CLARION_EMBEDDED_DIR: join(dir, 'pg'), NODE_ENV: 'test', LOG_LEVEL: 'silent', SCHEDULER_INTERVAL_MS: '60000' };
    const worker = run('worker.ts', [], env);
    try {
      await waitUntil('the worker to start the embedded server', async () => {
        if (worker.child.exitCode !== null) throw new Error(`the worker exited: ${worker.output()}`);
        return /^Queue: PostgreSQL/m.test(worker.output()) && state(join(dir, 'pg'));
      }, 60_000);
      const first = state(join(dir, 'pg'))!;
      expect(worker.output()).toMatch(/embedded server on 127\.0\.0\.1:\d+ \(started/);

      // A second process finds the running server, and leaves it running when it ends.
      const migrate = run('cli.ts', ['migrate'], env);
      expect(await migrate.exited).toBe(0);
      expect(migrate.output()).toMatch(new RegExp(`embedded server on 127\\.0\\.0\\.1:${first.port} \\(already running`));
      expect(alive(first.pid)).toBe(true);

      // Killed outright, the worker cannot stop the server: it stays, orphaned.
      worker.child.kill('SIGKILL');
      await worker.exited;
      expect(alive(first.pid)).toBe(true);

      // The next start finds it, stops it and starts afresh.
      const next = run('cli.ts', ['migrate'], env);
      expect({ code: await next.exited, output: next.output() }).toMatchObject({ code: 0 });
      expect(next.output()).toMatch(/embedded server on 127\.0\.0\.1:\d+ \(started/);
      expect(next.output()).toMatch(/Database is up to date\./);
      expect(alive(first.pid)).toBe(false);
      expect(state(join(dir, 'pg'))).toBeNull();
    } finally {
      if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    }
  }, 180_000);
});
