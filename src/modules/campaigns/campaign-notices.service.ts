import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NOTICE_PURPOSE, noticeKind, noticeStepPlacement } from './session-notices';

/**
 * Launched campaigns whose session changed (its invite sequence grew) since they last told their
 * learners: still running or paused, or cancelled by the session's own cancellation.
 */
const NOTICE_DUE = `c.noticed_sequence IS NOT NULL AND c.noticed_sequence < s.invite_sequence
  AND (c.status IN ('scheduled', 'running', 'paused')
       OR (c.status = 'cancelled' AND s.status = 'cancelled' AND c.cancelled_at >= s.cancelled_at))`;

/**
 * Change notices: when a session is rescheduled or cancelled after a campaign on it launched, the
 * campaign gets a notice step (email, and a correction post when posts announced the session),
 * pinned to the workspace's template for that purpose. The engine plans it like any other step
 * (see the planner), to those invited or enrolled. Found from what is committed (the session's
 * sequence against the campaign's), so a notice is never lost to a crash between the PATCH and
 * the planner, and never added twice (the campaign row is locked, the notice key is unique).
 */
@Injectable()
export class CampaignNoticesService {
  private readonly logger = new Logger(CampaignNoticesService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The launch: what the campaign's learners know of the session is its sequence now. */
  async recordLaunch(manager: EntityManager, campaignId: string): Promise<void> {
    await manager.query(
      `UPDATE campaigns c SET noticed_sequence = s.invite_sequence FROM course_sessions s WHERE c.id = $1 AND s.id = c.session_id`,
      [campaignId],
    );
  }

  /** Adds the notice steps every changed session calls for. */
  async openNotices(now = new Date()): Promise<void> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM campaigns c JOIN course_sessions s ON s.id = c.session_id WHERE ${NOTICE_DUE} ORDER BY c.launched_at, c.id`,
    );
    for (const { id } of due) await this.dataSource.transaction((manager) => this.openFor(manager, id, now));
  }

  private async openFor(manager: EntityManager, campaignId: string, now: Date): Promise<void> {
    const [row]: {
      workspace_id: string;
      workspace_locale: string;
      launched_at: Date;
      invite_sequence: number;
      session_status: string;
      starts_at: Date;
      ends_at: Date;
      told: boolean;
      announced: boolean;
    }[] = await manager.query(
      `SELECT c.workspace_id, (SELECT w.default_locale FROM workspaces w WHERE w.id = c.workspace_id) AS workspace_locale, c.launched_at, s.invite_sequence, s.status AS session_status, s.starts_at, s.ends_at,
              (EXISTS (SELECT 1 FROM deliveries d
                         JOIN template_versions tv ON tv.id = d.template_version_id JOIN templates t ON t.id = tv.template_id
                        WHERE d.campaign_id = c.id AND d.status = 'sent' AND d.learner_id IS NOT NULL AND t.purpose = 'invitation')
               OR EXISTS (SELECT 1 FROM enrollments e WHERE e.session_id = s.id AND e.status IN ('enrolled', 'started'))) AS told,
              EXISTS (SELECT 1 FROM deliveries d WHERE d.campaign_id = c.id AND d.channel = 'post' AND d.status = 'sent') AS announced
         FROM campaigns c JOIN course_sessions s ON s.id = c.session_id
        WHERE c.id = $1 AND ${NOTICE_DUE}
          FOR UPDATE OF c`,
      [campaignId],
    );
    if (!row) return;
    const notice = noticeKind(row.session_status);
    // Only what has someone to tell: a change before any invitation, enrolment or post adds no step.
    const channels = [...(row.told ? (['email'] as const) : []), ...(row.announced ? (['post'] as const) : [])];
    for (const channel of channels) {
      const versionId = await this.noticeTemplateVersion(manager, row.workspace_id, channel, NOTICE_PURPOSE[notice]);
      if (!versionId) {
        this.logger.warn({ campaignId, notice, channel }, 'No approved template for this change notice: nobody is told on this channel');
        continue;
      }
      const placement = noticeStepPlacement(notice, channel, row.launched_at, now, { startsAt: row.starts_at, endsAt: row.ends_at }, row.workspace_locale);
      await manager.query(
        `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id, essential, notice, notice_sequence)
         SELECT $1, $2, coalesce(max(position) + 1, 0), $3, $4, 'launch', $5, $6, $7, true, $8, $9 FROM campaign_steps WHERE campaign_id = $2
         ON CONFLICT (campaign_id, notice_sequence, channel) WHERE notice IS NOT NULL DO NOTHING`,
        [row.workspace_id, campaignId, placement.name, placement.phase, placement.offset, channel, versionId, notice, row.invite_sequence],
      );
    }
    await manager.query(`UPDATE campaigns SET noticed_sequence = $2, updated_at = now() WHERE id = $1`, [campaignId, row.invite_sequence]);
  }

  /**
   * The workspace's template for a notice: of the channel and purpose, not archived, its newest
   * version a step may pin (approved, or the workspace asks for no review); the workspace's own
   * before the starter it installed.
   */
  async noticeTemplateVersion(manager: EntityManager, workspaceId: string, channel: 'email' | 'post', purpose: string): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT v.id
         FROM templates t
         JOIN template_versions v ON v.template_id = t.id
         JOIN workspaces w ON w.id = t.workspace_id
         LEFT JOIN LATERAL (SELECT action FROM template_reviews r WHERE r.version_id = v.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1) r ON true
        WHERE t.workspace_id = $1 AND t.channel = $2 AND t.purpose = $3 AND t.archived_at IS NULL
          AND (NOT w.template_approval OR coalesce(r.action IN ('approved', 'auto_approved'), false))
        ORDER BY (t.starter_key IS NULL) DESC, t.updated_at DESC, v.version DESC
        LIMIT 1`,
      [workspaceId, channel, purpose],
    );
    return row?.id ?? null;
  }
}
