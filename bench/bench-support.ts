import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '../src/config/app-config';
import { quoteIdent } from '../src/infrastructure/database/ensure-database';
import { migrate } from '../src/infrastructure/database/migrator';

/** A fresh, migrated database for one benchmark run (dropped and recreated each time). */
export async function freshBenchDatabase(name: string, extraEnv: Record<string, string> = {}): Promise<AppConfig> {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = '/postgres';
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  await admin.end();
  base.pathname = `/${name}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: base.toString(),
    QUEUE_PREFIX: `clarion-bench-${name}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'development',
    LOG_PRETTY: 'false',
    ...extraEnv,
  });
  await migrate(config);
  return config;
}

export function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Times an async call in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, Math.round((performance.now() - started) * 10) / 10];
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Writes bench/results/<name>.json with the figures and the machine they were measured on. */
export function writeResults(name: string, figures: Record<string, unknown>): void {
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const body = { ...figures, measuredAt: new Date().toISOString(), node: process.version, cpus: require('node:os').cpus().length };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(body, null, 2)}\n`);
  log(`Wrote bench/results/${name}.json`);
}
