import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { StepAnchor } from '../../common/enums';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignStep } from '../campaigns/campaign-step.entity';
import { type SendWindow, sendWindowFromColumns } from '../campaigns/scheduling/send-window';
import { stepSendTime } from '../campaigns/scheduling/send-time';
import { parseStepOffset } from '../campaigns/scheduling/step-offset';

/** A step ready to be planned, with everything the planner needs to write its deliveries. */
export interface DueStep {
  campaign: Campaign;
  step: CampaignStep;
  /** The anchor instant (for learner-event steps, the campaign launch: events are read per row). */
  anchorAt: Date;
  window: SendWindow;
  workspaceTimeZone: string;
  /** An auto-winner A/B step whose winner is known: plan the rest of the audience with it. */
  abRest: boolean;
}

const EVENT_ANCHORS = [StepAnchor.LearnerEnrolled, StepAnchor.LearnerCompleted];
const ACTIVE = `('scheduled', 'running')`;
// A local send time can fall up to a day and a half either side of anchor + offset depending on
// the learner's zone (UTC-12 … UTC+14): plan that early, and let each delivery wait for its time.
const PLAN_AHEAD_MS = 36 * 3600 * 1000;

@Injectable()
export class PlanRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Steps to plan now: unplanned steps whose time is near, A/B steps whose winner is known, and
   * learner-event steps with events waiting (those are planned while the campaign is paused too, so
   * no event is lost; their deliveries wait for the resume). A step whose last try failed waits a
   * minute before the next.
   */
  async findDueSteps(now = new Date()): Promise<DueStep[]> {
    const rows: (Record<string, unknown> & { step_id: string; campaign_id: string })[] = await this.dataSource.query(
      `SELECT st.id AS step_id, c.id AS campaign_id,
              s.starts_at, s.ends_at, s.enrol_by,
              w.time_zone AS workspace_time_zone, w.quiet_hours_start, w.quiet_hours_end, w.allowed_weekdays
         FROM campaign_steps st
         JOIN campaigns c ON c.id = st.campaign_id
         JOIN workspaces w ON w.id = c.workspace_id
         LEFT JOIN course_sessions s ON s.id = c.session_id
        WHERE (CASE WHEN st.anchor = ANY($1::text[])
                    THEN c.status IN ('scheduled', 'running', 'paused') AND EXISTS (SELECT 1 FROM step_event_queue q WHERE q.step_id = st.id)
                    ELSE c.status IN ${ACTIVE}
                         AND (st.materialized_at IS NULL OR (st.ab_winner IS NOT NULL AND st.ab_rest_materialized_at IS NULL)) END)
          AND st.notice IS NULL
          AND (st.problem IS NULL OR st.problem->>'blocking' IS NULL OR (st.problem->>'lastSeenAt')::timestamptz < now() - interval '1 minute')
        ORDER BY c.id, st.position`,
      [EVENT_ANCHORS],
    );
    if (!rows.length) return [];
    const steps = await this.dataSource.getRepository(CampaignStep).findBy(rows.map((r) => ({ id: r.step_id })));
    const campaigns = await this.dataSource.getRepository(Campaign).findBy(rows.map((r) => ({ id: r.campaign_id })));
    const due: DueStep[] = [];
    for (const row of rows) {
      const step = steps.find((s) => s.id === row.step_id)!;
      const campaign = campaigns.find((c) => c.id === row.campaign_id)!;
      const anchorAt = anchorInstant(step.anchor, campaign, row);
      if (!anchorAt) continue;
      const window = sendWindowFromColumns(row.quiet_hours_start as string | null, row.quiet_hours_end as string | null, row.allowed_weekdays as number[] | null);
      const abRest = step.materializedAt !== null && step.abWinner !== null && step.abRestMaterializedAt === null;
      if (!abRest && !EVENT_ANCHORS.includes(step.anchor) && !isNear(step, anchorAt, now)) continue;
      due.push({ campaign, step, anchorAt, window, workspaceTimeZone: row.workspace_time_zone as string, abRest });
    }
    return due;
  }

  /**
   * Change notices not planned yet: of running or paused campaigns (a paused campaign's wait for
   * the resume), or of a campaign the session's cancellation ended (its cancellation notice).
   * Planned at once: they go out at the next moment the send window allows.
   */
  async findDueNotices(): Promise<DueStep[]> {
    const rows: { step_id: string; campaign_id: string; workspace_time_zone: string; quiet_hours_start: string | null; quiet_hours_end: string | null; allowed_weekdays: number[] | null }[] =
      await this.dataSource.query(
        `SELECT st.id AS step_id, c.id AS campaign_id, w.time_zone AS workspace_time_zone, w.quiet_hours_start, w.quiet_hours_end, w.allowed_weekdays
           FROM campaign_steps st
           JOIN campaigns c ON c.id = st.campaign_id
           JOIN workspaces w ON w.id = c.workspace_id
          WHERE st.notice IS NOT NULL AND st.materialized_at IS NULL
            AND (c.status IN ('scheduled', 'running', 'paused') OR (c.status = 'cancelled' AND st.notice = 'session_cancelled'))
            AND (st.problem IS NULL OR (st.problem->>'lastSeenAt')::timestamptz < now() - interval '1 minute')
          ORDER BY c.launched_at, c.id, st.position`,
      );
    if (!rows.length) return [];
    const steps = await this.dataSource.getRepository(CampaignStep).findBy(rows.map((r) => ({ id: r.step_id })));
    const campaigns = await this.dataSource.getRepository(Campaign).findBy(rows.map((r) => ({ id: r.campaign_id })));
    return rows.flatMap((row) => {
      const campaign = campaigns.find((c) => c.id === row.campaign_id)!;
      if (!campaign.launchedAt) return [];
      return [
        {
          campaign,
          step: steps.find((s) => s.id === row.step_id)!,
          anchorAt: campaign.launchedAt,
          window: sendWindowFromColumns(row.quiet_hours_start, row.quiet_hours_end, row.allowed_weekdays),
          workspaceTimeZone: row.workspace_time_zone,
          abRest: false,
        },
      ];
    });
  }

  async markPlanned(manager: EntityManager, stepId: string, anchorAt: Date): Promise<void> {
    await manager.query(`UPDATE campaign_steps SET materialized_at = now(), anchor_at = $2, updated_at = now() WHERE id = $1`, [stepId, anchorAt]);
  }

  async markAbRestPlanned(manager: EntityManager, stepId: string): Promise<void> {
    await manager.query(`UPDATE campaign_steps SET ab_rest_materialized_at = now(), updated_at = now() WHERE id = $1`, [stepId]);
  }

  /**
   * Takes up to `limit` waiting events of a learner-event step (in the caller's transaction: they
   * come back if planning fails). Rows are visible once their writer commits, however long it ran.
   */
  async takeStepEvents(manager: EntityManager, stepId: string, limit: number): Promise<{ learnerId: string; occurredAt: Date }[]> {
    const [rows]: [{ learnerId: string; occurredAt: Date }[], number] = await manager.query(
      `DELETE FROM step_event_queue WHERE id IN (
         SELECT id FROM step_event_queue WHERE step_id = $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING learner_id AS "learnerId", occurred_at AS "occurredAt"`,
      [stepId, limit],
    );
    return rows;
  }

  /** Events still waiting for steps of campaigns that ended: nobody will plan them. */
  async dropEventsOfEndedCampaigns(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM step_event_queue q USING campaign_steps st, campaigns c
        WHERE st.id = q.step_id AND c.id = st.campaign_id AND c.status IN ('completed', 'cancelled')`,
    );
  }

  /** Skips what the given (cancelled) campaigns had not sent. */
  async skipUnsent(campaignIds: string[], reason: string): Promise<void> {
    if (!campaignIds.length) return;
    await this.dataSource.query(
      `UPDATE deliveries SET status = 'skipped', reason = $2, claim_token = NULL, lease_until = NULL, updated_at = now()
        WHERE campaign_id = ANY($1::uuid[]) AND status IN ('pending', 'queued')`,
      [campaignIds, reason],
    );
  }

  /**
   * A rescheduled session: steps planned against its old dates are planned again. Their pending
   * deliveries are dropped and rewritten at the new times; what was sent stays sent (the unique
   * key keeps those learners out of the new round).
   */
  async resetRescheduledSteps(): Promise<void> {
    await this.dataSource.query(
      `WITH moved AS (
         UPDATE campaign_steps st SET materialized_at = NULL, anchor_at = NULL, updated_at = now()
           FROM campaigns c JOIN course_sessions s ON s.id = c.session_id
          WHERE st.campaign_id = c.id AND c.status IN ('scheduled', 'running', 'paused')
            AND st.materialized_at IS NOT NULL
            AND st.anchor IN ('session_start', 'session_end', 'enrol_by')
            AND st.anchor_at IS DISTINCT FROM (CASE st.anchor WHEN 'session_start' THEN s.starts_at WHEN 'session_end' THEN s.ends_at ELSE s.enrol_by END)
         RETURNING st.id)
       DELETE FROM deliveries d USING moved WHERE d.step_id = moved.id AND d.status = 'pending'`,
    );
  }
}

function anchorInstant(anchor: StepAnchor, campaign: Campaign, row: Record<string, unknown>): Date | null {
  switch (anchor) {
    case StepAnchor.SessionStart:
      return (row.starts_at as Date | null) ?? null;
    case StepAnchor.SessionEnd:
      return (row.ends_at as Date | null) ?? null;
    case StepAnchor.EnrolBy:
      return (row.enrol_by as Date | null) ?? null;
    default:
      return campaign.launchedAt;
  }
}

function isNear(step: CampaignStep, anchorAt: Date, now: Date): boolean {
  const offset = parseStepOffset(step.offset);
  if (!offset.ok) return false;
  const at = stepSendTime({ anchor: anchorAt, offset: offset.value, localTime: null, zone: 'UTC' });
  return at.getTime() - PLAN_AHEAD_MS <= now.getTime();
}
