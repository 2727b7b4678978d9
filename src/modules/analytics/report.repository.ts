import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import type { OpenTracking } from '../../common/enums';
import type { OpenCounterRow } from './aggregate-opens';
import type { CostInputs, FunnelCounts } from './funnel';

export interface ReportCampaign extends CostInputs {
  id: string;
  name: string;
  status: string;
  courseId: string;
  sessionId: string | null;
  ambassadorIds: string[];
  timeZone: string;
  /** How the workspace keeps opens: per learner, or only counted (`open_counts`). */
  openTracking: OpenTracking;
  goalEnrolments: number | null;
  /** Days a campaign click may come before the enrolment it is credited with. */
  attributionWindowDays: number;
}

/**
 * What a funnel row is grouped by. `reached`: the session's learners reached by the campaign,
 * attributed or not. `reconcile`: how the attributed and the reached enrolments overlap (in its
 * enrolled / started / completed columns: both, attributed only, reached only). `day` (key `YYYY-MM-DD` in the workspace's zone): messages sent, first human
 * opens and first clicks of messages, and attributed enrolments of that day.
 */
export type FunnelDimension = 'total' | 'reached' | 'reconcile' | 'step' | 'channel' | 'variant' | 'stepVariant' | 'persona' | 'department' | 'site' | 'ambassador' | 'day';

export interface FunnelRow extends FunnelCounts {
  dimension: FunnelDimension;
  /** The group's value; null for learners without one (no persona, no department…). */
  key: string | null;
}

export interface ReportStep {
  id: string;
  position: number;
  name: string;
  channel: string;
  variantKeys: string[];
  abTestFraction: number | null;
  abDecideAfter: string | null;
  abWinner: string | null;
  abDecidedAt: Date | null;
}

export interface PostReportRow {
  deliveryId: string;
  stepId: string;
  stepName: string;
  channelId: string | null;
  channelName: string | null;
  channelKind: string | null;
  status: string;
  sentAt: Date | null;
  clicks: number;
}

export interface PendingAbStep {
  id: string;
  workspaceId: string;
  campaignId: string;
  variantKeys: string[];
  abDecideAfter: string;
  firstSentAt: Date;
}

export interface ArmRow {
  variant: string;
  delivered: number;
  clicked: number;
}

// Per-row stage bits: a delivery row carries 1-32, an attributed enrolment row 64-256; rows of the
// same learner are summed per group, never joined, so each side counts in its own bits. The
// drill-down (report-learners.repository.ts) folds the same rows per learner and adds the reached
// bits 512-2048 (enrolled in the session, attributed or not, among the learners reached).
export const TARGETED = 1;
export const SENT = 2;
export const OPENED = 4;
export const MACHINE_OPENED = 8;
export const CLICKED = 16;
export const DELIVERED = 32;
export const ENROLLED = 64;
export const STARTED = 128;
export const COMPLETED = 256;
export const REACHED_ENROLLED = 512;
export const REACHED_STARTED = 1024;
export const REACHED_COMPLETED = 2048;

/**
 * The one definition of each figure, as a predicate over a learner's (or a row's) stage bits `f`:
 * the report sums learners by it, the drill-down lists the learners it selects.
 */
export const STAGE_PREDICATES = {
  targeted: `f & ${TARGETED} <> 0`,
  sent: `f & ${SENT} <> 0`,
  delivered: `f & ${DELIVERED} <> 0`,
  opened: `f & ${OPENED} <> 0`,
  // Only machine opens: a human open (or click) makes the learner an opener instead.
  machineOpened: `f & ${MACHINE_OPENED + OPENED} = ${MACHINE_OPENED}`,
  clicked: `f & ${CLICKED} <> 0`,
  enrolled: `f & ${ENROLLED} <> 0`,
  started: `f & ${STARTED} <> 0`,
  completed: `f & ${COMPLETED} <> 0`,
  reachedEnrolled: `f & ${REACHED_ENROLLED} <> 0`,
  reachedStarted: `f & ${REACHED_STARTED} <> 0`,
  reachedCompleted: `f & ${REACHED_COMPLETED} <> 0`,
} as const;

export type ReportStage = keyof typeof STAGE_PREDICATES;

