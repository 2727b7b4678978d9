import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
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

/** The figures last written to bench/results/<name>.json (none: {}). */
export function readResults(name: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(join(__dirname, 'results', `${name}.json`), 'utf8'));
  } catch {
    return {};
  }
}

/** Adds or replaces some figures of bench/results/<name>.json, keeping the others. */
export function mergeResults(name: string, figures: Record<string, unknown>): void {
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ ...readResults(name), ...figures }, null, 2)}\n`);
  log(`Wrote ${Object.keys(figures).join(', ')} into bench/results/${name}.json`);
}

export const BENCH_DEPARTMENTS = ['Sales', 'Marketing', 'Finance', 'Engineering', 'Operations', 'HR', 'Legal', 'Support'];
const BENCH_COUNTRIES: [string, string, string][] = [
  ['FR', 'Europe/Paris', 'fr-FR'],
  ['DE', 'Europe/Berlin', 'de-DE'],
  ['US', 'America/New_York', 'en-US'],
  ['JP', 'Asia/Tokyo', 'ja-JP'],
  ['GB', 'Europe/London', 'en-GB'],
];

/** Loads `n` varied learners into the workspace with COPY (departments, countries, 40 sites, a jsonb level), then ANALYZE. */
export async function copyLearners(databaseUrl: string, workspaceId: string, n: number): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const copy = client.query(
      copyFrom(
        `COPY learners (workspace_id, external_id, email, first_name, last_name, locale, time_zone, department, site, country, hire_date, attributes) FROM STDIN`,
      ),
    );
    await pipeline(Readable.from(learnerRows(workspaceId, n)), copy);
    await client.query('ANALYZE learners');
  } finally {
    await client.end();
  }
}

function* learnerRows(workspaceId: string, n: number): Generator<string> {
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const [country, zone, locale] = BENCH_COUNTRIES[i % BENCH_COUNTRIES.length];
    const department = BENCH_DEPARTMENTS[(i * 7) % BENCH_DEPARTMENTS.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const attributes = JSON.stringify({ level: i % 6, manager: i % 10 === 0 });
    chunk += `${workspaceId}\tE${i}\tlearner${i}@bench.example.com\tFirst${i}\tLast${i}\t${locale}\t${zone}\t${department}\tSite ${i % 40}\t${country}\t2020-01-${day}\t${attributes}\n`;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
