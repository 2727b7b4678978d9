import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StepAnchor, StepChannel } from '../../common/enums';
import { SqlParams } from '../../infrastructure/database/sql-params';
import { CampaignAudienceService } from './campaign-audience.service';
import type { Campaign } from './campaign.entity';
import type { CampaignStep } from './campaign-step.entity';
import { parseLocalTime } from './scheduling/local-time';
import { sendTimeSql } from './scheduling/scheduling-sql';
import { type SendWindow, sendWindowFromColumns } from './scheduling/send-window';
import { parseStepOffset } from './scheduling/step-offset';

export interface StepPlan {
  stepId: string;
  position: number;
  name: string;
  phase: string;
  anchor: string;
  offset: string;
  localTime: string | null;
  channel: string;
  /** First and last learner's send time; null for learner-event steps (they follow each event). */
  firstSendAt: Date | null;
  lastSendAt: Date | null;
  audience: number;
  /** Recipients by channel; for a `preferred` step, `post` counts learners reached by the network instead. */
  channels: { email: number; post: number; talkingPoints: number };
  wouldSkip: { unsubscribed: number; suppressed: number; noConsent: number; frequencyCap: number };
  /** Deliveries already written for this step, once launched. */
  planned: number;
}

interface WorkspaceRules {
  window: SendWindow;
  timeZone: string;
}

/**
 * The dry run of a communication plan: for each step, when it would go (first and last learner's
 * local send time), to how many, through which channels, and how many would be skipped today.
 * It reads only; it writes and sends nothing.
 */