/** Stage bits of a fold, as the stages the report counts the learner in (same rules as STAGE_PREDICATES). */
export function stagesOf(f: number): ReportStage[] {
  const has = (bit: number) => (f & bit) !== 0;
  const out: ReportStage[] = [];
  if (has(TARGETED)) out.push('targeted');
  if (has(SENT)) out.push('sent');
  if (has(DELIVERED)) out.push('delivered');
  if (has(OPENED)) out.push('opened');
  if (has(MACHINE_OPENED) && !has(OPENED)) out.push('machineOpened');
  if (has(CLICKED)) out.push('clicked');
  if (has(ENROLLED)) out.push('enrolled');
  if (has(STARTED)) out.push('started');
  if (has(COMPLETED)) out.push('completed');
  if (has(REACHED_ENROLLED)) out.push('reachedEnrolled');
  if (has(REACHED_STARTED)) out.push('reachedStarted');
  if (has(REACHED_COMPLETED)) out.push('reachedCompleted');
  return out;
}

const FUNNEL_COLUMNS = ['targeted', 'sent', 'delivered', 'opened', 'machineOpened', 'clicked', 'enrolled', 'started', 'completed'] as const;

// Over rows already folded to (stage bits f, how many n).
const SUM_COLUMNS = FUNNEL_COLUMNS.map((stage) => `COALESCE(sum(n) FILTER (WHERE ${STAGE_PREDICATES[stage]}), 0)::int AS "${stage}"`).join(',\n  ');

// The campaign's deliveries (network posts aside) with their stage bits. Deliveries carry their
// engagement (first human open — a human click also proves one —, first machine open, first human
// click, bounce), kept by the events trigger of migration AddDeliveryEngagement.
export const DELIVERY_ROWS = `
  SELECT COALESCE(d.learner_id, d.id) AS person, d.step_id AS step, d.channel, COALESCE(d.variant, '') AS variant,
         ${TARGETED}
         | CASE WHEN d.status <> 'sent' THEN 0 WHEN d.bounced_at IS NOT NULL THEN ${SENT} ELSE ${SENT | DELIVERED} END
         | CASE WHEN d.opened_at IS NOT NULL THEN ${OPENED} ELSE 0 END
         | CASE WHEN d.machine_opened_at IS NOT NULL THEN ${MACHINE_OPENED} ELSE 0 END
         | CASE WHEN d.clicked_at IS NOT NULL THEN ${CLICKED} ELSE 0 END AS f,
         d.sent_at, d.opened_at, d.clicked_at
    FROM deliveries d
   WHERE d.campaign_id = $2 AND d.workspace_id = $1 AND d.channel <> 'post'`;

export const ENROLMENT_CTES = `
enrolment AS MATERIALIZED (
  -- Where each learner stands in the campaign's session (or, for an evergreen campaign, its course).
  SELECT learner_id,
         bool_or(status IN ('enrolled', 'started', 'completed') OR enrolled_at IS NOT NULL) AS enrolled,
         bool_or(status IN ('started', 'completed') OR started_at IS NOT NULL) AS started,
         bool_or(status = 'completed' OR completed_at IS NOT NULL) AS completed
    FROM enrollments
   WHERE workspace_id = $1 AND CASE WHEN $3::uuid IS NULL THEN course_id = $4::uuid ELSE session_id = $3::uuid END
   GROUP BY learner_id
), enr AS MATERIALIZED (
  -- One attributed enrolment per learner (the first), with the step, channel and variant of its last click.
  SELECT DISTINCT ON (e.learner_id)
         e.learner_id AS person, COALESCE(e.step_id::text, '') AS step, COALESCE(e.channel, '') AS channel,
         COALESCE(e.variant, '') AS variant, COALESCE(e.ambassador_id::text, '') AS ambassador, e.occurred_at,
         ${ENROLLED} | CASE WHEN x.started THEN ${STARTED} ELSE 0 END | CASE WHEN x.completed THEN ${COMPLETED} ELSE 0 END AS f
    FROM events e
    LEFT JOIN enrolment x ON x.learner_id = e.learner_id
   WHERE e.campaign_id = $2 AND e.workspace_id = $1 AND e.kind = 'enrolled' AND e.learner_id IS NOT NULL
   ORDER BY e.learner_id, e.occurred_at, e.id
)`;

