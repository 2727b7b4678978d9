import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Channel, OpenTracking } from '../../common/enums';
import { AppConfig } from '../../config/app-config';
import { EventKind, EventSource } from '../events/event-kind';
import { EventsRepository, type NewEvent } from '../events/events.repository';
import { machineOpenReason, machinePostClickReason } from './machine-open';
import { MicroBatcher } from './micro-batcher';
import { renderPreferencePage, type PreferenceNotice } from './preference-page';
import { TrackingErrors } from './tracking.errors';
import { type DeliveryContext, type OpenCount, TrackingRepository } from './tracking.repository';
import { TrackingTokens } from './tracking-token';
import { withUtm } from './utm';

/** Who fetched a tracking URL: the machine-open heuristic looks at both. */
export interface Visitor {
  userAgent: string | undefined;
  ip: string | undefined;
}

export type PreferenceAction = 'unsubscribe' | 'resubscribe';

// How long an unsubscribe waits for a message already on its way (an SMTP exchange takes well under this), and how often it looks.
const IN_FLIGHT_WAIT_MS = 15_000;
const IN_FLIGHT_POLL_MS = 50;

export interface PreferenceResult {
  locale: string;
  changed: boolean;
  html: string;
}

@Injectable()
export class TrackingService {
  // The events of concurrent hits are written by one statement (and its engagement trigger); each
  // request still answers only once its own events are committed.
  private readonly hits = new MicroBatcher((hits: NewEvent[][]) => this.recordHits(hits), { maxBatch: 256, maxInFlight: 3 });
  // Opens of workspaces that keep them in aggregate only: counted, one statement per batch.
  private readonly counts = new MicroBatcher((opens: OpenCount[]) => this.repository.countOpens(opens).then(() => opens.map(() => undefined)), { maxBatch: 256, maxInFlight: 3 });

  constructor(
    private readonly tokens: TrackingTokens,
    private readonly repository: TrackingRepository,
    private readonly events: EventsRepository,
    private readonly config: AppConfig,
  ) {}

  /**
   * Records an open; a bad token or an unknown delivery records nothing (the pixel answers the same).
   * A workspace that keeps opens in aggregate only gets its counter for the step, variant and day
   * incremented, and nothing that says who opened: no event, no mark on the delivery.
   */
  async open(token: string, visitor: Visitor): Promise<void> {
    const claims = this.tokens.verify(token);
    if (claims?.kind !== 'o') return;
    const delivery = await this.repository.findDelivery(claims.deliveryId);
    if (!delivery) return;
    const now = new Date();
    const reason = machineOpenReason({ openedAt: now, sentAt: delivery.sentAt, ...visitor, machineOpenSeconds: this.config.machineOpenSeconds });
    if (delivery.openTracking === OpenTracking.Aggregate) {
      await this.counts.submit({
        workspaceId: delivery.workspaceId,
        campaignId: delivery.campaignId,
        stepId: delivery.stepId,
        variant: delivery.variant,
        channel: delivery.channel,
        timeZone: delivery.workspaceTimeZone,
        machine: reason !== null,
      });
      return;
    }
    // Every fetch is kept (the report counts unique opens per delivery); a random key keeps them apart.
    await this.hits.submit([
      this.event(delivery, EventKind.Opened, now, `delivery:${delivery.id}:open:${randomUUID()}`, { machine: reason !== null, data: machineData(reason, visitor) }),
    ]);
  }

  /**
   * The URL recorded at the token's index for its delivery, with UTM parameters, after recording
   * the click. Anything else (bad token, unknown delivery, index out of range) is a 404: never a
   * redirect to a URL the email did not carry.
   */
  async click(token: string, visitor: Visitor): Promise<string> {
    const claims = this.tokens.verify(token);
    if (claims?.kind !== 'c') throw TrackingErrors.linkNotFound();
    const delivery = await this.repository.findDelivery(claims.deliveryId);
    const url = delivery?.links?.[claims.link];
    if (!delivery || !url) throw TrackingErrors.linkNotFound();

    const now = new Date();
    if (delivery.channel === Channel.Post) return this.postClick(delivery, claims.link, url, now, visitor);
    const reason = machineOpenReason({ openedAt: now, sentAt: delivery.sentAt, ...visitor, machineOpenSeconds: this.config.machineOpenSeconds });
    const events: NewEvent[] = [
      this.event(delivery, EventKind.Clicked, now, `delivery:${delivery.id}:click:${randomUUID()}`, {
        machine: reason !== null,
        linkIndex: claims.link,
        data: { url, ...machineData(reason, visitor) },
      }),
    ];
    // A human click proves the email was opened, even when images were blocked (opens kept per learner only).
    if (reason === null && delivery.openedAt === null && delivery.openTracking === OpenTracking.PerLearner) {
      events.push(this.event(delivery, EventKind.Opened, now, `delivery:${delivery.id}:open:from-click`, { data: { fromClick: true } }));
    }
    await this.hits.submit(events);
    return withUtm(url, { channel: delivery.channel, campaignId: delivery.campaignId, stepPosition: delivery.stepPosition, variant: delivery.variant });
  }

  /**
   * A click on a network post: counted for the post (its delivery) and channel, never for a person.
   * Nothing about the visitor is kept: a fetch by a link previewer or scanner is only flagged, with
   * the kind of fetcher, so the report counts human clicks alone.
   */
  private async postClick(delivery: DeliveryContext, link: number, url: string, now: Date, visitor: Visitor): Promise<string> {
    const reason = machinePostClickReason(visitor.userAgent);
    await this.hits.submit([
      this.event(delivery, EventKind.Clicked, now, `delivery:${delivery.id}:click:${randomUUID()}`, {
        machine: reason !== null,
        linkIndex: link,
        data: reason ? { url, machineReason: reason } : { url },
      }),
    ]);
    // Where the reader came from: the network (utm_medium=slack, teams or webhook), as email's is `email`.
    return withUtm(url, { channel: delivery.networkKind ?? delivery.channel, campaignId: delivery.campaignId, stepPosition: delivery.stepPosition, variant: delivery.variant });
  }

