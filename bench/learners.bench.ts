// npm run bench:learners — 1,000,000 learners loaded with COPY, then through the HTTP API:
// (a) a 3-condition segment count with a jsonb attribute, (b) a 100,000-row CSV import,
// (c) persona assignment over the million. Figures go to bench/results/learners.json.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { configureApi } from '../src/app.setup';
import { AppConfig } from '../src/config/app-config';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service';
import { BENCH_DEPARTMENTS as DEPARTMENTS, copyLearners, freshBenchDatabase, log, percentile, timed, writeResults } from './bench-support';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 1_000_000);
const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 100_000);

async function main(): Promise<void> {
  const config = await freshBenchDatabase('clarion_bench_learners');
  process.env.DATABASE_URL = config.databaseUrl;
  process.env.LOG_LEVEL = 'warn';
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: ['error', 'warn'] });
  configureApi(app);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const { workspace, key } = await app.get(WorkspacesService).createWorkspace({ name: 'Bench Learning', templateApproval: false });
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${base.replace('[::1]', '127.0.0.1')}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    });

  log(`Loading ${LEARNERS.toLocaleString('en')} learners with COPY…`);
  const [, copyMs] = await timed(() => copyLearners(app.get(AppConfig).databaseUrl, workspace.id, LEARNERS));
  log(`  ${copyMs} ms`);

  const rule = {
    all: [
      { field: 'department', op: 'in', value: ['Sales', 'Marketing'] },
      { field: 'country', op: 'eq', value: 'FR' },
      { field: 'attributes.level', op: 'gte', value: 3 },
    ],
  };
  const counts: number[] = [];
  let matched = 0;
  for (let i = 0; i < 7; i++) {
    const [res, ms] = await timed(async () => (await api('/v1/segments/preview', { method: 'POST', body: JSON.stringify({ rule }) })).json());
    matched = (res as { count: number }).count;
    counts.push(ms);
  }
  const segmentCountMs = percentile(counts.slice(1), 50);
  log(`(a) segment count (3 conditions, one jsonb): ${matched.toLocaleString('en')} learners, median ${segmentCountMs} ms (runs: ${counts.join(', ')})`);

  const csv = csvOf(CSV_ROWS);
  const [importRes, csvImport100kMs] = await timed(async () =>
    (await api('/v1/learners/import', { method: 'POST', body: csv, headers: { 'Content-Type': 'text/csv' } })).json(),
  );
  log(`(b) CSV import of ${CSV_ROWS.toLocaleString('en')} rows through the API: ${csvImport100kMs} ms → ${JSON.stringify({ ...(importRes as object), errors: undefined })}`);

  const persona = await (
    await api('/v1/personas', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Curious achiever',
        preferredChannels: ['email'],
        assignmentRule: { any: [{ field: 'department', op: 'in', value: DEPARTMENTS }, { field: 'attributes.level', op: 'exists' }] },
      }),
    })
  ).json();
  const [assigned, personaAssign1mMs] = await timed(async () => (await api(`/v1/personas/${(persona as { id: string }).id}/assign`, { method: 'POST' })).json());
  log(`(c) persona assignment: ${JSON.stringify(assigned)} in ${personaAssign1mMs} ms`);

  writeResults('learners', {
    learners: LEARNERS,
    copyLoadMs: copyMs,
    segmentCountMs,
    segmentCountRunsMs: counts,
    segmentMatched: matched,
    csvImport100kMs,
    csvRows: CSV_ROWS,
    personaAssign1mMs,
    targets: { segmentCountMs: 1000, csvImport100kMs: 20000, personaAssign1mMs: 10000 },
  });
  await app.close();
}

/** Half the rows update existing learners, half are new. */
function csvOf(n: number): string {
  const lines = ['external_id,email,first_name,last_name,department,site,country,time_zone,locale,level'];
  for (let i = 0; i < n; i++) {
    const id = i % 2 === 0 ? `E${i}` : `N${i}-${randomUUID().slice(0, 8)}`;
    const email = i % 2 === 0 ? `learner${i}@bench.example.com` : `new${i}@bench.example.com`;
    lines.push(`${id},${email},"Prénom ${i}","Nom, ${i}",Sales,Site ${i % 40},FR,Europe/Paris,fr-FR,${i % 6}`);
  }
  return `${lines.join('\n')}\n`;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
