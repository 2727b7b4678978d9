import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { StepAnchor, StepChannel } from '../../common/enums';
import { SqlParams } from '../../infrastructure/database/sql-params';
import { CampaignAudienceService } from '../campaigns/campaign-audience.service';
import type { Campaign } from '../campaigns/campaign.entity';
import type { CampaignStep } from '../campaigns/campaign-step.entity';
import { parseLocalTime } from '../campaigns/scheduling/local-time';
import { sendTimeSql, variantSql } from '../campaigns/scheduling/scheduling-sql';
import { parseStepOffset } from '../campaigns/scheduling/step-offset';
import { PlanRepository, type DueStep } from './plan.repository';

/** Learner events that materialise deliveries as they happen, and the enrolment column they read. */
const EVENT_ANCHORS: Partial<Record<StepAnchor, string>> = {
  [StepAnchor.LearnerEnrolled]: 'enrolled_at',
  [StepAnchor.LearnerCompleted]: 'completed_at',
};

// A learner event written up to this long before the watermark is still picked up (commit lag).
const EVENT_WATERMARK_SLACK = '10 seconds';

/**
 * Turns communication plans into delivery rows, set-based: when a step comes due, one
 * INSERT … SELECT over its audience writes every delivery with its own send time in the learner's
 * zone, ON CONFLICT DO NOTHING (a step planned twice, concurrently or after a crash, adds nobody
 * twice). Learner-event steps are caught up from enrolments at every round.
 */
@Injectable()
export class PlannerService {
  private readonly logger = new Logger(PlannerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
    private readonly audience: CampaignAudienceService,
  ) {}

  /** One planning round over every active campaign. */
  async plan(): Promise<void> {
    await this.plans.skipForCancelledSessions();
    await this.plans.resetRescheduledSteps();
    for (const due of await this.plans.findDueSteps()) {
      await this.materialize(due).catch((error) =>
        this.logger.error({ err: error, stepId: due.step.id }, 'Could not plan a step; will retry next round'),
      );
    }
    await this.plans.completeFinishedCampaigns();
  }

  /** Writes the deliveries of one step in one transaction, and marks the step planned. */
  async materialize(due: DueStep): Promise<number> {
    const eventColumn = EVENT_ANCHORS[due.step.anchor];
    return this.dataSource.transaction(async (manager) => {
      const inserted = await this.insertDeliveries(manager, due, eventColumn);
      if (due.abRest) await this.plans.markAbRestPlanned(manager, due.step.id);
      else await this.plans.markPlanned(manager, due.step.id, due.anchorAt);
      if (inserted > 0) await this.plans.markRunning(manager, due.campaign.id);
      return inserted;
    });
  }

