import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { rawRequest } from './raw-http';
import { testQueue } from './test-env';
import { waitUntil } from './test-worker';

const ROOT = join(__dirname, '..', '..');

/**
 * The API in its own process (`src/main.ts` from the same sources) on a real port, so a test can see
 * it die, send it SIGTERM, and talk to it over raw sockets.
 */
export class ApiProcess {
  private stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-20_000)));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts the API with `env` (on top of PATH) and waits until `/health` answers 200. */
  static async start(env: Record<string, string>): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--swc', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', CLARION_QUEUE: testQueue(), ...env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const api = new ApiProcess(child, port);
    try {
      await waitUntil(
        'the API process to answer /health',
        async () => {
          api.assertAlive();
          return (await rawRequest(api.port, { path: '/health' })).status === 200;
        },
        60_000,
      );
    } catch (error) {
      await api.stop();
      throw error;
    }
    return api;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Throws with the process's last words when it has exited. */
  assertAlive(): void {
    if (!this.alive) throw new Error(`the API process exited (${this.child.exitCode ?? this.child.signalCode}): ${this.stderr}`);
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