/**
 * The funnel by step, channel, variant and ambassador, and the daily series. Deliveries carry their
 * stage bits; learners the OR of theirs. Every breakdown is a GROUP BY over those rows and the
 * attributed enrolments (one per learner), counted side by side rather than joined. Null group
 * keys travel as ''.
 */
const BREAKDOWNS_SQL = `
WITH d AS MATERIALIZED (${DELIVERY_ROWS}
), ${ENROLMENT_CTES}, per_person AS MATERIALIZED (
  -- Deliveries other than posts are emails or talking points (deliveries.channel): each learner's
  -- fold per channel is taken in the same pass.
  SELECT person, bit_or(f) FILTER (WHERE channel = 'email') AS f_email, bit_or(f) FILTER (WHERE channel = 'talking_points') AS f_talking_points
    FROM d GROUP BY person
), by_step AS MATERIALIZED (
  SELECT step, variant, f, count(*) AS n FROM d GROUP BY step, variant, f
), shared_variants AS MATERIALIZED (
  -- Variant keys (or no variant) used by more than one step: only there may a learner hold two deliveries.
  SELECT variant FROM by_step GROUP BY variant HAVING count(DISTINCT step) > 1
), grouped AS (
  -- Each branch folds to (key, stage bits, how many): a few hundred rows, whatever the audience.
  -- A learner has one delivery per step: steps need no per-learner fold; channels and variants do.
  SELECT 'step' AS dimension, step::text AS key, f, sum(n) AS n FROM by_step GROUP BY step, f
  UNION ALL SELECT 'stepVariant', step::text || ':' || variant, f, n FROM by_step WHERE variant <> ''
  UNION ALL SELECT 'channel', 'email', f_email, count(*) FROM per_person WHERE f_email IS NOT NULL GROUP BY f_email
  UNION ALL SELECT 'channel', 'talking_points', f_talking_points, count(*) FROM per_person WHERE f_talking_points IS NOT NULL GROUP BY f_talking_points
  UNION ALL SELECT 'channel', channel, f, count(*)
              FROM (SELECT channel, bit_or(f) AS f FROM d WHERE channel NOT IN ('email', 'talking_points') GROUP BY channel, person) c GROUP BY channel, f
  UNION ALL SELECT 'variant', variant, f, sum(n) FROM by_step WHERE variant NOT IN (SELECT variant FROM shared_variants) GROUP BY variant, f
  UNION ALL SELECT 'variant', variant, f, count(*)
              FROM (SELECT variant, bit_or(f) AS f FROM d WHERE variant IN (SELECT variant FROM shared_variants) GROUP BY variant, person) v GROUP BY variant, f
  UNION ALL SELECT 'step', step, f, count(*) FROM enr GROUP BY step, f
  UNION ALL SELECT 'stepVariant', step || ':' || variant, f, count(*) FROM enr WHERE variant <> '' GROUP BY step, variant, f
  UNION ALL SELECT 'channel', channel, f, count(*) FROM enr GROUP BY channel, f
  UNION ALL SELECT 'variant', variant, f, count(*) FROM enr GROUP BY variant, f
  UNION ALL SELECT 'ambassador', ambassador, f, count(*) FROM enr WHERE ambassador <> '' GROUP BY ambassador, f
), buckets AS (
  -- For the daily series: each message's send, first human open and first click, each attributed
  -- enrolment, in 15-minute buckets (every zone's offset is a multiple of 15 minutes), so that
  -- only the buckets are converted to the workspace's zone.
  SELECT date_bin('15 minutes', sent_at, timestamptz 'epoch') AS bucket, count(*) AS sent, 0 AS opened, 0 AS clicked, 0 AS enrolled
    FROM d WHERE sent_at IS NOT NULL AND f & ${SENT} <> 0 GROUP BY 1
  UNION ALL SELECT date_bin('15 minutes', opened_at, timestamptz 'epoch'), 0, count(*), 0, 0 FROM d WHERE opened_at IS NOT NULL GROUP BY 1
  UNION ALL SELECT date_bin('15 minutes', clicked_at, timestamptz 'epoch'), 0, 0, count(*), 0 FROM d WHERE clicked_at IS NOT NULL GROUP BY 1
  UNION ALL SELECT date_bin('15 minutes', occurred_at, timestamptz 'epoch'), 0, 0, 0, count(*) FROM enr GROUP BY 1
)
SELECT dimension, NULLIF(key, '') AS key, ${SUM_COLUMNS} FROM grouped GROUP BY dimension, key
UNION ALL
SELECT 'day', to_char((bucket AT TIME ZONE $5)::date, 'YYYY-MM-DD'), 0, sum(sent)::int, 0, sum(opened)::int, 0,
       sum(clicked)::int, sum(enrolled)::int, 0, 0
  FROM buckets
 GROUP BY 2`;

