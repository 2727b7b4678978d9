import { Injectable } from '@nestjs/common';
import { NetworkChannelKind } from '../../network-channels/network-channel-kind';
import { PermanentDeliveryError } from '../delivery.errors';
import { assertIdempotencyKey } from './idempotency-key';
import type { DecryptedChannel, NetworkAdapter, PostResult, RenderedPost } from './network-post';
import { toPostResult } from './post-outcome';
import { WebhookHttpClient } from './webhook-http-client';
import { signWebhook } from './webhook-signature';

/**
 * Generic JSON webhooks (Viva Engage, Workvivo, an intranet…): the post as `{title, text, markdown,
 * html, url}`, signed with the channel's secret. Each attempt is signed afresh with its own
 * timestamp; the Idempotency-Key stays the same so the receiver can drop a repeat.
 */
@Injectable()
export class WebhookAdapter implements NetworkAdapter {
  readonly kind = NetworkChannelKind.Webhook;

  constructor(private readonly http: WebhookHttpClient) {}

  async deliver(channel: DecryptedChannel, payload: RenderedPost, idempotencyKey: string): Promise<PostResult> {
    assertIdempotencyKey(idempotencyKey);
    if (!channel.secret) throw new PermanentDeliveryError('The webhook channel has no signing secret', { code: 'SECRET_MISSING' });
    const { title, text, markdown, html, url } = payload.webhook;
    const body = JSON.stringify({ title, text, markdown, html, url });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'Idempotency-Key': idempotencyKey,
      'X-Clarion-Timestamp': String(timestamp),
      'X-Clarion-Signature': signWebhook(channel.secret, timestamp, body),
    };
    return toPostResult(await this.http.postJson(channel.url, body, headers, channel.allowPrivateHosts));
  }
}
