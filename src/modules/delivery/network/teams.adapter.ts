import { Injectable } from '@nestjs/common';
import { NetworkChannelKind } from '../../network-channels/network-channel-kind';
import { PermanentDeliveryError } from '../delivery.errors';
import { assertIdempotencyKey } from './idempotency-key';
import type { AdaptiveCard, DecryptedChannel, NetworkAdapter, PostResult, RenderedPost, TeamsMessage } from './network-post';
import { toPostResult } from './post-outcome';
import { WebhookHttpClient } from './webhook-http-client';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
// Teams renders Adaptive Cards up to 1.5; 1.4 is what every Teams client shows.
export const ADAPTIVE_CARD_VERSION = '1.4';

/**
 * Microsoft Teams Workflows webhooks ("Post to a channel when a webhook request is received"): a
 * message with one Adaptive Card attachment. The card's type, schema and version are always set,
 * since Workflows refuses a card without them.
 */
@Injectable()
export class TeamsAdapter implements NetworkAdapter {
  readonly kind = NetworkChannelKind.Teams;

  constructor(private readonly http: WebhookHttpClient) {}

  async deliver(channel: DecryptedChannel, payload: RenderedPost, idempotencyKey: string): Promise<PostResult> {
    assertIdempotencyKey(idempotencyKey);
    const body = JSON.stringify(teamsMessage(payload.teams));
    const answer = await this.http.postJson(channel.url, body, { 'Idempotency-Key': idempotencyKey }, channel.allowPrivateHosts);
    return toPostResult(answer);
  }
}

function teamsMessage(rendered: TeamsMessage): TeamsMessage {
  const card = rendered.attachments?.find((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE)?.content;
  if (!card) throw new PermanentDeliveryError('The rendered post holds no Adaptive Card', { code: 'PAYLOAD_INVALID' });
  const content: AdaptiveCard = {
    ...card,
    type: 'AdaptiveCard',
    $schema: card.$schema ?? ADAPTIVE_CARD_SCHEMA,
    version: card.version ?? ADAPTIVE_CARD_VERSION,
  };
  return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content }] };
}
