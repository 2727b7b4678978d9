import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CampaignStatus, Channel, DeliveryReason, DeliveryStatus, StepNotice } from '../../common/enums';
import { AppConfig } from '../../config/app-config';
import { SqlParams } from '../../infrastructure/database/sql-params';
import { TimeZones } from '../../infrastructure/database/time-zones';
import { MailTransport } from '../../infrastructure/mail/mail-transport';
import { CampaignAudienceService } from '../campaigns/campaign-audience.service';
import { CampaignProgressService } from '../campaigns/campaign-progress.service';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignStep } from '../campaigns/campaign-step.entity';
import { localTimeMs, parseLocalTime } from '../campaigns/scheduling/local-time';
import { plannedZone } from '../campaigns/scheduling/planned-zone';
import { type Blackout, blackoutWindow, WORKSPACE_SCOPE } from '../campaigns/scheduling/blackout-days';
import { nextAllowedInstant, sendWindowFromColumns } from '../campaigns/scheduling/send-window';
import { BlackoutDatesRepository } from '../calendar/blackout-dates.repository';
import { EventKind, EventSource } from '../events/event-kind';
import { EventsRepository } from '../events/events.repository';
import { NetworkChannelsService } from '../network-channels/network-channels.service';
import { Coalescer } from '../../infrastructure/batching/coalescer';
import { type AudienceCheck, DeliveriesRepository, type DeliveryContextRow, FENCE_FIXED_PARAMS, type SentOutcome } from './deliveries.repository';
import { type FenceRequest, fenceRounds } from './fence-rounds';
import { type Composed, DeliveryComposer } from './delivery-composer.service';
import { PermanentDeliveryError, TransientDeliveryError } from './delivery.errors';
import { classifyEmailError, isHardBounce } from './email-outcome';
import { untilWritten } from './outcome-writes';
import { retryDelayMs, skipReason } from './send-rules';

export interface SendJob {
  claimToken: string;
  deliveryIds: string[];
}

/** What a slot hands in: the outcome of its message that just left, and the fence of its next one. */
interface SlotStep {
  outcome: SentOutcome | null;
  fence: FenceRequest | null;
}

// Rows per fence or outcome statement, at most: a statement shared by every slot waiting for one.
const MAX_ROWS_PER_WRITE = 64;

/**
 * Sends one claimed batch, one message at a time (so a crash can only ever leave the message in
 * hand unrecorded). The batch is admitted first: the send window is checked again, and its emails
 * take their workspace's send slots together (those without one wait for the next, unclaimed). Then
 * for each delivery: the message is rendered, the fence takes the row from queued to sending only if
 * everything still holds (claim, campaign, audience, consent, unsubscribe, suppression,
 * frequency-cap slot), the message goes, and its outcome is written with the next fence — kept and
 * retried while PostgreSQL is unreachable, so a message the SMTP server accepted is never sent again
 * because its status could not be written.
 *
 * Every slot waits on its own statement, but the slots of a process share them (group commit, see
 * `Coalescer`): under load one statement and one commit record and fence many messages; alone, a
 * message waits no longer than it would by itself.
 */