/** The total and the funnel by persona, department and site; the learners reached, attributed or not. */
const PROFILES_SQL = `
WITH ${ENROLMENT_CTES}, per_person AS MATERIALIZED (
  SELECT person, bit_or(f) AS f FROM (${DELIVERY_ROWS}) d GROUP BY person
), people AS (
  SELECT person, f FROM per_person UNION ALL SELECT person, f FROM enr
), profiles AS (
  -- People folded by profile and stage bits before the grouping sets.
  SELECT l.persona_id, l.department, l.site, people.f, count(*) AS n
    FROM people
    LEFT JOIN learners l ON l.id = people.person AND l.workspace_id = $1
   GROUP BY l.persona_id, l.department, l.site, people.f
)
SELECT CASE WHEN GROUPING(persona_id) = 0 THEN 'persona' WHEN GROUPING(department) = 0 THEN 'department'
            WHEN GROUPING(site) = 0 THEN 'site' ELSE 'total' END AS dimension,
       COALESCE(persona_id::text, department, site) AS key, ${SUM_COLUMNS}
  FROM profiles
 GROUP BY GROUPING SETS ((), (persona_id), (department), (site))
UNION ALL
SELECT 'reached', NULL, (SELECT count(*) FROM per_person)::int, 0, 0, 0, 0, 0,
       count(*) FILTER (WHERE x.enrolled)::int, count(*) FILTER (WHERE x.started)::int, count(*) FILTER (WHERE x.completed)::int
  FROM per_person p
  JOIN enrolment x ON x.learner_id = p.person
UNION ALL
-- How the two enrolled figures meet, in the enrolled / started / completed columns: learners in both
-- (attributed, and enrolled in the session among those reached), attributed only, reached only.
SELECT 'reconcile', NULL, 0, 0, 0, 0, 0, 0,
       count(*) FILTER (WHERE a AND r)::int, count(*) FILTER (WHERE a AND NOT r)::int, count(*) FILTER (WHERE r AND NOT a)::int
  FROM (SELECT person, bool_or(a) AS a, bool_or(r) AS r
          FROM (SELECT person, true AS a, false AS r FROM enr
                UNION ALL
                SELECT p.person, false, true FROM per_person p JOIN enrolment x ON x.learner_id = p.person WHERE x.enrolled) u
         GROUP BY person) z`;

// What pg_export_snapshot() answers; checked before it is spliced into SET TRANSACTION SNAPSHOT (no bind parameters there).
const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$/i;