  private async insertDeliveries(manager: EntityManager, due: DueStep, eventColumn: string | undefined): Promise<number> {
    const { campaign, step } = due;
    if (step.channel === StepChannel.Post) return this.insertPosts(manager, due);

    const params = new SqlParams();
    const q = await this.audience.stepAudience(campaign, step, params);
    let from = q.from;
    const where = [q.where];
    let anchorSql: string;
    if (eventColumn) {
      // One delivery per learner event since the last round, timed from the event itself.
      const scope = campaign.sessionId ? `ev.session_id = ${params.add(campaign.sessionId)}` : `ev.course_id = ${params.add(campaign.courseId)}`;
      from += ` JOIN enrollments ev ON ev.learner_id = l.id AND ${scope}`;
      where.push(`ev.${eventColumn} IS NOT NULL`, `ev.${eventColumn} >= ${params.add(campaign.launchedAt)}::timestamptz`);
      if (step.materializedAt) {
        where.push(`ev.updated_at >= ${params.add(step.materializedAt)}::timestamptz - interval '${EVENT_WATERMARK_SLACK}'`);
      }
      anchorSql = `ev.${eventColumn}`;
    } else {
      anchorSql = `${params.add(due.anchorAt)}::timestamptz`;
    }

    if (step.channel === StepChannel.Preferred) where.push(`${this.routeSql(campaign, params)} = 'email'`);

    const sendAt = sendTimeSql(
      { anchorSql, zoneSql: 'l.time_zone', offset: offsetOf(step), localTime: localTimeOf(step), window: due.window },
      params.next,
    );
    let scheduledAt = params.take(sendAt, sendAt.sql);
    let variant: string;
    let version: string;
    if (step.abTestFraction !== null && step.variants.length) {
      // Auto-winner: a stable share of the audience tests the variants; the rest waits for the winner.
      const inTest = `clarion_variant_bucket(${params.add(testGroupKey(step.id))}::uuid, l.id) < ${params.add(step.abTestFraction)}::float8`;
      where.push(due.abRest ? `NOT (${inTest})` : inTest);
    }
    if (due.abRest) {
      const winner = step.variants.find((v) => v.key === step.abWinner) ?? step.variants[0];
      variant = `${params.add(winner.key)}::text`;
      version = `${params.add(winner.templateVersionId)}::uuid`;
      scheduledAt = `greatest(${scheduledAt}, now())`;
    } else {
      [variant, version] = this.variantColumns(step, params);
    }
    const channel = step.channel === StepChannel.TalkingPoints ? 'talking_points' : 'email';

    const rows: unknown[] = await manager.query(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, variant, template_version_id, promotional, scheduled_at)
       SELECT ${params.add(campaign.workspaceId)}::uuid, ${params.add(campaign.id)}::uuid, ${params.add(step.id)}::uuid, l.id,
              '${channel}', ${variant}, ${version}, ${params.add(!step.essential && channel === 'email')}::boolean, ${scheduledAt}
         FROM ${from}
        WHERE ${where.join(' AND ')}
       ON CONFLICT (step_id, learner_id) WHERE learner_id IS NOT NULL DO NOTHING
       RETURNING 1`,
      params.values,
    );
    return rows.length;
  }

  /** One post per network channel of the campaign. */
  private async insertPosts(manager: EntityManager, due: DueStep): Promise<number> {
    const { campaign, step } = due;
    if (!campaign.networkChannelIds.length) return 0;
    const params = new SqlParams();
    const [variant, version] = this.variantColumns(step, params, 'nc.id');
    // Posts go out at the step's time in the workspace's own zone.
    const sendAt = sendTimeSql(
      { anchorSql: `${params.add(due.anchorAt)}::timestamptz`, zoneSql: `${params.add(due.workspaceTimeZone)}::text`, offset: offsetOf(step), localTime: localTimeOf(step), window: due.window },
      params.next,
    );
    const scheduledAt = params.take(sendAt, sendAt.sql);
    const rows: unknown[] = await manager.query(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, network_channel_id, channel, variant, template_version_id, promotional, scheduled_at)
       SELECT ${params.add(campaign.workspaceId)}::uuid, ${params.add(campaign.id)}::uuid, ${params.add(step.id)}::uuid, nc.id,
              'post', ${variant}, ${version}, true, ${scheduledAt}
         FROM unnest(${params.add(campaign.networkChannelIds)}::uuid[]) AS nc(id)
       ON CONFLICT (step_id, network_channel_id) WHERE network_channel_id IS NOT NULL DO NOTHING
       RETURNING 1`,
      params.values,
    );
    return rows.length;
  }

  /**
   * `preferred` routing: the first channel of the persona's order that the learner can receive —
   * `post` when the learner consents to the network and the campaign has a channel, else `email`.
   * Without a persona (or preferences), email. Learners routed to `post` get no email from the
   * step: the campaign's post steps reach them on the network.
   */
  private routeSql(campaign: Campaign, params: SqlParams): string {
    const hasChannels = params.add(campaign.networkChannelIds.length > 0);
    return `(CASE
      WHEN ${hasChannels}::boolean AND l.consent_network
       AND array_position(p.preferred_channels, 'post') IS NOT NULL
       AND (NOT l.consent_email OR array_position(p.preferred_channels, 'email') IS NULL
            OR array_position(p.preferred_channels, 'post') < array_position(p.preferred_channels, 'email'))
      THEN 'post' ELSE 'email' END)`;
  }

  /** SQL for the variant key and the pinned template version of each delivery. */
  private variantColumns(step: CampaignStep, params: SqlParams, recipientIdSql = 'l.id'): [string, string] {
    if (!step.variants.length) return ['NULL', `${params.add(step.templateVersionId)}::uuid`];
    const pick = variantSql({ stepId: step.id, learnerIdSql: recipientIdSql, variants: step.variants }, params.next);
    const variant = params.take(pick, pick.sql);
    const keys = params.add(step.variants.map((v) => v.key));
    const versions = params.add(step.variants.map((v) => v.templateVersionId));
    return [variant, `(${versions}::uuid[])[array_position(${keys}::text[], ${variant})]`];
  }
}

/** A second, independent hash key per step, so the test share does not skew the variant split. */
function testGroupKey(stepId: string): string {
  const hex = createHash('md5').update(`${stepId}:ab-test-group`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function offsetOf(step: CampaignStep) {
  const parsed = parseStepOffset(step.offset);
  if (!parsed.ok) throw new Error(`Step ${step.id} has an invalid offset: ${parsed.error}`);
  return parsed.value;
}

function localTimeOf(step: CampaignStep) {
  if (!step.localTime) return null;
  const parsed = parseLocalTime(step.localTime.slice(0, 5));
  if (!parsed.ok) throw new Error(`Step ${step.id} has an invalid local time: ${parsed.error}`);
  return parsed.value;
}
