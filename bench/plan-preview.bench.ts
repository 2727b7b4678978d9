// npm run bench:plan-preview — the dry run (GET /v1/campaigns/:id/plan) of a 10-step plan over
// 100,000 learners in five zones, with the frequency cap simulated: every learner has promotional
// emails sent this week by an older campaign and pending ones in another scheduled campaign.
// Target: ≤ 1 s. Figures go to bench/results/plan-preview.json.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApi } from '../src/app.setup';
import { DemoClient } from '../src/demo/demo-client';
import { cappedPerStep } from '../src/modules/campaigns/frequency-cap-simulation';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service';
import { freshBenchDatabase, log, percentile, timed, writeResults } from './bench-support';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SENT_PER_LEARNER = 4;
const PENDING_PER_LEARNER = 2;

async function main(): Promise<void> {
  const config = await freshBenchDatabase('clarion_bench_plan_preview', { SCHEDULER_ENABLED: 'false' });
  Object.assign(process.env, { DATABASE_URL: config.databaseUrl, QUEUE_PREFIX: config.queuePrefix, SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'warn', LOG_PRETTY: 'false' });
  const api = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: ['error', 'warn'] });
  configureApi(api);
  await api.listen(0, '127.0.0.1');
  const ds = api.get(DataSource);
  const { workspace, key } = await api.get(WorkspacesService).createWorkspace({ name: 'Bench Plan Preview', templateApproval: false });
  const client = new DemoClient((await api.getUrl()).replace('[::1]', '127.0.0.1'), key);
  await client.patch('/v1/workspace', { frequencyCap: 5, quietHours: { start: '20:00', end: '08:00' } });
  await client.post('/v1/templates/install-starters');
  const [{ id: versionId }] = await ds.query(
    `SELECT v.id FROM templates t JOIN template_versions v ON v.template_id = t.id WHERE t.workspace_id = $1 AND t.starter_key = 'invitation'`,
    [workspace.id],
  );
  const course = await client.post('/v1/courses', { title: 'Data literacy for everyone', modality: 'blended', lmsUrl: 'https://lms.example.com/data-101' });
  const startsAt = DateTime.now().plus({ days: 12 }).startOf('hour');
  const session = await client.post(`/v1/courses/${course.id}/sessions`, { startsAt: startsAt.toISO(), endsAt: startsAt.plus({ days: 2 }).toISO(), timeZone: 'Europe/Paris' });

  log(`Seeding ${LEARNERS.toLocaleString('en')} learners…`);
  const zones = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'Asia/Kolkata'];
  await ds.query(
    `INSERT INTO learners (workspace_id, external_id, email, first_name, locale, time_zone, department)
     SELECT $1, 'B-' || i, 'learner' || i || '@bench.example.com', 'First' || i, 'en', ($3::text[])[1 + i % 5], CASE WHEN i % 2 = 0 THEN 'Sales' ELSE 'Support' END
       FROM generate_series(0, $2 - 1) AS i`,
    [workspace.id, LEARNERS, zones],
  );
  const step = (name: string, offset: string, extra: Record<string, unknown> = {}) => ({
    name,
    phase: 'before',
    anchor: 'session_start',
    offset,
    localTime: '09:00',
    channel: 'email',
    templateVersionId: versionId,
    ...extra,
  });
  const base = { courseId: course.id, sessionId: session.id, senderName: 'Learning', senderEmail: 'learning@bench.example.com', allowLocaleFallback: true };

  // What was sent this week (a completed campaign) and what another scheduled campaign has pending.
  const old = await client.post('/v1/campaigns', { ...base, name: 'Old', steps: Array.from({ length: SENT_PER_LEARNER }, (_, i) => step(`Old ${i}`, `-P${11 - i}D`)) });
  const other = await client.post('/v1/campaigns', { ...base, name: 'Other', steps: Array.from({ length: PENDING_PER_LEARNER }, (_, i) => step(`Other ${i}`, `-P${9 - i}D`)) });
  await ds.query(`UPDATE campaigns SET status = 'completed' WHERE id = $1`, [old.id]);
  await ds.query(`UPDATE campaigns SET status = 'scheduled' WHERE id = $1`, [other.id]);
  log('Seeding deliveries…');
  await ds.query(
    `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, promotional, status, scheduled_at, sent_at)
     SELECT $1, s.campaign_id, s.id, l.id, 'email', $2, true, 'sent', at, at
       FROM campaign_steps s CROSS JOIN learners l
      CROSS JOIN LATERAL (SELECT now() - (s.position + 1) * interval '1 day' - (hashtext(l.id::text) & 1023) * interval '1 minute' AS at) t
      WHERE s.campaign_id = $3 AND l.workspace_id = $1`,
    [workspace.id, versionId, old.id],
  );
  await ds.query(
    `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, promotional, status, scheduled_at)
     SELECT $1, s.campaign_id, s.id, l.id, 'email', $2, true, 'pending', now() + (s.position + 1) * interval '1 day' + (hashtext(l.id::text) & 1023) * interval '1 minute'
       FROM campaign_steps s CROSS JOIN learners l
      WHERE s.campaign_id = $3 AND l.workspace_id = $1`,
    [workspace.id, versionId, other.id],
  );
  // As autovacuum leaves a table that has settled: statistics, and the visibility map index-only scans rely on.
  await ds.query('VACUUM ANALYZE learners, deliveries, campaigns');

  // The plan under review: 10 steps, 8 of them promotional, from 11 days before the session to 1 day after it.
  const segment = await client.post('/v1/segments', { name: 'Sales', rule: { field: 'department', op: 'eq', value: 'Sales' } });
  const plan = await client.post('/v1/campaigns', {
    ...base,
    name: 'Plan',
    steps: [
      step('Teaser', '-P11D'),
      step('Invitation', '-P10D'),
      step('Sponsor word', '-P9D', { localTime: '21:00' }),
      step('Reminder', '-P7D'),
      step('Sales pitch', '-P6D', { segmentId: segment.id }),
      step('Last call', '-P5D', { enrollmentCondition: 'not_enrolled' }),
      step('Practical information', '-P2D', { essential: true }),
      step('Day before', '-P1D', { enrollmentCondition: 'enrolled' }),
      step('Welcome', 'PT0M', { phase: 'during', localTime: '08:30' }),
      step('Feedback survey', 'P3D', { phase: 'after', enrollmentCondition: 'completed' }),
    ],
  });

  const durations: number[] = [];
  let body: PlanBody | null = null;
  for (let run = 0; run < RUNS; run++) {
    const [result, ms] = await timed(() => client.get(`/v1/campaigns/${plan.id}/plan`));
    body = result;
    durations.push(ms);
    log(`run ${run + 1}: ${ms} ms`);
  }
  // Exactness: the same simulation, learner by learner, on the exact instants of their deliveries.
  const expected = await bruteForceCapped(ds, workspace.id, plan.id, body!);
  log(`capped per step, dry run:    ${body!.steps.map((s) => s.wouldSkip.frequencyCap).join(' ')}`);
  log(`capped per step, one by one: ${expected.join(' ')}`);
  const exact = expected.every((n, i) => n === body!.steps[i].wouldSkip.frequencyCap);
  if (!exact) process.exitCode = 1;
  for (const s of body!.steps) log(`  ${s.name.padEnd(22)} audience ${s.audience}  capped ${s.wouldSkip.frequencyCap}  warnings ${s.warnings.length}`);
  const [{ n: deliveries }] = await ds.query(`SELECT count(*)::int AS n FROM deliveries`);
  const figures = {
    learners: LEARNERS,
    steps: body!.steps.length,
    deliveriesInTable: deliveries,
    planMsMedian: percentile(durations, 50),
    planMsMax: Math.max(...durations),
    runs: durations,
    cappedPerStep: body!.steps.map((s) => s.wouldSkip.frequencyCap),
    exactAgainstOneByOne: exact,
  };
  log(`GET /plan median ${figures.planMsMedian} ms, max ${figures.planMsMax} ms (target ≤ 1000 ms)`);
  writeResults('plan-preview', figures);
  await api.close();
}

