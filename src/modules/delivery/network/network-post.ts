import type { NetworkChannelKind } from '../../network-channels/network-channel-kind';

/** A Slack incoming-webhook message: `text` is the notification fallback, `blocks` the Block Kit layout. */
export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

/** An Adaptive Card (https://adaptivecards.io), as Teams Workflows webhooks accept it. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version?: string;
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  [key: string]: unknown;
}

/** A Teams message carrying one Adaptive Card attachment. */
export interface TeamsMessage {
  type: 'message';
  attachments: { contentType: 'application/vnd.microsoft.card.adaptive'; contentUrl?: null; content: AdaptiveCard }[];
}

/** The generic JSON body of a signed webhook. */
export interface WebhookPost {
  title: string;
  text: string;
  markdown: string;
  html: string;
  url: string | null;
}

/** One post variant rendered by the templates module for every kind of channel; no learner data. */
export interface RenderedPost {
  slack: SlackMessage;
  teams: TeamsMessage;
  webhook: WebhookPost;
}

/** A channel with its URL and secret opened, ready to send; never serialised, stored or logged. */
export interface DecryptedChannel {
  id: string;
  workspaceId: string;
  kind: NetworkChannelKind;
  url: string;
  secret: string | null;
  /** Whether this channel may reach loopback and private addresses (workspace or dev setting). */
  allowPrivateHosts: boolean;
}

/** A post the receiver accepted (2xx). Failures are thrown as Transient/PermanentDeliveryError. */
export interface PostResult {
  status: number;
  durationMs: number;
}

/** Delivers a rendered post to one kind of channel. The idempotency key is the same on every retry. */
export interface NetworkAdapter {
  readonly kind: NetworkChannelKind;
  deliver(channel: DecryptedChannel, payload: RenderedPost, idempotencyKey: string): Promise<PostResult>;
}
