import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CampaignStatus, Channel, DeliveryReason, DeliveryStatus } from '../../common/enums';
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
import { nextAllowedInstant, sendWindowFromColumns } from '../campaigns/scheduling/send-window';
import { EventKind, EventSource } from '../events/event-kind';
import { EventsRepository } from '../events/events.repository';
import { NetworkChannelsService } from '../network-channels/network-channels.service';
import { Coalescer } from '../../infrastructure/batching/coalescer';
import { type AudienceCheck, DeliveriesRepository, type DeliveryContextRow, FENCE_FIXED_PARAMS, type SentOutcome } from './deliveries.repository';
import { type Composed, DeliveryComposer } from './delivery-composer.service';
import { PermanentDeliveryError, TransientDeliveryError } from './delivery.errors';
import { classifyEmailError, isHardBounce } from './email-outcome';
import { untilWritten } from './outcome-writes';
import { retryDelayMs, skipReason } from './send-rules';

export interface SendJob {
  claimToken: string;
  deliveryIds: string[];
}

interface FenceRequest {
  id: string;
  token: string;
  learnerId: string | null;
  audience: AudienceCheck;
}

// Rows per fence or outcome statement, at most: a statement shared by every slot waiting for one.
const MAX_ROWS_PER_WRITE = 64;

