import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StepNotice } from '../../common/enums';
import { sessionChangeKind } from '../courses/session-rules';
import type { UpdateSessionDto } from '../courses/dto/session.dto';
import { SessionsService } from '../courses/sessions.service';
import { CampaignNoticesService } from './campaign-notices.service';
import type { SessionChangePreviewDto } from './dto/session-change-preview.dto';
import { NOTICE_PURPOSE } from './session-notices';

const LIVE = `c.session_id = $1 AND c.launched_at IS NOT NULL AND c.status IN ('scheduled', 'running', 'paused')`;
// A step still has something to send: not planned yet, or deliveries waiting.
const UNSENT = `(st.materialized_at IS NULL OR EXISTS (SELECT 1 FROM deliveries d WHERE d.step_id = st.id AND d.status IN ('pending', 'queued')))`;

/**
 * What rescheduling or cancelling a session would do to the campaigns on it, counted without doing
 * it: the numbers a DLM reads in the confirmation before the PATCH. The same rules as the engine's
 * (who is told, which posts are corrected, which steps move or are skipped).
 */
@Injectable()
export class SessionChangePreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly notices: CampaignNoticesService,
  ) {}

  async preview(workspaceId: string, sessionId: string, input: UpdateSessionDto): Promise<SessionChangePreviewDto> {
    const { session, plan } = await this.sessions.previewUpdate(workspaceId, sessionId, input);
    const change = sessionChangeKind(plan);
    const next = plan.kind === 'changed' ? plan.next : null;
    // Anchors whose instant changes: their steps move with the session.
    const moved = next
      ? [
          ...(next.startsAt.getTime() !== session.startsAt.getTime() ? ['session_start'] : []),
          ...(next.endsAt.getTime() !== session.endsAt.getTime() ? ['session_end'] : []),
          ...((next.enrolBy?.getTime() ?? null) !== (session.enrolBy?.getTime() ?? null) ? ['enrol_by'] : []),
        ]
      : [];
    const [counts]: { campaigns: number; told: number; posts: number; moved: number; skipped: number }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM campaigns c WHERE ${LIVE})::int AS campaigns,
              (SELECT count(*) FROM (
                 SELECT d.learner_id FROM deliveries d
                   JOIN campaigns c ON c.id = d.campaign_id
                   JOIN template_versions tv ON tv.id = d.template_version_id
                   JOIN templates t ON t.id = tv.template_id
                  WHERE ${LIVE} AND d.status = 'sent' AND d.learner_id IS NOT NULL AND t.purpose = 'invitation'
                 UNION
                 SELECT e.learner_id FROM enrollments e WHERE e.session_id = $1 AND e.status IN ('enrolled', 'started')) told
                WHERE EXISTS (SELECT 1 FROM campaigns c WHERE ${LIVE}))::int AS told,
              (SELECT count(*) FROM (
                 SELECT DISTINCT d.campaign_id, d.network_channel_id FROM deliveries d JOIN campaigns c ON c.id = d.campaign_id
                  WHERE ${LIVE} AND d.channel = 'post' AND d.status = 'sent') announced)::int AS posts,
              (SELECT count(*) FROM campaign_steps st JOIN campaigns c ON c.id = st.campaign_id
                WHERE ${LIVE} AND st.notice IS NULL AND st.anchor = ANY($2::text[]) AND ${UNSENT})::int AS moved,
              (SELECT count(*) FROM campaign_steps st JOIN campaigns c ON c.id = st.campaign_id
                WHERE ${LIVE} AND st.notice IS NULL AND $3 AND ${UNSENT})::int AS skipped`,
      [session.id, moved, change === 'cancel'],
    );
    const told = change === 'none' ? 0 : counts.told;
    const posts = change === 'none' ? 0 : counts.posts;
    const missing: Array<'email' | 'post'> = [];
    if (change !== 'none') {
      const purpose = NOTICE_PURPOSE[change === 'cancel' ? StepNotice.SessionCancelled : StepNotice.SessionChanged];
      const manager = this.dataSource.manager;
      if (told > 0 && !(await this.notices.noticeTemplateVersion(manager, workspaceId, 'email', purpose))) missing.push('email');
      if (posts > 0 && !(await this.notices.noticeTemplateVersion(manager, workspaceId, 'post', purpose))) missing.push('post');
    }
    return {
      change,
      campaigns: counts.campaigns,
      toldByEmail: told,
      postsToCorrect: posts,
      stepsMoved: change === 'cancel' ? 0 : counts.moved,
      stepsSkipped: change === 'cancel' ? counts.skipped : 0,
      missingNoticeTemplates: missing,
    };
  }
}
