// npm run bench:demo — time from `npm run demo` to the first email in the outbox on a machine with only
// Node.js (dependencies installed): DATABASE_URL and REDIS_URL point at closed ports, so the demo
// starts the embedded PostgreSQL (in a fresh folder: initdb included) and runs the queue on it. Then a
// second run on the same folder (the server's data already there). Figures go to bench/results/demo.json,
// and demoFirstEmailMs also into bench/results/delivery.json.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log, mergeResults, writeResults } from './bench-support';

const ROOT = join(__dirname, '..');

async function runDemo(dir: string): Promise<{ firstEmailMs: number; totalMs: number; emails: number }> {
  const outbox = join(dir, 'outbox');
  rmSync(outbox, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'demo'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/clarion',
      REDIS_URL: 'redis://127.0.0.1:1',
      CLARION_EMBEDDED_DIR: join(dir, 'embedded'),
      OUTBOX_DIR: outbox,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let firstEmailMs = 0;
  while (child.exitCode === null && !firstEmailMs) {
    if (existsSync(outbox) && readdirSync(outbox).some((f) => f.endsWith('.eml'))) firstEmailMs = Math.round(performance.now() - started);
    else await new Promise((r) => setTimeout(r, 20));
  }
  const code = await exited;
  if (code !== 0 || !firstEmailMs) throw new Error(`the demo failed (exit ${code}):\n${output}`);
  const totalMs = Math.round(performance.now() - started);
  return { firstEmailMs, totalMs, emails: readdirSync(outbox).filter((f) => f.endsWith('.eml')).length };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clarion-bench-demo-'));
  chmodSync(dir, 0o755); // as root, the embedded server's own user must reach its data
  try {
    const cold = await runDemo(dir);
    log(`First run (fresh embedded server): first email after ${cold.firstEmailMs} ms, demo done in ${cold.totalMs} ms, ${cold.emails} emails`);
    const warm = await runDemo(dir);
    log(`Second run (server data already there): first email after ${warm.firstEmailMs} ms, demo done in ${warm.totalMs} ms`);
    writeResults('demo', {
      demoFirstEmailMs: cold.firstEmailMs,
      demoTotalMs: cold.totalMs,
      demoEmails: cold.emails,
      demoFirstEmailMsSecondRun: warm.firstEmailMs,
      demoTotalMsSecondRun: warm.totalMs,
      targets: { demoFirstEmailMs: 30_000 },
    });
    mergeResults('delivery', { demoFirstEmailMs: cold.firstEmailMs });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
