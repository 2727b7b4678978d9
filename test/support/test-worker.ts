import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../../src/config/app-config';
import { WorkerModule } from '../../src/worker.module';
import { testQueue } from './test-env';

/** The worker (scheduler + processors) running in this process, on a test's configuration. */
export class TestWorker {
  private constructor(readonly module: TestingModule) {}

  static async start(config: AppConfig): Promise<TestWorker> {
    const module = await Test.createTestingModule({ imports: [WorkerModule] }).overrideProvider(AppConfig).useValue(config).compile();
    module.useLogger(module.get(Logger)); // the configured level (silent unless TEST_LOG_LEVEL says otherwise)
    await module.init();
    return new TestWorker(module);
  }

  async close(): Promise<void> {
    await this.module.close();
  }
}

const ROOT = join(__dirname, '..', '..');

/** A worker in its own process, from the same sources, so a test can SIGKILL it mid-send. */
export function spawnWorkerProcess(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--swc', join(ROOT, 'src', 'worker.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', CLARION_QUEUE: testQueue(), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** Polls `check` until it returns a truthy value (no fixed sleeps); fails with `what` after the timeout. */
export async function waitUntil<T>(what: string, check: () => Promise<T | false | null | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The config overrides an engine test wants: a fast clock, short leases, quick retries. */
export function engineEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    SCHEDULER_INTERVAL_MS: '100',
    DELIVERY_LEASE_SECONDS: '5',
    RETRY_BASE_MS: '200',
    WEBHOOK_ALLOW_PRIVATE_HOSTS: 'true',
    ...extra,
  };
}