interface PlanBody {
  frequencyCap: number;
  steps: Array<{
    name: string;
    essential: boolean;
    effectiveMessageKind: 'service' | 'promotional';
    channel: string;
    audience: number;
    capUnknown: boolean;
    zones: Array<{ zone: string; count: number; sendAt: string | null }>;
    wouldSkip: { frequencyCap: number };
    warnings: unknown[];
  }>;
}

/**
 * Every learner of the bench on their own (a group of one, with the exact instants of what they were
 * sent or will be sent), through the same pure simulation: what the grouped, sliced query must match.
 * The bench's audience is every learner; "Sales pitch" narrows to Sales; nobody is enrolled yet.
 */
async function bruteForceCapped(ds: DataSource, workspaceId: string, planId: string, body: PlanBody): Promise<number[]> {
  const rows: Array<{ zone: string; department: string; received: number[] | null }> = await ds.query(
    `SELECT l.time_zone AS zone, l.department, h.received
       FROM learners l
       LEFT JOIN (
         SELECT d.learner_id, array_agg(date_part('epoch', CASE WHEN d.status = 'sent' THEN d.sent_at ELSE d.scheduled_at END) * 1000) AS received
           FROM deliveries d JOIN campaigns c ON c.id = d.campaign_id
          WHERE d.workspace_id = $1 AND d.promotional AND c.id <> $2
            AND (d.status IN ('sent', 'sending', 'queued') OR (d.status = 'pending' AND c.status IN ('scheduled', 'running', 'paused')))
          GROUP BY d.learner_id) h ON h.learner_id = l.id
      WHERE l.workspace_id = $1`,
    [workspaceId, planId],
  );
  const conditionMatchesNobody = new Set(['Day before', 'Feedback survey']);
  const groups = rows.map((r) => ({
    count: 1,
    received: r.received ?? [],
    stepTimes: body.steps.map((s) => {
      if (s.essential || s.effectiveMessageKind === 'service' || s.capUnknown || conditionMatchesNobody.has(s.name) || (s.name === 'Sales pitch' && r.department !== 'Sales')) return null;
      const sendAt = s.zones.find((z) => z.zone === r.zone)?.sendAt;
      return sendAt ? Date.parse(sendAt) : null;
    }),
  }));
  return cappedPerStep(groups, body.steps.length, body.frequencyCap);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
