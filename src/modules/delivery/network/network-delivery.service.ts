import { Injectable } from '@nestjs/common';
import type { NetworkChannelKind } from '../../network-channels/network-channel-kind';
import type { DecryptedChannel, NetworkAdapter, PostResult, RenderedPost } from './network-post';
import { SlackAdapter } from './slack.adapter';
import { TeamsAdapter } from './teams.adapter';
import { WebhookAdapter } from './webhook.adapter';

/** Sends a rendered post through the adapter of the channel's kind. */
@Injectable()
export class NetworkDeliveryService {
  private readonly adapters: Map<NetworkChannelKind, NetworkAdapter>;

  constructor(slack: SlackAdapter, teams: TeamsAdapter, webhook: WebhookAdapter) {
    this.adapters = new Map<NetworkChannelKind, NetworkAdapter>([slack, teams, webhook].map((adapter) => [adapter.kind, adapter]));
  }

  /**
   * Resolves when the receiver accepted the post; throws TransientDeliveryError (retry later,
   * honouring `retryAfterMs`) or PermanentDeliveryError (do not retry).
   */
  async deliver(channel: DecryptedChannel, payload: RenderedPost, idempotencyKey: string): Promise<PostResult> {
    const adapter = this.adapters.get(channel.kind);
    if (!adapter) throw new Error(`No network adapter for "${channel.kind}"`);
    return adapter.deliver(channel, payload, idempotencyKey);
  }
}
