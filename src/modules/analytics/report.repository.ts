import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CostInputs, FunnelCounts } from './funnel';

export interface ReportCampaign extends CostInputs {
  id: string;
  name: string;
  status: string;
  courseId: string;
  sessionId: string | null;
  ambassadorIds: string[];
  timeZone: string;
}

/**
 * What a funnel row is grouped by. `reached`: the session's learners reached by the campaign,
 * attributed or not. `day` (key `YYYY-MM-DD` in the workspace's zone): messages sent, first human
 * opens and first clicks of messages, and attributed enrolments of that day.
 */
export type FunnelDimension = 'total' | 'reached' | 'step' | 'channel' | 'variant' | 'stepVariant' | 'persona' | 'department' | 'site' | 'ambassador' | 'day';

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
// same learner are summed per group, never joined, so each side counts in its own bits.
const TARGETED = 1;
const SENT = 2;
const OPENED = 4;
const MACHINE_OPENED = 8;
const CLICKED = 16;
const DELIVERED = 32;
const ENROLLED = 64;
const STARTED = 128;
const COMPLETED = 256;
// Event bits folded per delivery before the stage bits are derived.
const EVENT_BOUNCED = 512;

const COUNT_COLUMNS = `
  count(*) FILTER (WHERE f & ${TARGETED} <> 0)::int AS targeted,
  count(*) FILTER (WHERE f & ${SENT} <> 0)::int AS sent,
  count(*) FILTER (WHERE f & ${DELIVERED} <> 0)::int AS delivered,
  count(*) FILTER (WHERE f & ${OPENED} <> 0)::int AS opened,
  count(*) FILTER (WHERE f & ${MACHINE_OPENED + OPENED} = ${MACHINE_OPENED})::int AS "machineOpened",
  count(*) FILTER (WHERE f & ${CLICKED} <> 0)::int AS clicked,
  count(*) FILTER (WHERE f & ${ENROLLED} <> 0)::int AS enrolled,
  count(*) FILTER (WHERE f & ${STARTED} <> 0)::int AS started,
  count(*) FILTER (WHERE f & ${COMPLETED} <> 0)::int AS completed`;

/**
 * The whole funnel of a campaign in one statement. Events are read once and folded into bits per
 * delivery (a human click also proves an open); deliveries then carry their stage bits, learners
 * the OR of theirs. Every breakdown is a GROUP BY over those rows and the attributed enrolments
 * (one per learner), counted side by side rather than joined. Null group keys travel as ''.
 */