@Injectable()
export class PlanPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: CampaignAudienceService,
  ) {}

  audienceCount(campaign: Campaign): Promise<number> {
    return this.audience.countCampaignAudience(campaign);
  }

  async preview(campaign: Campaign, steps: CampaignStep[], now = new Date()): Promise<StepPlan[]> {
    const rules = await this.workspaceRules(campaign.workspaceId);
    const anchors = await this.anchors(campaign, now);
    const plans: StepPlan[] = [];
    for (const step of [...steps].sort((a, b) => a.position - b.position)) {
      plans.push(await this.previewStep(campaign, step, anchors[step.anchor] ?? null, rules));
    }
    return plans;
  }

  private async previewStep(campaign: Campaign, step: CampaignStep, anchorAt: Date | null, rules: WorkspaceRules): Promise<StepPlan> {
    const base = {
      stepId: step.id,
      position: step.position,
      name: step.name,
      phase: step.phase,
      anchor: step.anchor,
      offset: step.offset,
      localTime: step.localTime?.slice(0, 5) ?? null,
      channel: step.channel,
    };
    const [{ planned }] = await this.dataSource.query(`SELECT count(*)::int AS planned FROM deliveries WHERE step_id = $1`, [step.id]);
    const offset = parseStepOffset(step.offset);
    const localTime = step.localTime ? parseLocalTime(step.localTime.slice(0, 5)) : null;
    const empty = { email: 0, post: 0, talkingPoints: 0 };
    const noSkips = { unsubscribed: 0, suppressed: 0, noConsent: 0, frequencyCap: 0 };

    if (step.channel === StepChannel.Post) {
      let at: Date | null = null;
      if (anchorAt && offset.ok) {
        const params = new SqlParams();
        const sql = sendTimeSql(
          { anchorSql: `${params.add(anchorAt)}::timestamptz`, zoneSql: `${params.add(rules.timeZone)}::text`, offset: offset.value, localTime: localTime?.ok ? localTime.value : null, window: rules.window },
          params.next,
        );
        const [row] = await this.dataSource.query(`SELECT ${params.take(sql, sql.sql)} AS at`, params.values);
        at = row.at;
      }
      const posts = campaign.networkChannelIds.length;
      return { ...base, firstSendAt: at, lastSendAt: at, audience: posts, channels: { ...empty, post: posts }, wouldSkip: noSkips, planned };
    }

    const params = new SqlParams();
    const q = await this.audience.stepAudience(campaign, step, params);
    let range = 'NULL::timestamptz AS first, NULL::timestamptz AS last';
    if (anchorAt && offset.ok && (!localTime || localTime.ok)) {
      const sql = sendTimeSql(
        { anchorSql: `${params.add(anchorAt)}::timestamptz`, zoneSql: 'l.time_zone', offset: offset.value, localTime: localTime?.ok ? localTime.value : null, window: rules.window },
        params.next,
      );
      const at = params.take(sql, sql.sql);
      range = `min(${at}) AS first, max(${at}) AS last`;
    }
    const routedToPost =
      step.channel === StepChannel.Preferred && campaign.networkChannelIds.length > 0
        ? `l.consent_network AND array_position(p.preferred_channels, 'post') IS NOT NULL
           AND (NOT l.consent_email OR array_position(p.preferred_channels, 'email') IS NULL
                OR array_position(p.preferred_channels, 'post') < array_position(p.preferred_channels, 'email'))`
        : 'false';
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS audience, ${range},
              count(*) FILTER (WHERE ${routedToPost})::int AS to_post,
              count(*) FILTER (WHERE l.unsubscribed_at IS NOT NULL)::int AS unsubscribed,
              count(*) FILTER (WHERE l.unsubscribed_at IS NULL AND sup.email IS NOT NULL)::int AS suppressed,
              count(*) FILTER (WHERE l.unsubscribed_at IS NULL AND sup.email IS NULL AND NOT l.consent_email)::int AS no_consent,
              count(*) FILTER (WHERE ${params.add(!step.essential && step.channel !== StepChannel.TalkingPoints)}::boolean
                                 AND w.frequency_cap > 0 AND recent.n >= w.frequency_cap)::int AS capped
         FROM ${q.from}
         JOIN workspaces w ON w.id = l.workspace_id
         LEFT JOIN suppressions sup ON sup.workspace_id = l.workspace_id AND sup.email = l.email
         LEFT JOIN LATERAL (
           SELECT count(*) AS n FROM deliveries r
            WHERE r.learner_id = l.id AND r.status = 'sent' AND r.promotional AND r.sent_at > now() - interval '7 days') recent ON true
        WHERE ${q.where}`,
      params.values,
    );
    const toPost: number = row.to_post;
    const channels =
      step.channel === StepChannel.TalkingPoints
        ? { ...empty, talkingPoints: row.audience }
        : { email: row.audience - toPost, post: toPost, talkingPoints: 0 };
    return {
      ...base,
      firstSendAt: row.first,
      lastSendAt: row.last,
      audience: row.audience,
      channels,
      wouldSkip: { unsubscribed: row.unsubscribed, suppressed: row.suppressed, noConsent: row.no_consent, frequencyCap: row.capped },
      planned,
    };
  }

  private async workspaceRules(workspaceId: string): Promise<WorkspaceRules> {
    const [w] = await this.dataSource.query(`SELECT time_zone, quiet_hours_start, quiet_hours_end, allowed_weekdays FROM workspaces WHERE id = $1`, [workspaceId]);
    return { timeZone: w.time_zone, window: sendWindowFromColumns(w.quiet_hours_start, w.quiet_hours_end, w.allowed_weekdays) };
  }

  /** The instant of each anchor for this campaign; a launch not yet done counts as now. */
  private async anchors(campaign: Campaign, now: Date): Promise<Partial<Record<StepAnchor, Date | null>>> {
    const launch = campaign.launchedAt ?? now;
    if (!campaign.sessionId) return { [StepAnchor.Launch]: launch };
    const [s] = await this.dataSource.query(`SELECT starts_at, ends_at, enrol_by FROM course_sessions WHERE id = $1`, [campaign.sessionId]);
    return {
      [StepAnchor.Launch]: launch,
      [StepAnchor.SessionStart]: s?.starts_at ?? null,
      [StepAnchor.SessionEnd]: s?.ends_at ?? null,
      [StepAnchor.EnrolBy]: s?.enrol_by ?? null,
    };
  }
}
