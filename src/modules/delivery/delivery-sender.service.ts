import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { CampaignStatus, Channel, DeliveryReason, DeliveryStatus } from '../../common/enums';
import { AppConfig } from '../../config/app-config';
import { MailTransport } from '../../infrastructure/mail/mail-transport';
import { RateLimiter } from '../../infrastructure/redis/rate-limiter';
import { EventKind, EventSource } from '../events/event-kind';
import { EventsRepository } from '../events/events.repository';
import { NetworkChannelsService } from '../network-channels/network-channels.service';
import { type DeliveryContextRow, DeliveriesRepository, type ReasonedOutcome, type RetryOutcome, type SentOutcome } from './deliveries.repository';
import { type Composed, DeliveryComposer } from './delivery-composer.service';
import { PermanentDeliveryError, TransientDeliveryError } from './delivery.errors';
import { classifyEmailError, isHardBounce } from './email-outcome';
import { FailureGuardRepository } from './failure-guard.repository';
import { retryDelayMs, skipReason } from './send-rules';

// Messages of one batch rendered and in flight at once; the SMTP pool queues beyond its connections.
const PARALLEL_SENDS = 8;

interface Outcomes {
  sent: SentOutcome[];
  skipped: ReasonedOutcome[];
  failed: ReasonedOutcome[];
  retry: RetryOutcome[];
  release: string[];
  suppress: { workspaceId: string; email: string; detail: string }[];
  bounced: DeliveryContextRow[];
}

/**
 * Sends one batch of claimed deliveries: moves them to `sending`, applies the send-time rules
 * (campaign still running, consent, unsubscribe, suppression, frequency cap, enrolment condition),
 * renders, sends through the channel, and records every outcome set-based. Transient failures go
 * back to pending with a backoff (the schedule lives in PostgreSQL, so retries survive Redis);
 * permanent ones fail the delivery, and a hard bounce suppresses the address.
 */
@Injectable()
export class DeliverySenderService {
  private readonly logger = new Logger(DeliverySenderService.name);
  private readonly limiter: RateLimiter;

  constructor(
    private readonly config: AppConfig,
    private readonly deliveries: DeliveriesRepository,
    private readonly composer: DeliveryComposer,
    private readonly mail: MailTransport,
    private readonly network: NetworkChannelsService,
    private readonly failureGuard: FailureGuardRepository,
    private readonly events: EventsRepository,
    @Inject(Redis) redis: Redis,
  ) {
    this.limiter = new RateLimiter(redis, config.queuePrefix);
  }

  async sendBatch(deliveryIds: string[]): Promise<void> {
    const claimed = await this.deliveries.startSending(deliveryIds, this.config.deliveryLeaseSeconds);
    if (!claimed.length) return;
    const rows = await this.deliveries.loadContexts(claimed);
    const outcomes: Outcomes = { sent: [], skipped: [], failed: [], retry: [], release: [], suppress: [], bounced: [] };

    const sendable: DeliveryContextRow[] = [];
    for (const row of rows) {
      if (row.campaignStatus === CampaignStatus.Paused || row.campaignStatus === CampaignStatus.Draft) {
        outcomes.release.push(row.id);
      } else if (row.campaignStatus === CampaignStatus.Cancelled || row.campaignStatus === CampaignStatus.Completed) {
        outcomes.skipped.push({ id: row.id, reason: DeliveryReason.CampaignCancelled });
      } else {
        const reason = skipReason(row);
        if (reason) outcomes.skipped.push({ id: row.id, reason });
        else if (row.attempts > this.config.deliveryMaxAttempts) outcomes.failed.push({ id: row.id, reason: DeliveryReason.TooManyAttempts });
        else sendable.push(row);
      }
    }

    const compose = await this.composer.prepare(sendable);
    await forEachLimited(sendable, PARALLEL_SENDS, async (row) => {
      let message: Composed;
      try {
        message = await compose(row);
      } catch (error) {
        // A template that cannot render for this learner fails this delivery alone.
        outcomes.failed.push({ id: row.id, reason: DeliveryReason.RenderFailed, error: (error as Error).message });
        return;
      }
      try {
        const messageId = await this.deliver(row, message);
        outcomes.sent.push({ id: row.id, messageId, links: message.kind === 'email' ? message.links : null });
      } catch (error) {
        this.recordFailure(row, error, outcomes);
      }
    });

    // Skips first: a delivery is written once, whichever list it is in.
    await this.deliveries.markFinal(DeliveryStatus.Skipped, outcomes.skipped);
    await this.deliveries.markSent(outcomes.sent);
    await this.deliveries.markFinal(DeliveryStatus.Failed, outcomes.failed);
    await this.deliveries.reschedule(outcomes.retry);
    await this.deliveries.release(outcomes.release);
    await this.deliveries.suppress(outcomes.suppress);
    await this.events.recordMany(
      outcomes.bounced.map((row) => ({
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
      })),
    );
    if (outcomes.failed.length) {
      const paused = await this.failureGuard.pauseFailingCampaigns([...new Set(rows.map((r) => r.campaignId))]);
      if (paused.length) this.logger.warn({ campaigns: paused }, 'Campaigns paused: failure rate above threshold');
    }
  }

  private async deliver(row: DeliveryContextRow, composed: Composed): Promise<string | null> {
    if (composed.kind === 'post') {
      // The delivery id is the idempotency key: the same on every retry of this post.
      await this.network.deliverPost(row.workspaceId, composed.channelId, composed.payload, row.id);
      return null;
    }
    await this.limiter.acquire(`email:${row.workspaceId}`, row.emailRatePerSecond);
    try {
      return (await this.mail.send(composed.message)).messageId;
    } catch (error) {
      throw classifyEmailError(error);
    }
  }

  private recordFailure(row: DeliveryContextRow, error: unknown, outcomes: Outcomes): void {
    if (error instanceof TransientDeliveryError) {
      if (row.attempts >= this.config.deliveryMaxAttempts) {
        outcomes.failed.push({ id: row.id, reason: DeliveryReason.TooManyAttempts, error: error.message });
      } else {
        const delayMs = retryDelayMs(row.attempts, this.config.retryBaseMs, error.retryAfterMs);
        outcomes.retry.push({ id: row.id, delayMs, error: `${error.code}: ${error.message}` });
      }
      return;
    }
    if (error instanceof PermanentDeliveryError) {
      const bounced = row.channel !== Channel.Post && isHardBounce(error);
      outcomes.failed.push({ id: row.id, reason: bounced ? DeliveryReason.Bounced : DeliveryReason.Rejected, error: `${error.code}: ${error.message}` });
      if (bounced && row.learnerEmail) {
        outcomes.suppress.push({ workspaceId: row.workspaceId, email: row.learnerEmail, detail: error.message });
        outcomes.bounced.push(row);
      }
      return;
    }
    // An unexpected error is a bug, not the recipient's fault: retry, and say so in the logs.
    this.logger.error({ err: error, deliveryId: row.id }, 'Unexpected error while sending');
    outcomes.retry.push({ id: row.id, delayMs: retryDelayMs(row.attempts, this.config.retryBaseMs), error: (error as Error)?.message ?? String(error) });
  }
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(runners);
}