const FUNNEL_SQL = `
WITH ev AS (
  SELECT delivery_id,
         bit_or(CASE WHEN kind = 'opened' THEN CASE WHEN machine THEN ${MACHINE_OPENED} ELSE ${OPENED} END
                     WHEN kind = 'clicked' THEN CASE WHEN machine THEN 0 ELSE ${CLICKED | OPENED} END
                     ELSE ${EVENT_BOUNCED} END) AS f,
         min(occurred_at) FILTER (WHERE kind IN ('opened', 'clicked') AND NOT machine) AS opened_at,
         min(occurred_at) FILTER (WHERE kind = 'clicked' AND NOT machine) AS clicked_at
    FROM events
   WHERE campaign_id = $2 AND workspace_id = $1 AND kind IN ('opened', 'clicked', 'bounced') AND delivery_id IS NOT NULL
   GROUP BY delivery_id
), d AS MATERIALIZED (
  SELECT COALESCE(d.learner_id, d.id) AS person, d.step_id::text AS step, d.channel, COALESCE(d.variant, '') AS variant,
         ${TARGETED}
         | CASE WHEN d.status <> 'sent' THEN 0 WHEN COALESCE(ev.f, 0) & ${EVENT_BOUNCED} <> 0 THEN ${SENT} ELSE ${SENT | DELIVERED} END
         | (COALESCE(ev.f, 0) & ${OPENED | MACHINE_OPENED | CLICKED}) AS f,
         d.sent_at, ev.opened_at, ev.clicked_at
    FROM deliveries d
    LEFT JOIN ev ON ev.delivery_id = d.id
   WHERE d.campaign_id = $2 AND d.workspace_id = $1 AND d.channel <> 'post'
), enrolment AS MATERIALIZED (
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
), per_person AS MATERIALIZED (
  SELECT person, bit_or(f) AS f FROM d GROUP BY person
), grouped AS (
  -- A learner has one delivery per step: steps need no per-learner fold; channels and variants do.
  SELECT 'step' AS dimension, step AS key, f FROM d
  UNION ALL SELECT 'stepVariant', step || ':' || variant, f FROM d WHERE variant <> ''
  UNION ALL SELECT 'channel', channel, bit_or(f) FROM d GROUP BY channel, person
  UNION ALL SELECT 'variant', variant, bit_or(f) FROM d GROUP BY variant, person
  UNION ALL SELECT 'step', step, f FROM enr
  UNION ALL SELECT 'stepVariant', step || ':' || variant, f FROM enr WHERE variant <> ''
  UNION ALL SELECT 'channel', channel, f FROM enr
  UNION ALL SELECT 'variant', variant, f FROM enr
  UNION ALL SELECT 'ambassador', ambassador, f FROM enr WHERE ambassador <> ''
), people AS (
  SELECT person, f FROM per_person UNION ALL SELECT person, f FROM enr
), moments AS (
  -- For the daily series: each message's send, first human open and first click, each attributed
  -- enrolment, in 15-minute buckets (every zone's offset is a multiple of 15 minutes), so that
  -- only the buckets are converted to the workspace's zone.
  SELECT floor(extract(epoch FROM sent_at) / 900)::int AS bucket, 1 AS sent, 0 AS opened, 0 AS clicked, 0 AS enrolled
    FROM d WHERE sent_at IS NOT NULL AND f & ${SENT} <> 0
  UNION ALL SELECT floor(extract(epoch FROM opened_at) / 900)::int, 0, 1, 0, 0 FROM d WHERE opened_at IS NOT NULL
  UNION ALL SELECT floor(extract(epoch FROM clicked_at) / 900)::int, 0, 0, 1, 0 FROM d WHERE clicked_at IS NOT NULL
  UNION ALL SELECT floor(extract(epoch FROM occurred_at) / 900)::int, 0, 0, 0, 1 FROM enr
), buckets AS (
  SELECT bucket, count(*) FILTER (WHERE sent = 1) AS sent, count(*) FILTER (WHERE opened = 1) AS opened,
         count(*) FILTER (WHERE clicked = 1) AS clicked, count(*) FILTER (WHERE enrolled = 1) AS enrolled
    FROM moments GROUP BY bucket
)
SELECT dimension, NULLIF(key, '') AS key, ${COUNT_COLUMNS} FROM grouped GROUP BY dimension, key
UNION ALL
SELECT CASE WHEN GROUPING(l.persona_id) = 0 THEN 'persona' WHEN GROUPING(l.department) = 0 THEN 'department'
            WHEN GROUPING(l.site) = 0 THEN 'site' ELSE 'total' END,
       COALESCE(l.persona_id::text, l.department, l.site), ${COUNT_COLUMNS}
  FROM people
  LEFT JOIN learners l ON l.id = people.person AND l.workspace_id = $1
 GROUP BY GROUPING SETS ((), (l.persona_id), (l.department), (l.site))
UNION ALL
SELECT 'reached', NULL, count(*)::int, 0, 0, 0, 0, 0,
       count(*) FILTER (WHERE x.enrolled)::int, count(*) FILTER (WHERE x.started)::int, count(*) FILTER (WHERE x.completed)::int
  FROM per_person p
  LEFT JOIN enrolment x ON x.learner_id = p.person
UNION ALL
SELECT 'day', to_char((to_timestamp(bucket * 900) AT TIME ZONE $5)::date, 'YYYY-MM-DD'), 0, sum(sent)::int, 0, sum(opened)::int, 0,
       sum(clicked)::int, sum(enrolled)::int, 0, 0
  FROM buckets
 GROUP BY 2`;

@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findCampaign(workspaceId: string, id: string): Promise<ReportCampaign | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.name, c.status, c.course_id AS "courseId", c.session_id AS "sessionId", c.ambassador_ids AS "ambassadorIds",
              c.cost_production::float8 AS production, c.cost_hours::float8 AS hours, c.cost_hourly_rate::float8 AS "hourlyRate",
              c.cost_currency AS currency, w.time_zone AS "timeZone"
         FROM campaigns c JOIN workspaces w ON w.id = c.workspace_id
        WHERE c.workspace_id = $1 AND c.id = $2`,
      [workspaceId, id],
    );
    return row ?? null;
  }

  funnelRows(workspaceId: string, campaign: Pick<ReportCampaign, 'id' | 'sessionId' | 'courseId' | 'timeZone'>): Promise<FunnelRow[]> {
    // The folds hash a few hundred thousand rows: with the default work_mem they would spill to disk.
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      return manager.query(FUNNEL_SQL, [workspaceId, campaign.id, campaign.sessionId, campaign.courseId, campaign.timeZone]);
    });
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
  armsOfStep(step: Pick<PendingAbStep, 'workspaceId' | 'campaignId' | 'id'>): Promise<ArmRow[]> {
    return this.dataSource.query(
      `SELECT d.variant,
              count(*) FILTER (WHERE d.status = 'sent' AND NOT COALESCE(ev.bounce, false))::int AS delivered,
              count(*) FILTER (WHERE COALESCE(ev.click, false))::int AS clicked
         FROM deliveries d
         LEFT JOIN (SELECT delivery_id, bool_or(kind = 'clicked' AND NOT machine) AS click, bool_or(kind = 'bounced') AS bounce
                      FROM events
                     WHERE campaign_id = $3 AND workspace_id = $1 AND kind IN ('clicked', 'bounced') AND delivery_id IS NOT NULL
                     GROUP BY delivery_id) ev ON ev.delivery_id = d.id
        WHERE d.workspace_id = $1 AND d.step_id = $2 AND d.variant IS NOT NULL
        GROUP BY d.variant`,
      [step.workspaceId, step.id, step.campaignId],
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
