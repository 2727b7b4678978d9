import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DeliveryReason, StepAnchor, StepChannel } from '../../common/enums';
import { SqlParams } from '../../infrastructure/database/sql-params';
import { TimeZones } from '../../infrastructure/database/time-zones';
import { BlackoutDatesRepository } from '../calendar/blackout-dates.repository';
import { CampaignAudienceService } from '../campaigns/campaign-audience.service';
import { CampaignNoticesService } from '../campaigns/campaign-notices.service';
import { CampaignProgressService } from '../campaigns/campaign-progress.service';
import type { Campaign } from '../campaigns/campaign.entity';
import type { CampaignStep, StepProblem } from '../campaigns/campaign-step.entity';
import { type Blackout, type BlackoutScope, blackoutWindow, WORKSPACE_SCOPE } from '../campaigns/scheduling/blackout-days';
import { effectiveMessageKind, isServiceStep, sendTraits } from '../campaigns/message-kind';
import { parseLocalTime } from '../campaigns/scheduling/local-time';
import { plannedZone } from '../campaigns/scheduling/planned-zone';
import { variantSql } from '../campaigns/scheduling/scheduling-sql';
import { deliveryTime, type DeliveryTimeInput } from '../campaigns/scheduling/send-time';
import { parseStepOffset } from '../campaigns/scheduling/step-offset';
import { PlanRepository, type DueStep } from './plan.repository';

const EVENT_ANCHORS = [StepAnchor.LearnerEnrolled, StepAnchor.LearnerCompleted];
// Events planned per step and round: a large import is worked through over a few rounds.
const EVENTS_PER_ROUND = 5_000;

/**
 * Turns communication plans into delivery rows, set-based: when a step comes due, one
 * INSERT … SELECT over its audience writes every delivery with its own send time, ON CONFLICT DO
 * NOTHING (a step planned twice, concurrently or after a crash, adds nobody twice). Send times are
 * computed in TypeScript once per distinct zone of the audience (the one send-window rule) and
 * joined to the learners. Learner-event steps take their waiting events (queued by the enrolment
 * writers' own transactions), so their cost follows the events, not the audience. A step that
 * cannot be planned shows a problem on its campaign and never holds the others back.
 */
@Injectable()
export class PlannerService {
  private readonly logger = new Logger(PlannerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
    private readonly audience: CampaignAudienceService,
    private readonly progress: CampaignProgressService,
    private readonly notices: CampaignNoticesService,
    private readonly zones: TimeZones,
    private readonly blackouts: BlackoutDatesRepository,
  ) {}

  private readonly known = (zone: string): boolean => this.zones.isKnown(zone);

  /** One planning round over every active campaign. */
  async plan(): Promise<void> {
    await this.plans.skipUnsent(await this.progress.cancelForCancelledSessions(), DeliveryReason.SessionCancelled);
    await this.plans.resetRescheduledSteps();
    await this.notices.openNotices();
    for (const due of await this.plans.findDueNotices()) {
      try {
        await this.materializeNotice(due);
        if (due.step.problem) await this.progress.setStepProblem(due.step.id, null);
      } catch (error) {
        this.logger.error({ err: error, stepId: due.step.id }, 'Could not plan a change notice; will retry in a minute');
        await this.progress.setStepProblem(due.step.id, { code: 'STEP.NOT_PLANNED', message: `This notice could not be planned: ${(error as Error).message}`, blocking: true });
      }
    }
    await this.plans.dropEventsOfEndedCampaigns();
    for (const due of await this.plans.findDueSteps()) {
      try {
        const { caveat } = await this.materialize(due);
        if (caveat || due.step.problem) await this.progress.setStepProblem(due.step.id, caveat);
      } catch (error) {
        this.logger.error({ err: error, stepId: due.step.id }, 'Could not plan a step; will retry in a minute');
        await this.progress.setStepProblem(due.step.id, { code: 'STEP.NOT_PLANNED', message: `This step could not be planned: ${(error as Error).message}`, blocking: true });
      }
    }
    await this.progress.completeFinished(EVENT_ANCHORS);
  }

