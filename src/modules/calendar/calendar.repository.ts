import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CampaignStatus, StepAnchor, StepChannel, StepPhase } from '../../common/enums';

/** A step of a campaign that is not a draft, with what places it on a day before it is planned. */
export interface CalendarStepRow {
  stepId: string;
  stepName: string;
  phase: StepPhase;
  channel: StepChannel;
  essential: boolean;
  anchor: StepAnchor;
  offset: string;
  localTime: string | null;
  materializedAt: Date | null;
  campaignId: string;
  campaignName: string;
  campaignStatus: CampaignStatus;
  launchedAt: Date | null;
  startsAt: Date | null;
  endsAt: Date | null;
  enrolBy: Date | null;
}

/** Deliveries of one step landing on one day (in the workspace's zone). */
export interface StepDayRow {
  stepId: string;
  day: string;
  planned: number;
  sent: number;
  /** Deliveries to learners (not network posts): those can collide. */
  learnerVolume: number;
}

export interface CollisionDayRow {
  day: string;
  learners: number;
  maxMessages: number;
  sample: string[];
  steps: { stepId: string; learners: number }[];
}

// The deliveries that reach someone (or are about to): failed and skipped ones reach nobody. A
// delivery lands when it was sent, else when it is scheduled: `deliveries_calendar_idx` reads the
// range of a workspace by that moment, index only.
const LANDS = `coalesce(d.sent_at, d.scheduled_at)`;
const REACHING = `d.status IN ('pending', 'queued', 'sending', 'sent')`;

@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async workspace(workspaceId: string): Promise<{ timeZone: string; quietHoursStart: string | null; quietHoursEnd: string | null; allowedWeekdays: number[] | null }> {
    const [row] = await this.dataSource.query(
      `SELECT time_zone AS "timeZone", quiet_hours_start AS "quietHoursStart", quiet_hours_end AS "quietHoursEnd", allowed_weekdays AS "allowedWeekdays"
         FROM workspaces WHERE id = $1`,
      [workspaceId],
    );
    return row;
  }

  /** Every step of the workspace's campaigns but drafts (a draft schedules nothing yet). */
  steps(workspaceId: string): Promise<CalendarStepRow[]> {
    return this.dataSource.query(
      `SELECT st.id AS "stepId", st.name AS "stepName", st.phase, st.channel, st.essential, st.anchor, st."offset"::text AS "offset",
              st.local_time::text AS "localTime", st.materialized_at AS "materializedAt",
              c.id AS "campaignId", c.name AS "campaignName", c.status AS "campaignStatus", c.launched_at AS "launchedAt",
              s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.enrol_by AS "enrolBy"
         FROM campaigns c
         JOIN campaign_steps st ON st.campaign_id = c.id
         LEFT JOIN course_sessions s ON s.id = c.session_id
        WHERE c.workspace_id = $1 AND c.status <> 'draft'
        ORDER BY c.name, c.id, st.position`,
      [workspaceId],
    );
  }

  /** Planned and sent deliveries per step and day, aggregated in PostgreSQL over the range. */
  stepDays(workspaceId: string, from: Date, to: Date, zone: string): Promise<StepDayRow[]> {
    return this.dataSource.query(
      `SELECT d.step_id AS "stepId", (${LANDS} AT TIME ZONE $4)::date::text AS day,
              count(*) FILTER (WHERE d.status <> 'sent')::int AS planned,
              count(*) FILTER (WHERE d.status = 'sent')::int AS sent,
              count(d.learner_id)::int AS "learnerVolume"
         FROM deliveries d
        WHERE d.workspace_id = $1 AND ${REACHING} AND ${LANDS} >= $2 AND ${LANDS} < $3
        GROUP BY 1, 2`,
      [workspaceId, from, to, zone],
    );
  }

  /**
   * Learners who would get more than `threshold` messages on a day, all campaigns together, searched
   * only on the candidate days and steps (see `collisionCandidates`): per day, how many, the most
   * one of them gets, the first few of them by id, and how many of them each step reaches.
   */
  collisions(workspaceId: string, from: Date, to: Date, zone: string, days: string[], stepIds: string[], threshold: number, sample: number): Promise<CollisionDayRow[]> {
    return this.dataSource.query(
      `WITH hits AS (
         SELECT (${LANDS} AT TIME ZONE $4)::date AS day, d.learner_id, d.step_id
           FROM deliveries d
          WHERE d.workspace_id = $1 AND ${REACHING} AND ${LANDS} >= $2 AND ${LANDS} < $3
            AND d.learner_id IS NOT NULL AND d.step_id = ANY($5::uuid[])),
       crowded AS MATERIALIZED (
         SELECT day, learner_id, array_agg(step_id) AS steps, count(*)::int AS n
           FROM hits WHERE day = ANY($6::date[])
          GROUP BY day, learner_id HAVING count(*) > $7),
       per_step AS (
         SELECT c.day, u.step_id, count(*)::int AS learners FROM crowded c CROSS JOIN LATERAL unnest(c.steps) AS u(step_id) GROUP BY 1, 2)
       SELECT c.day::text AS day, count(*)::int AS learners, max(c.n)::int AS "maxMessages",
              (array_agg(c.learner_id ORDER BY c.learner_id))[1:$8] AS sample,
              (SELECT json_agg(json_build_object('stepId', p.step_id, 'learners', p.learners) ORDER BY p.learners DESC, p.step_id)
                 FROM per_step p WHERE p.day = c.day) AS steps
         FROM crowded c GROUP BY c.day ORDER BY c.day`,
      [workspaceId, from, to, zone, stepIds, days, threshold, sample],
    );
  }

  learnerNames(workspaceId: string, ids: string[]): Promise<{ id: string; firstName: string | null; lastName: string | null }[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id, first_name AS "firstName", last_name AS "lastName" FROM learners WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
      [workspaceId, ids],
    );
  }
}
