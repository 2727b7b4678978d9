import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { StepProblem } from './campaign-step.entity';
import { CAMPAIGN_TRANSITIONS, CampaignAction } from './campaign-status';

// Below this many finished deliveries, a failure rate says nothing yet…
const MIN_SAMPLE = 50;
// …nor before this share of the campaign's deliveries has finished: the first batch may hold
// every bad address of the list, the rest none.
const MIN_SAMPLE_SHARE = 0.1;


/**
 * The engine's side of the campaign life cycle: the transitions the engine makes (start, complete,
 * automatic pause, cancellation with the session) and the problems it reports on steps. Every
 * status change follows `CAMPAIGN_TRANSITIONS`, the same table the API's actions follow; the
 * delivery module asks here and never writes campaigns itself.
 */
@Injectable()
export class CampaignProgressService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A scheduled campaign whose first deliveries were written is running. */
  async start(manager: EntityManager, campaignId: string): Promise<void> {
    const { from, to } = CAMPAIGN_TRANSITIONS[CampaignAction.Start];
    await manager.query(`UPDATE campaigns SET status = $3, updated_at = now() WHERE id = $1 AND status = ANY($2::text[])`, [campaignId, from, to]);
  }

  /** Campaigns whose session was cancelled are cancelled too; returns their ids. */
  async cancelForCancelledSessions(): Promise<string[]> {
    const { from, to } = CAMPAIGN_TRANSITIONS[CampaignAction.Cancel];
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE campaigns c
          SET status = $2, cancelled_at = now(), status_reason = 'The session was cancelled', updated_at = now()
         FROM course_sessions s
        WHERE s.id = c.session_id AND s.status = 'cancelled' AND c.status = ANY($1::text[]) AND c.status <> 'draft'
       RETURNING c.id`,
      [from, to],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Campaigns with every step planned and nothing left to send are completed. Steps anchored on
   * learner events keep listening until thirty days after the session ends (an evergreen campaign
   * never ends by itself: cancel it). A finished campaign whose failure rate passes the threshold
   * is paused instead, with the reason: its last failures may have been written after the sender's
   * own check, and a DLM should see them before the campaign reads "completed".
   */
  async completeFinished(eventAnchors: readonly string[]): Promise<void> {
    const { from, to } = CAMPAIGN_TRANSITIONS[CampaignAction.Complete];
    const finished: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM campaigns c
        WHERE c.status = ANY($2::text[])
          AND EXISTS (SELECT 1 FROM campaign_steps st WHERE st.campaign_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM campaign_steps st WHERE st.campaign_id = c.id
                           AND (st.materialized_at IS NULL OR (st.ab_test_fraction IS NOT NULL AND st.ab_rest_materialized_at IS NULL)))
          AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.campaign_id = c.id AND d.status IN ('pending', 'queued', 'sending'))
          AND (NOT EXISTS (SELECT 1 FROM campaign_steps st WHERE st.campaign_id = c.id AND st.anchor = ANY($1::text[]))
               OR (SELECT s.ends_at FROM course_sessions s WHERE s.id = c.session_id) < now() - interval '30 days')`,
      [eventAnchors, from],
    );
    if (!finished.length) return;
    const paused = new Set(await this.pauseFailingCampaigns(finished.map((c) => c.id)));
    const done = finished.map((c) => c.id).filter((id) => !paused.has(id));
    if (!done.length) return;
    // The status guard again: a campaign paused or cancelled since the SELECT stays as it is.
    await this.dataSource.query(
      `UPDATE campaigns SET status = $3, completed_at = now(), updated_at = now() WHERE id = ANY($1::uuid[]) AND status = ANY($2::text[])`,
      [done, from, to],
    );
  }

  /**
   * Pauses campaigns whose deliveries fail too often, and says why, so a DLM can look before more
   * go out. The rate is judged on a sample spread over the campaign: at least MIN_SAMPLE finished
   * deliveries and a tenth of those planned, or all of them in a smaller campaign (claims take due
   * rows of the same moment in id order, which is random, so the sample is not one slice of a list).
   * After a resume only what finished since counts: the DLM has seen the failures before it.
   */
  async pauseFailingCampaigns(campaignIds: string[]): Promise<string[]> {
    if (!campaignIds.length) return [];
    const { from, to } = CAMPAIGN_TRANSITIONS[CampaignAction.Pause];
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `WITH judged AS (
         SELECT d.campaign_id, d.status,
                d.status IN ('sent', 'failed') AND coalesce(d.sent_at, d.updated_at) <= coalesce(c.resumed_at, '-infinity') AS seen
           FROM deliveries d JOIN campaigns c ON c.id = d.campaign_id
          WHERE d.campaign_id = ANY($1::uuid[]) AND d.status <> 'skipped'),
       rates AS (
         SELECT campaign_id,
                count(*) FILTER (WHERE status = 'failed' AND NOT seen) AS failed,
                count(*) FILTER (WHERE status IN ('sent', 'failed') AND NOT seen) AS finished,
                count(*) FILTER (WHERE NOT seen) AS planned
           FROM judged
          GROUP BY campaign_id)
       UPDATE campaigns c
          SET status = $3, paused_at = now(), updated_at = now(),
              status_reason = format('Paused automatically: %s of %s deliveries failed (%s%%), above the workspace threshold of %s%%',
                                     r.failed, r.finished, round(100.0 * r.failed / r.finished), round(100 * w.failure_pause_threshold))
         FROM rates r, workspaces w
        WHERE c.id = r.campaign_id AND w.id = c.workspace_id AND c.status = ANY($2::text[])
          AND r.finished > 0
          AND r.finished >= least(r.planned, greatest(${MIN_SAMPLE}, ceil(${MIN_SAMPLE_SHARE} * r.planned)))
          AND r.failed::numeric / r.finished > w.failure_pause_threshold
       RETURNING c.id`,
      [campaignIds, from, to],
    );
    return rows.map((r) => r.id);
  }

  /** Records (or, with null, clears) why a step could not be planned. */
  async setStepProblem(stepId: string, problem: StepProblem | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE campaign_steps
          SET problem = CASE WHEN $2::jsonb IS NULL THEN NULL
                             ELSE $2::jsonb || jsonb_build_object('since', coalesce(problem->>'since', now()::text), 'lastSeenAt', now()) END
        WHERE id = $1 AND (problem IS NOT NULL OR $2::jsonb IS NOT NULL)`,
      [stepId, problem ? JSON.stringify(problem) : null],
    );
  }
}
