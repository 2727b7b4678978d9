import { Client } from 'pg';
import { log, percentile, timed } from './bench-support';

// A year of communication plans: 50 campaigns a week apart, six steps each around their session
// (-14, -7, -1, 0, +1 and +7 days), each to a cohort of 5,000 learners; neighbouring cohorts
// overlap by 3,000 learners, so steps of consecutive campaigns landing on the same day collide.
// The first half of the year is sent, the rest pending: 1.5 million deliveries.
export const CALENDAR_CAMPAIGNS = 50;
const STEP_OFFSETS_DAYS = [-14, -7, -1, 0, 1, 7];
const COHORT = 5_000;
const COHORT_STRIDE = 2_000;
export const CALENDAR_YEAR = 2027;

/** Campaigns, steps and deliveries written straight to the tables, as the engine would have left them. */
export async function seedCalendarYear(base: string, key: string, databaseUrl: string, workspaceId: string, learners: number): Promise<number> {
  // A template and a course through the api (their rules are the api's); the year's plans straight to the tables.
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const template = await post('/v1/templates', {
    name: 'Bench',
    channel: 'email',
    purpose: 'invitation',
    phase: 'before',
    variants: { en: { subject: 'Hello {{learner.firstName}}', preheader: 'Hi', body: '<mj-section><mj-column><mj-text>Hello</mj-text></mj-column></mj-section>' } },
  });
  const course = await post('/v1/courses', { title: 'Bench course', modality: 'blended', durationMinutes: 180, lmsUrl: 'https://lms.example.com/bench' });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [{ id: versionId }] = (await db.query(`SELECT id FROM template_versions WHERE template_id = $1`, [template.id])).rows;
    const courseId = course.id;
    const { rows: people } = await db.query<{ id: string }>(`SELECT id FROM learners WHERE workspace_id = $1 ORDER BY external_id`, [workspaceId]);
    let total = 0;
    for (let c = 0; c < CALENDAR_CAMPAIGNS; c++) {
      const session = new Date(Date.UTC(CALENDAR_YEAR, 0, 15 + 7 * c, 8));
      const [{ id: sessionId }] = (
        await db.query(
          `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, time_zone) VALUES ($1, $2, $3, $3::timestamptz + interval '3 hours', 'Europe/Paris') RETURNING id`,
          [workspaceId, courseId, session],
        )
      ).rows;
      const [{ id: campaignId }] = (
        await db.query(
          `INSERT INTO campaigns (workspace_id, name, course_id, session_id, status, launched_at) VALUES ($1, $2, $3, $4, 'running', $5) RETURNING id`,
          [workspaceId, `Campaign ${c + 1}`, courseId, sessionId, new Date(session.getTime() - 20 * 86_400_000)],
        )
      ).rows;
      const cohort = Array.from({ length: COHORT }, (_, i) => people[(c * COHORT_STRIDE + i) % learners].id);
      for (const [position, days] of STEP_OFFSETS_DAYS.entries()) {
        const [{ id: stepId }] = (
          await db.query(
            `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", local_time, channel, template_version_id, variants, persona_ids, essential, materialized_at)
             VALUES ($1, $2, $3, $4, $5, 'session_start', $6, '09:00', 'email', $7, '[]', '{}', false, now()) RETURNING id`,
            [workspaceId, campaignId, position, `Step ${position + 1}`, days < 0 ? 'before' : days === 0 ? 'during' : 'after', `P${days}D`.replace('P-', '-P'), versionId],
          )
        ).rows;
        const at = new Date(session.getTime() + days * 86_400_000);
        const sent = at < new Date(Date.UTC(CALENDAR_YEAR, 6, 1));
        const { rowCount } = await db.query(
          `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, promotional, status, scheduled_at, sent_at)
           SELECT $1, $2, $3, l, 'email', $4, true, $5, $6, CASE WHEN $5 = 'sent' THEN $6::timestamptz + (random() * interval '20 minutes') END
             FROM unnest($7::uuid[]) AS l`,
          [workspaceId, campaignId, stepId, versionId, sent ? 'sent' : 'pending', at, cohort],
        );
        total += rowCount ?? 0;
      }
    }
    // As autovacuum would have by then: statistics, and the visibility map for index-only scans.
    await db.query('VACUUM ANALYZE deliveries');
    return total;
  } finally {
    await db.end();
  }
}

/** GET /v1/calendar for the whole year, p95 of `runs` after one warm-up. */
export async function timeCalendarYear(base: string, key: string, runs: number): Promise<{ p95: number; median: number; entries: number; collisionDays: number }> {
  const times: number[] = [];
  let entries = 0;
  let collisionDays = 0;
  for (let i = 0; i < runs + 1; i++) {
    const [body, ms] = await timed(async () => {
      const res = await fetch(`${base}/v1/calendar?from=${CALENDAR_YEAR}-01-01&to=${CALENDAR_YEAR}-12-31`, { headers: { Authorization: `Bearer ${key}` } });
      if (!res.ok) throw new Error(`calendar: ${res.status} ${await res.text()}`);
      return (await res.json()) as { entries: unknown[]; collisions: unknown[] };
    });
    entries = body.entries.length;
    collisionDays = body.collisions.length;
    if (i > 0) times.push(ms);
  }
  log(`    calendar runs (ms): ${times.join(', ')}`);
  return { p95: percentile(times, 95), median: percentile(times, 50), entries, collisionDays };
}
