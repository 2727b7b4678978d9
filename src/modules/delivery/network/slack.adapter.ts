import { Injectable } from '@nestjs/common';
import { NetworkChannelKind } from '../../network-channels/network-channel-kind';
import { assertIdempotencyKey } from './idempotency-key';
import type { DecryptedChannel, NetworkAdapter, PostResult, RenderedPost } from './network-post';
import { toPostResult } from './post-outcome';
import { WebhookHttpClient } from './webhook-http-client';

/** Slack incoming webhooks: `{text, blocks}`; Slack answers `ok`, or a status with a reason (`no_team`). */
@Injectable()
export class SlackAdapter implements NetworkAdapter {
  readonly kind = NetworkChannelKind.Slack;

  constructor(private readonly http: WebhookHttpClient) {}

  async deliver(channel: DecryptedChannel, payload: RenderedPost, idempotencyKey: string): Promise<PostResult> {
    assertIdempotencyKey(idempotencyKey);
    const body = JSON.stringify({ text: payload.slack.text, blocks: payload.slack.blocks });
    const answer = await this.http.postJson(channel.url, body, { 'Idempotency-Key': idempotencyKey }, channel.allowPrivateHosts);
    return toPostResult(answer);
  }
}