@Injectable()
export class DeliverySenderService implements OnApplicationShutdown {
  private readonly logger = new Logger(DeliverySenderService.name);
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: DeliveriesRepository,
    private readonly composer: DeliveryComposer,
    private readonly audience: CampaignAudienceService,
    private readonly progress: CampaignProgressService,
    private readonly mail: MailTransport,
    private readonly network: NetworkChannelsService,
    private readonly events: EventsRepository,
    private readonly zones: TimeZones,
    private readonly blackouts: BlackoutDatesRepository,
  ) {}

  private readonly known = (zone: string): boolean => this.zones.isKnown(zone);
  private readonly steps = new Coalescer<SlotStep, { recorded: boolean; fenced: boolean }>((items) => this.writeSteps(items), { maxBatch: MAX_ROWS_PER_WRITE });

  onApplicationShutdown(): void {
    this.stopping = true;
  }

  async sendBatch({ claimToken, deliveryIds }: SendJob): Promise<void> {
    if (!claimToken) return; // a job from before claims carried tokens: its rows come back through the sweeper
    const lease = this.config.deliveryLeaseSeconds;
    const held = await this.deliveries.renewClaim(deliveryIds, claimToken, lease);
    if (!held.length) return;
    const rows = await this.deliveries.loadContexts(held);
    const compose = await this.composer.prepare(rows);
    const audiences = new Map<string, Promise<AudienceCheck>>();
    const audienceOf = (row: DeliveryContextRow) => {
      if (!audiences.has(row.stepId)) audiences.set(row.stepId, this.audienceCheck(row.campaignId, row.stepId));
      return audiences.get(row.stepId)!;
    };
    // The claim stays ours while we work through it, however slow the SMTP server is.
    const remaining = new Set(held);
    const renewal = setInterval(() => {
      this.deliveries.renewClaim([...remaining], claimToken, lease).catch((error) => this.logger.warn({ err: error }, 'Could not renew a claim'));
    }, Math.max(1_000, (lease * 1_000) / 3));
    let failures = false;
    // The message that left last and is not recorded yet: its outcome goes with the next fence.
    let left: SentOutcome | null = null;
    try {
      const admitted = await this.admit(rows, claimToken);
      failures = admitted.failures;
      const ready = new Set(admitted.ready);
      for (const row of rows) if (!ready.has(row)) remaining.delete(row.id);
      for (const row of admitted.ready) {
        if (this.stopping) break;
        const result = await this.sendOne(row, claimToken, compose, audienceOf, left);
        left = result.left;
        failures = result.failed || failures;
        remaining.delete(row.id);
      }
    } finally {
      clearInterval(renewal);
      if (left) await this.steps.submit({ outcome: left, fence: null }).then((r) => this.checkRecorded(left!, r.recorded));
      await this.deliveries.releaseClaim([...remaining], claimToken);
    }
    if (failures) {
      const paused = await this.progress.pauseFailingCampaigns([...new Set(rows.map((r) => r.campaignId))]);
      if (paused.length) this.logger.warn({ campaigns: paused }, 'Campaigns paused: failure rate above threshold');
    }
  }

  /**
   * Settles what may not go now — outside the send window, out of attempts — and gives the batch's
   * emails their workspace's send slots in one statement: those without one wait for the next,
   * unclaimed. Claims are per workspace, so a batch has one workspace and one rate.
   */
  private async admit(rows: DeliveryContextRow[], token: string): Promise<{ ready: DeliveryContextRow[]; failures: boolean }> {
    const now = new Date();
    const ready: DeliveryContextRow[] = [];
    let failures = false;
    // A blackout added after planning still holds: the batch's workspace's blackouts, read once.
    const blackouts = rows.length ? await this.blackouts.upcoming(rows[0].workspaceId, now) : [];
    for (const row of rows) {
      const allowedAt = this.allowedAt(row, now, blackouts);
      if (allowedAt > now) {
        await untilWritten(() => this.deliveries.reschedule([row.id], token, allowedAt, null), this.logger);
      } else if (row.attempts >= this.config.deliveryMaxAttempts) {
        await untilWritten(() => this.deliveries.markFinal(DeliveryStatus.Failed, row.id, token, DeliveryReason.TooManyAttempts), this.logger);
        failures = true;
      } else {
        ready.push(row);
      }
    }
    const emails = ready.filter((row) => row.channel !== Channel.Post);
    if (!emails.length) return { ready, failures };
    const { granted, nextAt } = await this.deliveries.takeSendSlots(emails[0].workspaceId, emails[0].emailRatePerSecond, emails.length);
    const waiting = emails.slice(granted);
    if (!waiting.length) return { ready, failures };
    await untilWritten(() => this.deliveries.reschedule(waiting.map((row) => row.id), token, nextAt!, null), this.logger);
    const unslotted = new Set(waiting);
    return { ready: ready.filter((row) => !unslotted.has(row)), failures };
  }

  /**
   * One delivery through render, fence, send: hands in the outcome of the slot's previous message
   * with this one's fence, and returns this one's outcome if it left (to go with the next fence).
   */
  private async sendOne(
    row: DeliveryContextRow,
    token: string,
    compose: (row: DeliveryContextRow) => Promise<Composed>,
    audienceOf: (row: DeliveryContextRow) => Promise<AudienceCheck>,
    previous: SentOutcome | null,
  ): Promise<{ left: SentOutcome | null; failed: boolean }> {
    let message: Composed;
    let audience: AudienceCheck;
    try {
      audience = await audienceOf(row);
      message = await compose(row);
    } catch (error) {
      // A template that cannot render for this learner (or a plan that lost a part) fails this delivery alone.
      await untilWritten(() => this.deliveries.markFinal(DeliveryStatus.Failed, row.id, token, DeliveryReason.RenderFailed, (error as Error).message), this.logger);
      return { left: previous, failed: true };
    }
    const step = await this.steps.submit({ outcome: previous, fence: { id: row.id, token, learnerId: row.learnerId, audience } });
    if (previous) this.checkRecorded(previous, step.recorded);
    if (!step.fenced) {
      await this.explainRefusal(row, token, audience);
      return { left: null, failed: false };
    }
    // A post's tracked links must lead somewhere the moment it appears (previews, quick readers).
    if (message.kind === 'post' && message.links.length) await untilWritten(() => this.deliveries.recordLinks(row.id, token, message.links), this.logger);
    let messageId: string | null;
    try {
      messageId = await this.deliver(row, message);
    } catch (error) {
      return { left: null, failed: await this.recordFailure(row, token, error) };
    }
    return { left: { id: row.id, token, messageId, links: message.links }, failed: false };
  }

  private checkRecorded(outcome: SentOutcome, recorded: boolean): void {
    if (!recorded) this.logger.warn({ deliveryId: outcome.id }, 'A message left after its claim was taken by another worker');
  }

  /**
   * Writes what the waiting slots handed in: the outcomes with the first fence round (or alone), then
   * the other rounds (see `fenceRounds`). Each statement is kept and retried while PostgreSQL is
   * unreachable: an outcome must not be lost, and a fence retried finds its row as it left it.
   */
  private async writeSteps(items: SlotStep[]): Promise<{ recorded: boolean; fenced: boolean }[]> {
    const outcomes = items.flatMap((item) => (item.outcome ? [item.outcome] : []));
    const rounds = fenceRounds(items.flatMap((item) => (item.fence ? [item.fence] : [])));
    const lease = this.config.deliveryLeaseSeconds;
    const fenced = new Set<string>();
    let recorded = new Set<string>();
    for (const [i, round] of (rounds.length ? rounds : [null]).entries()) {
      const result = await untilWritten(() => this.deliveries.recordAndFence(i === 0 ? outcomes : [], round, lease), this.logger);
      if (i === 0) recorded = result.recorded;
      for (const id of result.fenced) fenced.add(id);
    }
    return items.map((item) => ({ recorded: !!item.outcome && recorded.has(item.outcome.id), fenced: !!item.fence && fenced.has(item.fence.id) }));
  }

  /**
   * The next moment the workspace's send window allows, in the learner's zone (the workspace's for
   * posts), blackouts of the learner's country or site (the workspace-wide ones for posts) included.
   */
  private allowedAt(row: DeliveryContextRow, now: Date, blackouts: readonly Blackout[]): Date {
    const scope = row.learner ? { country: row.learner.country, site: row.learner.site } : WORKSPACE_SCOPE;
    const window = blackoutWindow(sendWindowFromColumns(row.quietHoursStart, row.quietHoursEnd, row.allowedWeekdays), blackouts, scope, row.service);
    const zone = row.learner ? plannedZone(row.learner.timeZone, row.workspaceTimeZone, this.known) : row.workspaceTimeZone;
    const local = row.stepLocalTime ? parseLocalTime(row.stepLocalTime) : null;
    return nextAllowedInstant(now, zone, window, local?.ok ? localTimeMs(local.value) : undefined);
  }

  /** The fence said no: find out why, and settle the row accordingly (or leave it, if it is no longer ours). */
  private async explainRefusal(row: DeliveryContextRow, token: string, audience: AudienceCheck): Promise<void> {
    const facts = await this.deliveries.refusalFacts(row.id, token, audience);
    if (!facts?.mine) return;
    const status = facts.campaignStatus as CampaignStatus;
    if (status === CampaignStatus.Paused || status === CampaignStatus.Draft) {
      await this.deliveries.reschedule([row.id], token, new Date(), null);
      return;
    }
    // A cancellation notice is sent from the campaign the cancellation ended: that is not why it was refused.
    const cancellationNotice = row.stepNotice === StepNotice.SessionCancelled;
    if ((status === CampaignStatus.Cancelled && !cancellationNotice) || status === CampaignStatus.Completed) {
      await this.deliveries.markFinal(DeliveryStatus.Skipped, row.id, token, DeliveryReason.CampaignCancelled);
      return;
    }
    const reason = skipReason(cancellationNotice ? { ...facts, sessionStatus: null } : facts);
    // Nothing explains it any more (a cap slot freed meanwhile): try again shortly.
    if (!reason) await this.deliveries.reschedule([row.id], token, new Date(Date.now() + 1_000), null);
    else await this.deliveries.markFinal(DeliveryStatus.Skipped, row.id, token, reason);
  }

  /** The fence's audience check for a step, built once per batch and step. */
  private async audienceCheck(campaignId: string, stepId: string): Promise<AudienceCheck> {
    const [campaign, step] = await Promise.all([
      this.dataSource.getRepository(Campaign).findOneByOrFail({ id: campaignId }),
      this.dataSource.getRepository(CampaignStep).findOneByOrFail({ id: stepId }),
    ]);
    // A change notice goes to those told about the session (invited or enrolled), chosen when it was planned.
    if (step.notice) return { sql: 'true', params: [] };
    const params = new SqlParams();
    for (let i = 0; i < FENCE_FIXED_PARAMS; i++) params.add(null);
    const sql = await this.audience.stepMembershipSql(campaign, step, params);
    return { sql, params: params.values.slice(FENCE_FIXED_PARAMS) };
  }

  private async deliver(row: DeliveryContextRow, composed: Composed): Promise<string | null> {
    if (composed.kind === 'post') {
      // The delivery id is the idempotency key: the same on every retry of this post.
      await this.network.deliverPost(row.workspaceId, composed.channelId, composed.payload, row.id);
      return null;
    }
    try {
      return (await this.mail.send(composed.message)).messageId;
    } catch (error) {
      throw classifyEmailError(error);
    }
  }

  /** Writes a failed attempt: retried later within the send window, or failed for good. Returns true when final. */
  private async recordFailure(row: DeliveryContextRow, token: string, error: unknown): Promise<boolean> {
    const attempts = row.attempts + 1; // the fence counted this attempt
    if (error instanceof PermanentDeliveryError) {
      const bounced = row.channel !== Channel.Post && isHardBounce(error);
      const reason = bounced ? DeliveryReason.Bounced : DeliveryReason.Rejected;
      await untilWritten(() => this.deliveries.markFinal(DeliveryStatus.Failed, row.id, token, reason, `${error.code}: ${error.message}`), this.logger);
      if (bounced && row.learnerEmail) await this.recordBounce(row, error.message);
      return true;
    }
    const transient = error instanceof TransientDeliveryError;
    if (!transient) this.logger.error({ err: error, deliveryId: row.id }, 'Unexpected error while sending');
    const message = transient ? `${error.code}: ${error.message}` : ((error as Error)?.message ?? String(error));
    if (attempts >= this.config.deliveryMaxAttempts) {
      await untilWritten(() => this.deliveries.markFinal(DeliveryStatus.Failed, row.id, token, DeliveryReason.TooManyAttempts, message), this.logger);
      return true;
    }
    const delayMs = retryDelayMs(attempts, this.config.retryBaseMs, transient ? error.retryAfterMs : undefined);
    // The retry lands in the send window too: the one rule, from the moment the backoff ends.
    const retryAt = new Date(Date.now() + delayMs);
    const at = this.allowedAt(row, retryAt, await this.blackouts.upcoming(row.workspaceId, retryAt));
    await untilWritten(() => this.deliveries.reschedule([row.id], token, at, message), this.logger);
    return false;
  }

  private async recordBounce(row: DeliveryContextRow, detail: string): Promise<void> {
    await untilWritten(() => this.deliveries.suppress(row.workspaceId, row.learnerEmail!, detail), this.logger);
    await untilWritten(
      () =>
        this.events.recordMany([
          {
            workspaceId: row.workspaceId,
            kind: EventKind.Bounced,
            occurredAt: new Date(),
            source: EventSource.Engine,
            idempotencyKey: `delivery:${row.id}:bounced`,
            learnerId: row.learnerId,
            deliveryId: row.id,
            campaignId: row.campaignId,
            stepId: row.stepId,
            channel: row.channel,
            variant: row.variant,
          },
        ]),
      this.logger,
    );
  }
}