  /** Writes the deliveries of one step (or of its waiting events) in one transaction, and marks the step planned. */
  async materialize(due: DueStep): Promise<{ inserted: number; caveat: StepProblem | null }> {
    return this.dataSource.transaction(async (manager) => {
      const result =
        due.step.channel === StepChannel.Post
          ? { inserted: await this.insertPosts(manager, due), caveat: null }
          : EVENT_ANCHORS.includes(due.step.anchor)
            ? await this.insertForEvents(manager, due)
            : await this.insertForAudience(manager, due);
      if (due.abRest) await this.plans.markAbRestPlanned(manager, due.step.id);
      else if (!due.step.materializedAt || !EVENT_ANCHORS.includes(due.step.anchor)) await this.plans.markPlanned(manager, due.step.id, due.anchorAt);
      if (result.inserted > 0) await this.progress.start(manager, due.campaign.id);
      return result;
    });
  }

  /**
   * A change notice: by email to those told about the session — learners who received an
   * invitation of this campaign, and learners enrolled in the session — each once per change
   * across the session's campaigns; as a correction post on each network channel the campaign's
   * posts went out on. At the change (its offset from the launch), moved into the send window.
   */
  async materializeNotice(due: DueStep): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = due.step.channel === StepChannel.Post ? await this.insertNoticePosts(manager, due) : await this.insertNoticeEmails(manager, due);
      await this.plans.markPlanned(manager, due.step.id, due.anchorAt);
      if (inserted > 0) await this.progress.start(manager, due.campaign.id);
      return inserted;
    });
  }

  private async insertNoticeEmails(manager: EntityManager, due: DueStep): Promise<number> {
    const { campaign, step } = due;
    const zones: string[] = (
      await manager.query(`SELECT DISTINCT time_zone AS zone FROM learners WHERE workspace_id = $1`, [campaign.workspaceId])
    ).map((z: { zone: string }) => z.zone);
    const timing = this.timing(due, due.anchorAt, new Date());
    const times = zones.map((zone) => deliveryTime(timing, plannedZone(zone, due.workspaceTimeZone, this.known)));
    const rows: unknown[] = await manager.query(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, variant, template_version_id, promotional, scheduled_at)
       SELECT $1::uuid, $2::uuid, $3::uuid, l.id, 'email', NULL, $4::uuid, false, z.at
         FROM (SELECT d.learner_id AS id
                 FROM deliveries d
                 JOIN template_versions tv ON tv.id = d.template_version_id
                 JOIN templates t ON t.id = tv.template_id
                WHERE d.campaign_id = $2 AND d.status = 'sent' AND d.learner_id IS NOT NULL AND t.purpose = 'invitation'
               UNION
               SELECT e.learner_id FROM enrollments e WHERE e.session_id = $5 AND e.status IN ('enrolled', 'started')) told
         JOIN learners l ON l.id = told.id AND l.workspace_id = $1
         JOIN unnest($6::text[], $7::timestamptz[]) AS z(zone, at) ON z.zone = l.time_zone
        WHERE NOT EXISTS (SELECT 1 FROM deliveries n
                            JOIN campaign_steps ns ON ns.id = n.step_id
                            JOIN campaigns nc ON nc.id = ns.campaign_id
                           WHERE n.learner_id = l.id AND nc.session_id = $5 AND ns.notice = $8 AND ns.notice_sequence = $9 AND ns.channel = 'email')
       ON CONFLICT (step_id, learner_id) WHERE learner_id IS NOT NULL DO NOTHING
       RETURNING 1`,
      [campaign.workspaceId, campaign.id, step.id, step.templateVersionId, campaign.sessionId, zones, times, step.notice, step.noticeSequence],
    );
    return rows.length;
  }

  private async insertNoticePosts(manager: EntityManager, due: DueStep): Promise<number> {
    const { campaign, step } = due;
    const at = deliveryTime(this.timing(due, due.anchorAt, new Date()), due.workspaceTimeZone);
    const rows: unknown[] = await manager.query(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, network_channel_id, channel, variant, template_version_id, promotional, scheduled_at)
       SELECT $1::uuid, $2::uuid, $3::uuid, nc.id, 'post', NULL, $4::uuid, false, $5::timestamptz
         FROM (SELECT DISTINCT network_channel_id AS id FROM deliveries
                WHERE campaign_id = $2 AND channel = 'post' AND status = 'sent' AND network_channel_id IS NOT NULL) nc
       ON CONFLICT (step_id, network_channel_id) WHERE network_channel_id IS NOT NULL DO NOTHING
       RETURNING 1`,
      [campaign.workspaceId, campaign.id, step.id, step.templateVersionId, at],
    );
    return rows.length;
  }

  /** A step at a fixed moment: every learner of the audience, timed by their zone. */
  private async insertForAudience(manager: EntityManager, due: DueStep): Promise<{ inserted: number; caveat: StepProblem | null }> {
    const { campaign, step } = due;
    const params = new SqlParams();
    const q = await this.audience.stepAudience(campaign, step, params);
    const where = [q.where];
    if (step.channel === StepChannel.Preferred) where.push(`${this.audience.preferredChannelSql(campaign, params)} = 'email'`);
    if (step.abTestFraction !== null && step.variants.length) {
      // Auto-winner: a stable share of the audience tests the variants; the rest waits for the winner.
      const inTest = `clarion_variant_bucket(${params.add(testGroupKey(step.id))}::uuid, l.id) < ${params.add(step.abTestFraction)}::float8`;
      where.push(due.abRest ? `NOT (${inTest})` : inTest);
    }
    // The workspace's zones, and the countries and sites its blackouts name (a quick scan, not the
    // audience query): one send time for each distinct zone and blackout scope.
    const blackouts = await this.blackoutsOf(due);
    const countries = [...new Set(blackouts.flatMap((b) => (b.country ? [b.country] : [])))];
    const sites = [...new Set(blackouts.flatMap((b) => (b.site ? [b.site] : [])))];
    const scopeCountry = `coalesce(CASE WHEN l.country = ANY(${params.add(countries)}::text[]) THEN l.country END, '')`;
    const scopeSite = `coalesce(CASE WHEN l.site = ANY(${params.add(sites)}::text[]) THEN l.site END, '')`;
    const groups: { zone: string; country: string; site: string }[] = await manager.query(
      `SELECT DISTINCT time_zone AS zone, coalesce(CASE WHEN country = ANY($2::text[]) THEN country END, '') AS country,
              coalesce(CASE WHEN site = ANY($3::text[]) THEN site END, '') AS site
         FROM learners WHERE workspace_id = $1`,
      [campaign.workspaceId, countries, sites],
    );
    const zones = [...new Set(groups.map((g) => g.zone))];
    // The winner's roll-out starts now at the earliest; everything else at the step's own time.
    const timing = this.timing(due, due.anchorAt, due.abRest ? new Date() : undefined);
    const times = groups.map((g) =>
      deliveryTime(this.scoped(timing, due, blackouts, { country: g.country || null, site: g.site || null }), plannedZone(g.zone, due.workspaceTimeZone, this.known)),
    );
    const [variant, version] = due.abRest ? this.winnerColumns(step, params) : this.variantColumns(step, params);
    const channel = step.channel === StepChannel.TalkingPoints ? 'talking_points' : 'email';
    const flags = deliveryFlags(step, channel);
    const rows: unknown[] = await manager.query(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, variant, template_version_id, promotional, service, scheduled_at)
       SELECT ${params.add(campaign.workspaceId)}::uuid, ${params.add(campaign.id)}::uuid, ${params.add(step.id)}::uuid, l.id,
              '${channel}', ${variant}, ${version}, ${params.add(flags.promotional)}::boolean, ${params.add(flags.service)}::boolean, z.at
         FROM ${q.from}
         JOIN unnest(${params.add(groups.map((g) => g.zone))}::text[], ${params.add(groups.map((g) => g.country))}::text[],
                     ${params.add(groups.map((g) => g.site))}::text[], ${params.add(times)}::timestamptz[]) AS z(zone, country, site, at)
           ON z.zone = l.time_zone AND z.country = ${scopeCountry} AND z.site = ${scopeSite}
        WHERE ${where.join(' AND ')}
       ON CONFLICT (step_id, learner_id) WHERE learner_id IS NOT NULL DO NOTHING
       RETURNING 1`,
      params.values,
    );
    const unknown = zones.filter((zone) => plannedZone(zone, due.workspaceTimeZone, this.known) !== zone);
    if (!unknown.length || !rows.length) return { inserted: rows.length, caveat: null };
    const counts: { zone: string; count: number }[] = await manager.query(
      `SELECT l.time_zone AS zone, count(*)::int AS count FROM deliveries d JOIN learners l ON l.id = d.learner_id
        WHERE d.step_id = $1 AND l.time_zone = ANY($2::text[]) GROUP BY l.time_zone`,
      [step.id, unknown],
    );
    return { inserted: rows.length, caveat: unknownZonesCaveat(counts, due.workspaceTimeZone, this.known) };
  }

  /** A learner-event step: the learners whose event is waiting, each timed from their own event. */
  private async insertForEvents(manager: EntityManager, due: DueStep): Promise<{ inserted: number; caveat: StepProblem | null }> {
    const { campaign, step } = due;
    const events = await this.plans.takeStepEvents(manager, step.id, EVENTS_PER_ROUND);
    if (!events.length) return { inserted: 0, caveat: null };
    const params = new SqlParams();
    const q = await this.audience.stepAudience(campaign, step, params);
    const where = [q.where, `l.id = ANY(${params.add(events.map((e) => e.learnerId))}::uuid[])`];
    if (step.channel === StepChannel.Preferred) where.push(`${this.audience.preferredChannelSql(campaign, params)} = 'email'`);
    const recipients: { id: string; zone: string; country: string | null; site: string | null }[] = await manager.query(
      `SELECT l.id, l.time_zone AS zone, l.country, l.site FROM ${q.from} WHERE ${where.join(' AND ')}`,
      params.values,
    );
    if (!recipients.length) return { inserted: 0, caveat: null };
    const eventAt = new Map(events.map((e) => [e.learnerId, e.occurredAt]));
    const blackouts = await this.blackoutsOf(due, new Date(Math.min(...events.map((e) => new Date(e.occurredAt).getTime()))));
    const times = recipients.map((r) =>
      deliveryTime(this.scoped(this.timing(due, new Date(eventAt.get(r.id)!)), due, blackouts, r), plannedZone(r.zone, due.workspaceTimeZone, this.known)),
    );
    const insert = new SqlParams();
    const [variant, version] = this.variantColumns(step, insert, 'r.id');
    const channel = step.channel === StepChannel.TalkingPoints ? 'talking_points' : 'email';
    const flags = deliveryFlags(step, channel);
    const rows: unknown[] = await manager.query(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, variant, template_version_id, promotional, service, scheduled_at)
       SELECT ${insert.add(campaign.workspaceId)}::uuid, ${insert.add(campaign.id)}::uuid, ${insert.add(step.id)}::uuid, r.id,
              '${channel}', ${variant}, ${version}, ${insert.add(flags.promotional)}::boolean, ${insert.add(flags.service)}::boolean, r.at
         FROM unnest(${insert.add(recipients.map((r) => r.id))}::uuid[], ${insert.add(times)}::timestamptz[]) AS r(id, at)
       ON CONFLICT (step_id, learner_id) WHERE learner_id IS NOT NULL DO NOTHING
       RETURNING 1`,
      insert.values,
    );
    return { inserted: rows.length, caveat: unknownZonesCaveat(recipients.map((r) => ({ zone: r.zone, count: 1 })), due.workspaceTimeZone, this.known) };
  }

  /** One post per network channel of the campaign, at the step's time in the workspace's own zone. */
  private async insertPosts(manager: EntityManager, due: DueStep): Promise<number> {
    const { campaign, step } = due;
    if (!campaign.networkChannelIds.length) return 0;
    const params = new SqlParams();
    const [variant, version] = this.variantColumns(step, params, 'nc.id');
    // A post goes to a channel, not a person: only the workspace-wide blackouts hold for it.
    const at = deliveryTime(this.scoped(this.timing(due, due.anchorAt), due, await this.blackoutsOf(due), WORKSPACE_SCOPE), due.workspaceTimeZone);
    const rows: unknown[] = await manager.query(
      `INSERT INTO deliveries (workspace_id, campaign_id, step_id, network_channel_id, channel, variant, template_version_id, promotional, scheduled_at)
       SELECT ${params.add(campaign.workspaceId)}::uuid, ${params.add(campaign.id)}::uuid, ${params.add(step.id)}::uuid, nc.id,
              'post', ${variant}, ${version}, true, ${params.add(at)}::timestamptz
         FROM unnest(${params.add(campaign.networkChannelIds)}::uuid[]) AS nc(id)
       ON CONFLICT (step_id, network_channel_id) WHERE network_channel_id IS NOT NULL DO NOTHING
       RETURNING 1`,
      params.values,
    );
    return rows.length;
  }

  /** The blackouts that may touch a step's sends: from two days before it (or before `from`), none for a service step (blackouts stop promotion). */
  private async blackoutsOf(due: DueStep, from?: Date): Promise<Blackout[]> {
    if (isServiceStep(due.step)) return [];
    const stepAt = (from ?? due.anchorAt).getTime() + Math.min(0, offsetOf(due.step).minutes * 60_000);
    return this.blackouts.upcoming(due.campaign.workspaceId, new Date(Math.min(Date.now(), stepAt) - 2 * 86_400_000));
  }

  /** The timing with the send window of one recipient scope: the workspace's rules and the blackouts that hold for it. */
  private scoped(timing: DeliveryTimeInput, due: DueStep, blackouts: readonly Blackout[], scope: BlackoutScope): DeliveryTimeInput {
    return { ...timing, window: blackoutWindow(timing.window, blackouts, scope, isServiceStep(due.step)) };
  }

  private timing(due: DueStep, anchor: Date, notBefore?: Date): DeliveryTimeInput {
    return { anchor, offset: offsetOf(due.step), localTime: localTimeOf(due.step), window: due.window, notBefore };
  }

  /** The winner of an auto-winner A/B step, for the rest of its audience. */
  private winnerColumns(step: CampaignStep, params: SqlParams): [string, string] {
    const winner = step.variants.find((v) => v.key === step.abWinner) ?? step.variants[0];
    return [`${params.add(winner.key)}::text`, `${params.add(winner.templateVersionId)}::uuid`];
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

/** Learners whose zone the engine cannot compute with were timed in the workspace's zone: say so. */
function unknownZonesCaveat(zones: { zone: string; count: number }[], workspaceZone: string, known: (zone: string) => boolean): StepProblem | null {
  const unknown = new Map<string, number>();
  for (const z of zones) if (plannedZone(z.zone, workspaceZone, known) !== z.zone) unknown.set(z.zone, (unknown.get(z.zone) ?? 0) + z.count);
  if (!unknown.size) return null;
  const count = [...unknown.values()].reduce((a, b) => a + b, 0);
  const names = [...unknown.keys()].slice(0, 5).map((z) => `"${z}"`).join(', ');
  return {
    code: 'STEP.UNKNOWN_TIME_ZONES',
    message: `${count} learner(s) have a time zone that is not known (${names}): their messages are timed in the workspace zone ${workspaceZone}. Correct their time zone to time them in their own.`,
  };
}

/**
 * What a learner's delivery is, fixed when it is planned: a service email (`service`: reaches learners
 * unsubscribed from promotions, no List-Unsubscribe, not capped) or a promotional one (`promotional`:
 * counted by and held to the frequency cap, unless the step is essential). Talking points are neither.
 */
function deliveryFlags(step: CampaignStep, channel: 'email' | 'talking_points'): { promotional: boolean; service: boolean } {
  if (channel !== 'email') return { promotional: false, service: false };
  const traits = sendTraits(effectiveMessageKind(step.messageKind, step.templatePurpose), step.essential);
  return { promotional: traits.capped, service: !traits.honoursUnsubscribe };
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
