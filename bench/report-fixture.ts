// The report's bench fixture, shared by bench:tracking (the report API) and bench:console (the
// report screen): a running campaign of `learners` learners with an A/B step and a reminder, then
// its events topped up to a given number, all set-based.
import type { DataSource } from 'typeorm';

/** What the fixture needs of a connection: a TypeORM data source, or a plain client wrapped to answer rows. */
export type Queryable = Pick<DataSource, 'query'>;

const DEPARTMENTS = ['Sales', 'Marketing', 'Finance', 'Engineering', 'Operations', 'HR', 'Legal', 'Support'];

export interface SeededCampaign {
  campaignId: string;
  step1: string;
  step2: string;
  step1Deliveries: string[];
}

/** Learners, personas, a course session, a running campaign with an A/B step and a reminder, their deliveries: all set-based. */
export async function seedCampaign(db: Queryable, workspaceId: string, learners: number): Promise<SeededCampaign> {
  const personas: Array<{ id: string }> = await db.query(
    `INSERT INTO personas (workspace_id, name) SELECT $1, name FROM unnest(ARRAY['Curious achiever', 'Busy manager', 'Reluctant expert']) name RETURNING id`,
    [workspaceId],
  );
  await db.query(
    `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, department, site, persona_id)
     SELECT $1, 'E' || i, 'learner' || i || '@bench.example.com', 'First' || i, 'Last' || i,
            ($2::text[])[1 + i % array_length($2::text[], 1)], 'Site ' || (i % 40),
            CASE WHEN i % 4 = 3 THEN NULL ELSE ($3::uuid[])[1 + i % 3] END
       FROM generate_series(1, $4::int) i`,
    [workspaceId, DEPARTMENTS, personas.map((p) => p.id), learners],
  );
  const [course] = await db.query(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Feedback that works', 'blended') RETURNING id`, [workspaceId]);
  const [session] = await db.query(
    `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, time_zone)
     VALUES ($1, $2, now() + interval '20 days', now() + interval '21 days', 'Europe/Paris') RETURNING id`,
    [workspaceId, course.id],
  );
  const [campaign] = await db.query(
    `INSERT INTO campaigns (workspace_id, name, course_id, session_id, status, launched_at, ambassador_ids,
                            cost_production, cost_hours, cost_hourly_rate, cost_currency)
     SELECT $1, 'Bench campaign', $2, $3, 'running', now() - interval '3 days', array_agg(id), 2500, 40, 60, 'EUR'
       FROM (SELECT id FROM learners WHERE workspace_id = $1 ORDER BY external_id LIMIT 20) a
     RETURNING id`,
    [workspaceId, course.id, session.id],
  );
  const variants = JSON.stringify(['A', 'B'].map((k) => ({ key: k, templateVersionId: '00000000-0000-4000-8000-000000000000', weight: 1 })));
  const [step1] = await db.query(
    `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id, variants)
     VALUES ($1, $2, 1, 'Invitation', 'before', 'launch', 'P0D', 'email', gen_random_uuid(), $3) RETURNING id`,
    [workspaceId, campaign.id, variants],
  );
  const [step2] = await db.query(
    `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id)
     VALUES ($1, $2, 2, 'Reminder', 'before', 'launch', 'P1D', 'email', gen_random_uuid()) RETURNING id`,
    [workspaceId, campaign.id],
  );
  // Step 1 to everyone (2% skipped, 1% failed), step 2 a day later; sent an hour ago at least, so
  // the bench's opens are not taken for scanners fetching on arrival.
  await db.query(
    `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, variant, template_version_id, status, reason,
                             scheduled_at, sent_at, links)
     SELECT $1, $2, s.step, l.id, 'email', CASE WHEN s.position = 1 THEN (ARRAY['A', 'B'])[1 + n % 2] END, gen_random_uuid(),
            CASE WHEN n % 50 = 0 THEN 'skipped' WHEN n % 100 = 1 THEN 'failed' ELSE 'sent' END,
            CASE WHEN n % 50 = 0 THEN 'frequency_cap' WHEN n % 100 = 1 THEN 'rejected' END,
            now() - make_interval(days => 3 - s.position), CASE WHEN n % 50 <> 0 AND n % 100 <> 1 THEN now() - make_interval(days => 3 - s.position, hours => 1) END,
            ARRAY['https://lms.example.com/courses/feedback']
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM learners WHERE workspace_id = $1) l
      CROSS JOIN (VALUES ($3::uuid, 1), ($4::uuid, 2)) s(step, position)`,
    [workspaceId, campaign.id, step1.id, step2.id],
  );
  await db.query('ANALYZE learners; ANALYZE deliveries');
  const rows: Array<{ id: string }> = await db.query(`SELECT id FROM deliveries WHERE step_id = $1 AND status = 'sent' ORDER BY id`, [step1.id]);
  return { campaignId: campaign.id, step1: step1.id, step2: step2.id, step1Deliveries: rows.map((r) => r.id) };
}

/**
 * Tops the campaign's events up to `events` with INSERT … SELECT generate_series: sends, human and
 * machine opens, clicks, a few bounces spread over the sent deliveries and ten days; then
 * attributed enrolments (a tenth of the learners, some credited to an ambassador) with their
 * enrolment rows (a third started, a third completed).
 */
export async function seedEvents(db: Queryable, workspaceId: string, seed: SeededCampaign, learners: number, events: number): Promise<void> {
  const [{ n: existing }] = await db.query(`SELECT count(*)::int AS n FROM events WHERE campaign_id = $1`, [seed.campaignId]);
  const enrolments = Math.floor(learners / 10);
  const bulk = Math.max(0, events - existing - enrolments);
  await db.query(
    `WITH d AS MATERIALIZED (
       SELECT id, learner_id, step_id, variant, row_number() OVER (ORDER BY id) AS rn
         FROM deliveries WHERE campaign_id = $2 AND status = 'sent'
     )
     INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, variant, machine, source, idempotency_key)
     SELECT $1,
            CASE WHEN g % 100 < 20 THEN 'sent' WHEN g % 100 < 79 THEN 'opened' WHEN g % 100 < 99 THEN 'clicked' ELSE 'bounced' END,
            now() - make_interval(secs => (g * 7) % 864000), d.learner_id, d.id, $2, d.step_id, 'email', d.variant,
            g % 100 BETWEEN 65 AND 78, 'bench', 'bench:' || g
       FROM generate_series(1, $3::int) g
       -- The modulus is a scalar sub-query (computed once), so the join is a hash join on rn.
       JOIN d ON d.rn = 1 + (g::bigint * 7919) % (SELECT count(*) FROM d)`,
    [workspaceId, seed.campaignId, bulk],
  );
  await db.query(
    `WITH picked AS (
       SELECT d.learner_id, d.variant, row_number() OVER (ORDER BY d.id) AS n
         FROM deliveries d WHERE d.step_id = $3 AND d.status = 'sent' ORDER BY d.id LIMIT $4
     ), ambassadors AS (
       SELECT a, row_number() OVER () AS k FROM unnest((SELECT ambassador_ids FROM campaigns WHERE id = $2)) a
     ), enrolled AS (
       INSERT INTO events (workspace_id, kind, occurred_at, learner_id, campaign_id, step_id, channel, variant, ambassador_id, source, idempotency_key)
       SELECT $1, 'enrolled', now() - make_interval(secs => (p.n * 13) % 864000), p.learner_id, $2, $3, 'email', p.variant,
              (SELECT a FROM ambassadors WHERE k = 1 + p.n % 20 AND p.n % 5 = 0), 'bench', 'bench:enrolled:' || p.n
         FROM picked p
       RETURNING learner_id
     )
     INSERT INTO enrollments (workspace_id, session_id, course_id, learner_id, status, source, enrolled_at, started_at, completed_at)
     SELECT $1, c.session_id, c.course_id, e.learner_id, (ARRAY['enrolled', 'started', 'completed'])[1 + n % 3], 'api', now(),
            CASE WHEN n % 3 > 0 THEN now() END, CASE WHEN n % 3 = 2 THEN now() END
       FROM (SELECT learner_id, row_number() OVER () AS n FROM enrolled) e
       CROSS JOIN campaigns c WHERE c.id = $2
     ON CONFLICT DO NOTHING`,
    [workspaceId, seed.campaignId, seed.step1, enrolments],
  );
  await db.query('ANALYZE events; ANALYZE enrollments');
}
