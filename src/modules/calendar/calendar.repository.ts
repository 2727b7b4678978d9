import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CampaignStatus, MessageKind, StepAnchor, StepChannel, StepPhase } from '../../common/enums';
import { COLLISION_SAMPLE } from './calendar-rules';

/** A step of a campaign that is not a draft, with what places it on a day before it is planned. */
export interface CalendarStepRow {
  stepId: string;
  stepName: string;
  phase: StepPhase;
  channel: StepChannel;
  messageKind: MessageKind | null;
  templatePurpose: string | null;
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
// delivery lands when it was sent, else when it is scheduled.
const LANDS = `coalesce(d.sent_at, d.scheduled_at)`;
const REACHING = `d.status IN ('pending', 'queued', 'sending', 'sent')`;
// Advisory lock class of a workspace's calendar refresh ("cal" in ASCII).
const ROLLUP_LOCK_CLASS = 6513004;

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
      `SELECT st.id AS "stepId", st.name AS "stepName", st.phase, st.channel, st.message_kind AS "messageKind", st.anchor,
              (SELECT t.purpose FROM template_versions v JOIN templates t ON t.id = v.template_id WHERE v.id = st.template_version_id) AS "templatePurpose", st."offset"::text AS "offset",
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

  /** When the workspace's sums were computed, and in which zone; null before the first time. */
  async rollup(workspaceId: string): Promise<{ timeZone: string; computedAt: Date } | null> {
    const [row] = await this.dataSource.query(`SELECT time_zone AS "timeZone", computed_at AS "computedAt" FROM calendar_rollups WHERE workspace_id = $1`, [workspaceId]);
    return row ?? null;
  }

  /**
   * Recomputes a workspace's sums from its deliveries in one pass, in its zone, and replaces the old
   * ones in the same transaction (readers see the old or the new). One refresh per workspace at a
   * time: a second caller returns false at once. A delivery counts on the day it was sent, else on
   * the day it is scheduled; failed and skipped ones reach nobody.
   */
  async refresh(workspaceId: string, zone: string, wait = false): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const lock = wait ? 'pg_advisory_xact_lock' : 'pg_try_advisory_xact_lock';
      const [{ locked }] = await manager.query(`SELECT ${lock}(${ROLLUP_LOCK_CLASS}, hashtext($1::text))::text <> 'false' AS locked`, [workspaceId]);
      if (!locked) return false;
      // A reporting pass: no JIT (compiling costs more than it saves here), room to group in memory.
      await manager.query(`SET LOCAL jit = off`);
      await manager.query(`SET LOCAL work_mem = '128MB'`);
      for (const table of ['calendar_step_days', 'calendar_day_loads', 'calendar_day_step_loads']) {
        await manager.query(`DELETE FROM ${table} WHERE workspace_id = $1`, [workspaceId]);
      }
      await manager.query(
        `WITH d AS MATERIALIZED (
           SELECT (${LANDS} AT TIME ZONE $2)::date AS day, d.step_id, d.learner_id, d.status = 'sent' AS sent
             -- Through the workspace's campaigns: deliveries_campaign_status_idx, no index of its own to keep up on every send.
             FROM campaigns c JOIN deliveries d ON d.campaign_id = c.id
            WHERE c.workspace_id = $1 AND ${REACHING}),
         step_days AS (
           INSERT INTO calendar_step_days (workspace_id, day, step_id, planned, sent, learner_volume)
           SELECT $1, day, step_id, count(*) FILTER (WHERE NOT sent), count(*) FILTER (WHERE sent), count(learner_id)
             FROM d GROUP BY day, step_id),
         loads AS MATERIALIZED (
           SELECT day, learner_id, count(*)::int AS messages, array_agg(step_id) AS steps
             FROM d WHERE learner_id IS NOT NULL GROUP BY day, learner_id HAVING count(*) > 1),
         day_loads AS (
           INSERT INTO calendar_day_loads (workspace_id, day, messages, learners, sample)
           SELECT $1, day, messages, count(*), (array_agg(learner_id ORDER BY learner_id))[1:$3] FROM loads GROUP BY day, messages)
         INSERT INTO calendar_day_step_loads (workspace_id, day, messages, step_id, learners)
         SELECT $1, l.day, l.messages, s.step_id, count(*) FROM loads l CROSS JOIN LATERAL unnest(l.steps) AS s(step_id) GROUP BY 2, 3, 4`,
        [workspaceId, zone, COLLISION_SAMPLE],
      );
      await manager.query(
        `INSERT INTO calendar_rollups (workspace_id, time_zone, computed_at) VALUES ($1, $2, now())
         ON CONFLICT (workspace_id) DO UPDATE SET time_zone = excluded.time_zone, computed_at = excluded.computed_at`,
        [workspaceId, zone],
      );
      return true;
    });
  }

  /** Planned and sent deliveries per step and day of the range. */
  stepDays(workspaceId: string, from: string, to: string): Promise<StepDayRow[]> {
    return this.dataSource.query(
      `SELECT step_id AS "stepId", day::text AS day, planned, sent, learner_volume AS "learnerVolume"
         FROM calendar_step_days WHERE workspace_id = $1 AND day BETWEEN $2::date AND $3::date`,
      [workspaceId, from, to],
    );
  }

  /**
   * Days of the range on which learners get more than `threshold` messages: how many, the most one
   * of them gets, the first few of them by id, and how many of them each step reaches.
   */
  collisions(workspaceId: string, from: string, to: string, threshold: number, sample: number): Promise<CollisionDayRow[]> {
    return this.dataSource.query(
      `WITH per_day AS (
         SELECT day, sum(learners)::int AS learners, max(messages) AS "maxMessages"
           FROM calendar_day_loads WHERE workspace_id = $1 AND day BETWEEN $2::date AND $3::date AND messages > $4 GROUP BY day),
       per_step AS (
         SELECT day, step_id, sum(learners)::int AS learners
           FROM calendar_day_step_loads WHERE workspace_id = $1 AND day BETWEEN $2::date AND $3::date AND messages > $4 GROUP BY day, step_id)
       SELECT p.day::text AS day, p.learners, p."maxMessages",
              -- The first few by id of each number of messages above the threshold hold the first few of all.
              ARRAY(SELECT DISTINCT u.id FROM calendar_day_loads l CROSS JOIN LATERAL unnest(l.sample) AS u(id)
                     WHERE l.workspace_id = $1 AND l.day = p.day AND l.messages > $4 ORDER BY 1 LIMIT $5) AS sample,
              (SELECT json_agg(json_build_object('stepId', s.step_id, 'learners', s.learners) ORDER BY s.learners DESC, s.step_id)
                 FROM per_step s WHERE s.day = p.day) AS steps
         FROM per_day p ORDER BY p.day`,
      [workspaceId, from, to, threshold, sample],
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