@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The workspace's default language (the CSV export's dialect when none is asked). */
  async workspaceLocale(workspaceId: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT default_locale AS locale FROM workspaces WHERE id = $1`, [workspaceId]);
    return row?.locale ?? 'en';
  }

  async findCampaign(workspaceId: string, id: string): Promise<ReportCampaign | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.name, c.status, c.course_id AS "courseId", c.session_id AS "sessionId", c.ambassador_ids AS "ambassadorIds",
              c.cost_production::float8 AS production, c.cost_hours::float8 AS hours, c.cost_hourly_rate::float8 AS "hourlyRate",
              c.cost_currency AS currency, w.time_zone AS "timeZone",
              w.open_tracking AS "openTracking", c.goal_enrolments AS "goalEnrolments",
              w.attribution_window_days AS "attributionWindowDays"
         FROM campaigns c JOIN workspaces w ON w.id = c.workspace_id
        WHERE c.workspace_id = $1 AND c.id = $2`,
      [workspaceId, id],
    );
    return row ?? null;
  }

  /**
   * Every funnel row of the report. The two statements (breakdowns and daily series; profiles and
   * reach) run side by side on two connections, from one exported snapshot, so they see the same
   * data and take two cores.
   */
  async funnelRows(workspaceId: string, campaign: Pick<ReportCampaign, 'id' | 'sessionId' | 'courseId' | 'timeZone'>): Promise<FunnelRow[]> {
    const params = [workspaceId, campaign.id, campaign.sessionId, campaign.courseId];
    const leader = this.dataSource.createQueryRunner();
    const follower = this.dataSource.createQueryRunner();
    try {
      await leader.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const [{ snapshot }]: Array<{ snapshot: string }> = await leader.query('SELECT pg_export_snapshot() AS snapshot');
      if (!SNAPSHOT_ID.test(snapshot)) throw new Error(`Unexpected snapshot id ${snapshot}`);
      await follower.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await follower.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
      const [breakdowns, profiles] = await Promise.all([
        this.run(leader, BREAKDOWNS_SQL, [...params, campaign.timeZone]),
        this.run(follower, PROFILES_SQL, params),
      ]);
      return [...breakdowns, ...profiles];
    } finally {
      await Promise.all([leader, follower].map((runner) => runner.query('ROLLBACK').catch(() => undefined).finally(() => runner.release())));
    }
  }

  private async run(runner: QueryRunner, sql: string, params: unknown[]): Promise<FunnelRow[]> {
    // The folds hash a few hundred thousand rows: with the default work_mem they would spill to disk.
    // No parallel workers: the scans are short and the other statement already takes the second core.
    // No JIT: compiling the plan would cost more than running it (the row estimates of the folds are far too high).
    await runner.query(`SET LOCAL work_mem = '64MB'; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off`);
    return runner.query(sql, params);
  }

  /** The campaign's network posts in step order, with the human clicks on their tracked links. */
  posts(workspaceId: string, campaignId: string): Promise<PostReportRow[]> {
    return this.dataSource.query(
      `SELECT d.id AS "deliveryId", d.step_id AS "stepId", (s.position + 1) || '. ' || s.name AS "stepName",
              d.network_channel_id AS "channelId", nc.name AS "channelName", nc.kind AS "channelKind",
              d.status, d.sent_at AS "sentAt",
              (SELECT count(*) FROM events e
                WHERE e.delivery_id = d.id AND e.kind = 'clicked' AND NOT e.machine AND e.workspace_id = $1)::int AS clicks
         FROM deliveries d
         JOIN campaign_steps s ON s.id = d.step_id
         LEFT JOIN network_channels nc ON nc.id = d.network_channel_id AND nc.workspace_id = $1
        WHERE d.workspace_id = $1 AND d.campaign_id = $2 AND d.channel = 'post'
        ORDER BY s.position, nc.name, d.id`,
      [workspaceId, campaignId],
    );
  }

  /** The campaign's opens counted in aggregate, by step, variant, channel and day. */
  openCounters(workspaceId: string, campaignId: string): Promise<OpenCounterRow[]> {
    return this.dataSource.query(
      `SELECT step_id AS "stepId", variant, channel, to_char(day, 'YYYY-MM-DD') AS day, opens, machine_opens AS "machineOpens"
         FROM open_counts
        WHERE workspace_id = $1 AND campaign_id = $2`,
      [workspaceId, campaignId],
    );
  }

  listSteps(workspaceId: string, campaignId: string): Promise<ReportStep[]> {
    return this.dataSource.query(
      `SELECT id, position, name, channel,
              ARRAY(SELECT v->>'key' FROM jsonb_array_elements(variants) v) AS "variantKeys",
              ab_test_fraction::float8 AS "abTestFraction", ab_decide_after AS "abDecideAfter",
              ab_winner AS "abWinner", ab_decided_at AS "abDecidedAt"
         FROM campaign_steps
        WHERE workspace_id = $1 AND campaign_id = $2
        ORDER BY position`,
      [workspaceId, campaignId],
    );
  }

  async namesOfPersonas(workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT id, name FROM personas WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
      [workspaceId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * Human clicks on the campaign's share links and short links, which name no learner: per
   * ambassador (their short link or signed share link), and the poster's scans (key '').
   */
  async shareClicks(workspaceId: string, campaignId: string): Promise<Map<string, number>> {
    const rows: { ambassador_id: string | null; channel: string; n: number }[] = await this.dataSource.query(
      `SELECT ambassador_id, channel, count(*)::int AS n FROM events
        WHERE workspace_id = $1 AND campaign_id = $2 AND kind = 'clicked' AND learner_id IS NULL AND NOT machine AND channel IN ('ambassador', 'poster')
        GROUP BY ambassador_id, channel`,
      [workspaceId, campaignId],
    );
    return new Map(rows.map((r) => [r.channel === 'poster' ? '' : (r.ambassador_id ?? ''), r.n]));
  }

  /** "I shared it" per ambassador of the campaign: on how many days, and the last time. */
  async relays(workspaceId: string, campaignId: string): Promise<Map<string, { count: number; last: Date }>> {
    const rows: { learner_id: string; count: number; last: Date }[] = await this.dataSource.query(
      `SELECT learner_id, count(*)::int AS count, max(relayed_at) AS last FROM ambassador_relays WHERE workspace_id = $1 AND campaign_id = $2 GROUP BY learner_id`,
      [workspaceId, campaignId],
    );
    return new Map(rows.map((r) => [r.learner_id, { count: r.count, last: r.last }]));
  }

  learnersByIds(workspaceId: string, ids: string[]): Promise<Array<{ id: string; name: string; department: string | null; site: string | null }>> {
    return this.dataSource.query(
      `SELECT id, trim(concat_ws(' ', first_name, last_name)) AS name, department, site
         FROM learners WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
      [workspaceId, ids],
    );
  }

  async updateCosts(workspaceId: string, id: string, changes: Partial<CostInputs>): Promise<boolean> {
    const columns: Record<keyof CostInputs, string> = {
      production: 'cost_production',
      hours: 'cost_hours',
      hourlyRate: 'cost_hourly_rate',
      currency: 'cost_currency',
    };
    const values: unknown[] = [workspaceId, id];
    const sets = (Object.keys(columns) as Array<keyof CostInputs>)
      .filter((field) => changes[field] !== undefined)
      .map((field) => {
        values.push(changes[field]);
        return `${columns[field]} = $${values.length}`;
      });
    const result: [unknown[], number] = await this.dataSource.query(
      `UPDATE campaigns SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE workspace_id = $1 AND id = $2 RETURNING id`,
      values,
    );
    return result[1] > 0;
  }

  /** A/B steps still waiting for their winner, with the moment of their first send (all workspaces: the scheduler asks). */
  pendingAbSteps(): Promise<PendingAbStep[]> {
    return this.dataSource.query(
      `SELECT s.id, s.workspace_id AS "workspaceId", s.campaign_id AS "campaignId",
              ARRAY(SELECT v->>'key' FROM jsonb_array_elements(s.variants) v) AS "variantKeys",
              s.ab_decide_after AS "abDecideAfter", first.sent_at AS "firstSentAt"
         FROM campaign_steps s
         CROSS JOIN LATERAL (SELECT min(sent_at) AS sent_at FROM deliveries d WHERE d.step_id = s.id AND d.status = 'sent') first
        WHERE s.ab_test_fraction IS NOT NULL AND s.ab_winner IS NULL AND s.ab_decide_after IS NOT NULL
          AND jsonb_array_length(s.variants) > 1 AND first.sent_at IS NOT NULL`,
    );
  }

  /** Per variant of a step: deliveries that reached the learner, and those a human clicked (as in the report). */
  armsOfStep(step: Pick<PendingAbStep, 'workspaceId' | 'id'>): Promise<ArmRow[]> {
    return this.dataSource.query(
      `SELECT d.variant,
              count(*) FILTER (WHERE d.status = 'sent' AND d.bounced_at IS NULL)::int AS delivered,
              count(*) FILTER (WHERE d.clicked_at IS NOT NULL)::int AS clicked
         FROM deliveries d
        WHERE d.workspace_id = $1 AND d.step_id = $2 AND d.variant IS NOT NULL
        GROUP BY d.variant`,
      [step.workspaceId, step.id],
    );
  }

  /** Records the winner unless another scheduler did first. */
  async setWinner(workspaceId: string, stepId: string, winner: string): Promise<boolean> {
    const result: [unknown[], number] = await this.dataSource.query(
      `UPDATE campaign_steps SET ab_winner = $3, ab_decided_at = now(), updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND ab_winner IS NULL RETURNING id`,
      [workspaceId, stepId, winner],
    );
    return result[1] > 0;
  }
}