  /** The preference page; reading it never changes anything (link scanners fetch every URL). */
  async preferencePage(token: string, styleNonce: string): Promise<string> {
    return (await this.preferences(token, null, null, styleNonce)).html;
  }

  /** Unsubscribes (RFC 8058 one-click and the page's form) or resubscribes; idempotent. */
  async changePreference(token: string, action: PreferenceAction, styleNonce: string): Promise<PreferenceResult> {
    return this.preferences(token, action, action === 'unsubscribe' ? 'unsubscribed' : 'resubscribed', styleNonce);
  }

  /** The enrol URL behind an ambassador's share link, carrying the `ref` that credits them. */
  async share(token: string): Promise<string> {
    const claims = this.tokens.verify(token);
    if (claims?.kind !== 's') throw TrackingErrors.linkNotFound();
    const target = await this.repository.findShareTarget(claims.campaignId, claims.ambassadorId);
    if (!target || !target.ambassadorExists) throw TrackingErrors.linkNotFound();
    if (!target.enrolUrl) throw TrackingErrors.noEnrolLink();
    const now = new Date();
    // A share click has no learner: it feeds the ambassador leaderboard, never last-click attribution.
    await this.events.recordMany([
      {
        workspaceId: target.workspaceId,
        kind: EventKind.Clicked,
        occurredAt: now,
        source: EventSource.Tracking,
        idempotencyKey: `share:${claims.campaignId}:${claims.ambassadorId}:${randomUUID()}`,
        campaignId: claims.campaignId,
        channel: 'ambassador',
        courseId: target.courseId,
        sessionId: target.sessionId,
        ambassadorId: claims.ambassadorId,
        data: { share: true },
      },
    ]);
    const url = withUtm(target.enrolUrl, { channel: 'ambassador', campaignId: claims.campaignId, stepPosition: null, variant: null });
    const withRef = new URL(url);
    withRef.searchParams.set('ref', token);
    return withRef.toString();
  }

  private async preferences(token: string, action: PreferenceAction | null, notice: PreferenceNotice, styleNonce: string): Promise<PreferenceResult> {
    const claims = this.tokens.verify(token);
    if (claims?.kind !== 'u') throw TrackingErrors.linkNotFound();
    const delivery = await this.repository.findDelivery(claims.deliveryId);
    if (!delivery?.learnerId) throw TrackingErrors.linkNotFound();
    const learnerId = delivery.learnerId;

    let changed = false;
    if (action) {
      changed = await this.repository.transaction(async (manager) => {
        const at = action === 'unsubscribe'
          ? await this.repository.unsubscribe(manager, delivery.workspaceId, learnerId)
          : await this.repository.resubscribe(manager, delivery.workspaceId, learnerId);
        if (!at) return false;
        const kind = action === 'unsubscribe' ? EventKind.Unsubscribed : EventKind.Resubscribed;
        // Keyed by the moment of the change: a repeated POST changes nothing and records nothing.
        await this.events.recordMany([this.event(delivery, kind, at, `learner:${learnerId}:${kind}:${at.getTime()}`)], manager);
        return true;
      });
      if (action === 'unsubscribe') await this.untilNothingInFlight(learnerId);
    }
    const context = await this.repository.findPreferenceContext(delivery.workspaceId, learnerId);
    if (!context) throw TrackingErrors.linkNotFound();
    const html = renderPreferencePage({
      locale: context.locale,
      workspaceName: context.workspaceName,
      firstName: context.firstName,
      subscribed: context.unsubscribedAt === null,
      actionUrl: `${this.config.publicBaseUrl}/u/${token}`,
      notice,
      brand: context.brand,
      styleNonce,
    });
    return { locale: context.locale, changed, html };
  }

  /**
   * Answers an unsubscribe only once nothing is on its way to the learner any more: a message whose
   * fence passed just before the unsubscribe committed is still travelling to the SMTP server, and
   * "unsubscribed" must mean nothing arrives after this answer. Bounded: a worker that died while
   * sending leaves its row `sending` until the lease lapses (its message never left, or left already).
   */
  private async untilNothingInFlight(learnerId: string): Promise<void> {
    const deadline = Date.now() + IN_FLIGHT_WAIT_MS;
    while ((await this.repository.messageInFlight(learnerId)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_POLL_MS));
    }
  }

  private async recordHits(hits: NewEvent[][]): Promise<void[]> {
    // In key order, so that two concurrent statements sharing keys take their locks in the same order.
    await this.repository.recordEvents(hits.flat().sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : a.idempotencyKey > b.idempotencyKey ? 1 : 0)));
    return hits.map(() => undefined);
  }

  private event(delivery: DeliveryContext, kind: EventKind, occurredAt: Date, idempotencyKey: string, extra: Partial<NewEvent> = {}): NewEvent {
    return {
      workspaceId: delivery.workspaceId,
      kind,
      occurredAt,
      source: EventSource.Tracking,
      idempotencyKey,
      learnerId: delivery.learnerId,
      deliveryId: delivery.id,
      campaignId: delivery.campaignId,
      stepId: delivery.stepId,
      channel: delivery.channel,
      variant: delivery.variant,
      courseId: delivery.courseId,
      sessionId: delivery.sessionId,
      ...extra,
    };
  }
}

function machineData(reason: string | null, visitor: Visitor): Record<string, unknown> {
  return reason ? { machineReason: reason, userAgent: visitor.userAgent?.slice(0, 200) ?? null } : {};
}