/**
 * Sends one claimed batch, one message at a time (so a crash can only ever leave the message in
 * hand unrecorded). For each delivery: the send window is checked again, the message is rendered,
 * an email takes its workspace's next send slot (or waits for it, unclaimed), the fence takes the
 * row from queued to sending only if everything still holds (claim, campaign, audience, consent,
 * unsubscribe, suppression, frequency-cap slot), the message goes, and its outcome is written at
 * once — kept and retried while PostgreSQL is unreachable, so a message the SMTP server accepted is
 * never sent again because its status could not be written.
 *
 * Every slot waits on its own fence and its own outcome, but the slots of a process share the
 * statements (group commit, see `Coalescer`): under load one fence and one outcome statement, and
 * their commits, serve many messages; alone, a message waits no longer than it would by itself.
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
  ) {}

  private readonly known = (zone: string): boolean => this.zones.isKnown(zone);
  private readonly fences = new Coalescer<FenceRequest, boolean>((requests) => this.fenceAll(requests), { maxBatch: MAX_ROWS_PER_WRITE });
  // Per workspace: the slots waiting for its send slots take them in one statement.
  private readonly sendSlots = new Map<string, Coalescer<number, Date | null>>();
  private readonly sent = new Coalescer<SentOutcome, boolean>(async (outcomes) => {
    const recorded = await untilWritten(() => this.deliveries.markSent(outcomes), this.logger);
    return outcomes.map((o) => recorded.has(o.id));
  }, { maxBatch: MAX_ROWS_PER_WRITE });

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
    try {
      for (const row of rows) {
        if (this.stopping) break;
        failures = (await this.sendOne(row, claimToken, compose, audienceOf)) || failures;
        remaining.delete(row.id);
      }
    } finally {
      clearInterval(renewal);
      await this.deliveries.releaseClaim([...remaining], claimToken);
    }
    if (failures) {
      const paused = await this.progress.pauseFailingCampaigns([...new Set(rows.map((r) => r.campaignId))]);
      if (paused.length) this.logger.warn({ campaigns: paused }, 'Campaigns paused: failure rate above threshold');
    }
  }

  /** One delivery through window, render, fence, send and outcome. Returns true when it failed. */
  private async sendOne(
    row: DeliveryContextRow,
    token: string,
    compose: (row: DeliveryContextRow) => Promise<Composed>,
    audienceOf: (row: DeliveryContextRow) => Promise<AudienceCheck>,
  ): Promise<boolean> {
    const now = new Date();
    const allowedAt = this.allowedAt(row, now);
    if (allowedAt > now) {
      await untilWritten(() => this.deliveries.reschedule(row.id, token, allowedAt, null), this.logger);
      return false;
    }
    if (row.attempts >= this.config.deliveryMaxAttempts) {
      await untilWritten(() => this.deliveries.markFinal(DeliveryStatus.Failed, row.id, token, DeliveryReason.TooManyAttempts), this.logger);
      return true;
    }
    let message: Composed;
    let audience: AudienceCheck;
    try {
      audience = await audienceOf(row);
      message = await compose(row);
    } catch (error) {
      // A template that cannot render for this learner (or a plan that lost a part) fails this delivery alone.
      await untilWritten(() => this.deliveries.markFinal(DeliveryStatus.Failed, row.id, token, DeliveryReason.RenderFailed, (error as Error).message), this.logger);
      return true;
    }
    if (row.channel !== Channel.Post) {
      // The workspace's rate, at the moment the message leaves: too early, it waits its turn unclaimed.
      const slotAt = await this.sendSlot(row.workspaceId, row.emailRatePerSecond);
      if (slotAt) {
        await untilWritten(() => this.deliveries.reschedule(row.id, token, slotAt, null), this.logger);
        return false;
      }
    }
    if (!(await this.fences.submit({ id: row.id, token, learnerId: row.learnerId, audience }))) {
      await this.explainRefusal(row, token, audience);
      return false;
    }
    let messageId: string | null;
    try {
      messageId = await this.deliver(row, message);
    } catch (error) {
      return this.recordFailure(row, token, error);
    }
    const links = message.kind === 'email' ? message.links : null;
    const recorded = await this.sent.submit({ id: row.id, token, messageId, links });
    if (!recorded) this.logger.warn({ deliveryId: row.id }, 'A message left after its claim was taken by another worker');
    return false;
  }

  /** Takes one of the workspace's send slots: null when taken, else when the next one frees. */
  private sendSlot(workspaceId: string, ratePerSecond: number): Promise<Date | null> {
    let slots = this.sendSlots.get(workspaceId);
    if (!slots) {
      slots = new Coalescer<number, Date | null>(
        async (rates) => {
          const { granted, nextAt } = await this.deliveries.takeSendSlots(workspaceId, rates[0], rates.length);
          return rates.map((_, i) => (i < granted ? null : nextAt));
        },
        { maxBatch: MAX_ROWS_PER_WRITE },
      );
      this.sendSlots.set(workspaceId, slots);
    }
    return slots.submit(ratePerSecond);
  }

  /**
   * Fences the requests of every waiting slot: one statement per step audience, and never one
   * learner twice in a statement (a learner's second message waits for the next round, so the
   * frequency cap counts the first).
   */
  private async fenceAll(requests: FenceRequest[]): Promise<boolean[]> {
    const passed = new Set<string>();
    let left = requests;
    while (left.length) {
      const round = new Map<string, { audience: AudienceCheck; rows: FenceRequest[] }>();
      const later: FenceRequest[] = [];
      const learners = new Set<string>();
      for (const request of left) {
        if (request.learnerId && learners.has(request.learnerId)) {
          later.push(request);
          continue;
        }
        if (request.learnerId) learners.add(request.learnerId);
        const key = `${request.audience.sql}\u0000${JSON.stringify(request.audience.params)}`;
        if (!round.has(key)) round.set(key, { audience: request.audience, rows: [] });
        round.get(key)!.rows.push(request);
      }
      for (const { audience, rows } of round.values()) {
        for (const id of await this.deliveries.fence(rows, this.config.deliveryLeaseSeconds, audience)) passed.add(id);
      }
      left = later;
    }
    return requests.map((request) => passed.has(request.id));
  }

  /** The next moment the workspace's send window allows, in the learner's zone (the workspace's for posts). */
  private allowedAt(row: DeliveryContextRow, now: Date): Date {
    const window = sendWindowFromColumns(row.quietHoursStart, row.quietHoursEnd, row.allowedWeekdays);
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
      await this.deliveries.reschedule(row.id, token, new Date(), null);
      return;
    }
    if (status === CampaignStatus.Cancelled || status === CampaignStatus.Completed) {
      await this.deliveries.markFinal(DeliveryStatus.Skipped, row.id, token, DeliveryReason.CampaignCancelled);
      return;
    }
    const reason = skipReason(facts);
    // Nothing explains it any more (a cap slot freed meanwhile): try again shortly.
    if (!reason) await this.deliveries.reschedule(row.id, token, new Date(Date.now() + 1_000), null);
    else await this.deliveries.markFinal(DeliveryStatus.Skipped, row.id, token, reason);
  }

  /** The fence's audience check for a step, built once per batch and step. */
  private async audienceCheck(campaignId: string, stepId: string): Promise<AudienceCheck> {
    const [campaign, step] = await Promise.all([
      this.dataSource.getRepository(Campaign).findOneByOrFail({ id: campaignId }),
      this.dataSource.getRepository(CampaignStep).findOneByOrFail({ id: stepId }),
    ]);
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
    const at = this.allowedAt(row, new Date(Date.now() + delayMs));
    await untilWritten(() => this.deliveries.reschedule(row.id, token, at, message), this.logger);
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
