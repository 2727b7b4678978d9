import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { decodeCursor, type Page, toPage } from '../../common/pagination/cursor';
import { AppConfig } from '../../config/app-config';
import { SecretBox, SecretBoxError } from '../../infrastructure/crypto/secret-box';
import { CampaignUsageService } from '../campaigns/campaign-usage.service';
import { PermanentDeliveryError, TransientDeliveryError } from '../delivery/delivery.errors';
import { bareHost, resolveHost } from '../delivery/network/host-resolver';
import type { DecryptedChannel, PostResult, RenderedPost } from '../delivery/network/network-post';
import { NetworkDeliveryService } from '../delivery/network/network-delivery.service';
import { checkChannelUrl, parseChannelUrl, urlPreview } from './channel-url-policy';
import type { CreateNetworkChannelDto, TestPostResultDto, UpdateNetworkChannelDto } from './dto/network-channel.dto';
import { NetworkChannelKind } from './network-channel-kind';
import type { NetworkChannel } from './network-channel.entity';
import { NetworkChannelErrors } from './network-channels.errors';
import { type NetworkChannelChanges, NetworkChannelsRepository } from './network-channels.repository';
import { buildTestPost } from './test-post';

// Saving should not hang on a slow resolver: past this, the send-time check decides.
const SAVE_LOOKUP_TIMEOUT_MS = 3000;

/** A channel opened for sending, with its name for the test post. */
interface DeliverableChannel extends DecryptedChannel {
  name: string;
}

/**
 * Network channels. URLs and secrets are sealed before they reach the database, opened only to
 * send, and never returned or logged: logs name the channel by id.
 */
@Injectable()
export class NetworkChannelsService {
  private readonly logger = new Logger(NetworkChannelsService.name);

  constructor(
    private readonly repository: NetworkChannelsRepository,
    private readonly box: SecretBox,
    private readonly config: AppConfig,
    private readonly delivery: NetworkDeliveryService,
    private readonly usage: CampaignUsageService,
  ) {}

  async create(workspaceId: string, input: CreateNetworkChannelDto): Promise<NetworkChannel> {
    if (input.kind === NetworkChannelKind.Webhook && !input.secret) throw NetworkChannelErrors.secretRequired();
    const url = await this.checkedUrl(workspaceId, input.kind, input.url);
    const id = randomUUID();
    try {
      const channel = await this.repository.insert({
        id,
        workspaceId,
        name: input.name.trim(),
        kind: input.kind,
        urlSealed: this.box.seal(url.toString(), context(workspaceId, id, 'url')),
        urlPreview: urlPreview(url),
        secretSealed: input.secret ? this.box.seal(input.secret, context(workspaceId, id, 'secret')) : null,
        enabled: input.enabled ?? true,
      });
      this.logger.log({ channelId: id, kind: input.kind }, 'Network channel created');
      return channel;
    } catch (error) {
      throw translateConflict(error, input.name);
    }
  }

  async list(workspaceId: string, limit: number, cursor?: string): Promise<Page<NetworkChannel>> {
    const after = cursor ? decodeCursor(cursor) : undefined;
    const channels = await this.repository.list(workspaceId, limit + 1, after);
    return toPage(channels, limit, (c) => ({ key: c.name, id: c.id }), (c) => c);
  }

  async get(workspaceId: string, id: string): Promise<NetworkChannel> {
    const channel = await this.repository.find(workspaceId, id);
    if (!channel) throw NetworkChannelErrors.notFound();
    return channel;
  }

  async update(workspaceId: string, id: string, input: UpdateNetworkChannelDto): Promise<NetworkChannel> {
    const channel = await this.get(workspaceId, id);
    const changes: NetworkChannelChanges = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.enabled !== undefined) changes.enabled = input.enabled;
    if (input.url !== undefined) {
      const url = await this.checkedUrl(workspaceId, channel.kind, input.url);
      changes.urlSealed = this.box.seal(url.toString(), context(workspaceId, id, 'url'));
      changes.urlPreview = urlPreview(url);
    }
    if (input.secret === null) {
      if (channel.kind === NetworkChannelKind.Webhook) throw NetworkChannelErrors.secretRequired();
      changes.secretSealed = null;
    } else if (input.secret !== undefined) {
      changes.secretSealed = this.box.seal(input.secret, context(workspaceId, id, 'secret'));
    }
    if (Object.keys(changes).length === 0) return channel;
    try {
      const updated = await this.repository.update(workspaceId, id, changes);
      if (!updated) throw NetworkChannelErrors.notFound();
      this.logger.log({ channelId: id, fields: Object.keys(input) }, 'Network channel updated');
      return updated;
    } catch (error) {
      throw translateConflict(error, changes.name ?? channel.name);
    }
  }

  /** Deletes the channel, unless a scheduled, running or paused campaign posts to it (409 `NETWORK_CHANNEL.IN_USE`). */
  async remove(workspaceId: string, id: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const channel = await this.repository.lock(manager, workspaceId, id);
      if (!channel) throw NetworkChannelErrors.notFound();
      await this.usage.assertDeletable(manager, workspaceId, { kind: 'network_channel', id, name: channel.name });
      await this.repository.delete(manager, workspaceId, id);
    });
    this.logger.log({ channelId: id }, 'Network channel deleted');
  }

  // The result holds the URL and secret: it stays in memory.
  private async getDeliverable(workspaceId: string, id: string): Promise<DeliverableChannel> {
    try {
      return await this.open(await this.get(workspaceId, id));
    } catch (error) {
      if (error instanceof SecretBoxError) throw NetworkChannelErrors.unreadable();
      throw error;
    }
  }

  /**
   * Delivers a rendered post to a channel: what the worker calls. Resolves when the receiver
   * accepted it; throws TransientDeliveryError (retry, honouring `retryAfterMs`) or
   * PermanentDeliveryError — including CHANNEL_NOT_FOUND, CHANNEL_DISABLED and CHANNEL_UNREADABLE.
   */
  async deliverPost(workspaceId: string, channelId: string, payload: RenderedPost, idempotencyKey: string): Promise<PostResult> {
    const stored = await this.repository.find(workspaceId, channelId);
    if (!stored) throw new PermanentDeliveryError('The network channel no longer exists', { code: 'CHANNEL_NOT_FOUND' });
    if (!stored.enabled) throw new PermanentDeliveryError('The network channel is disabled', { code: 'CHANNEL_DISABLED' });
    let channel: DeliverableChannel;
    try {
      channel = await this.open(stored);
    } catch (error) {
      if (error instanceof SecretBoxError) {
        throw new PermanentDeliveryError('The network channel URL or secret cannot be decrypted', { code: 'CHANNEL_UNREADABLE' });
      }
      throw error;
    }
    return this.delivery.deliver(channel, payload, idempotencyKey);
  }

  /** Sends a harmless test post now and reports how the receiver took it (the API's one send). */
  async sendTestPost(workspaceId: string, id: string): Promise<TestPostResultDto> {
    const channel = await this.getDeliverable(workspaceId, id);
    let result: TestPostResultDto;
    try {
      const sent = await this.delivery.deliver(channel, buildTestPost(channel.name), `test-${randomUUID()}`);
      result = { outcome: 'sent', status: sent.status, code: null, message: 'The test post was accepted', retryAfterMs: null };
    } catch (error) {
      if (!(error instanceof TransientDeliveryError) && !(error instanceof PermanentDeliveryError)) throw error;
      const transient = error instanceof TransientDeliveryError;
      result = {
        outcome: transient ? 'transient' : 'permanent',
        status: error.status ?? null,
        code: error.code,
        message: error.message,
        retryAfterMs: transient ? (error.retryAfterMs ?? null) : null,
      };
    }
    await this.repository.recordTest(workspaceId, id, result.outcome);
    this.logger.log({ channelId: id, outcome: result.outcome, code: result.code }, 'Network channel tested');
    return result;
  }

  // Throws SecretBoxError when a sealed value does not open.
  private async open(channel: NetworkChannel): Promise<DeliverableChannel> {
    const { id, workspaceId } = channel;
    return {
      id,
      workspaceId,
      name: channel.name,
      kind: channel.kind,
      url: this.box.open(channel.urlSealed, context(workspaceId, id, 'url')),
      secret: channel.secretSealed === null ? null : this.box.open(channel.secretSealed, context(workspaceId, id, 'secret')),
      allowPrivateHosts: await this.allowsPrivateHosts(workspaceId),
    };
  }

  private async allowsPrivateHosts(workspaceId: string): Promise<boolean> {
    return this.config.webhookAllowPrivateHosts || (await this.repository.workspaceAllowsPrivateHosts(workspaceId));
  }

  private async checkedUrl(workspaceId: string, kind: NetworkChannelKind, raw: string): Promise<URL> {
    const url = parseChannelUrl(raw);
    if (!(url instanceof URL)) throw NetworkChannelErrors.badUrl(url);
    // A name that does not resolve now is accepted: every send resolves and checks it again.
    const addresses = await resolveHost(bareHost(url), Math.min(SAVE_LOOKUP_TIMEOUT_MS, this.config.webhookTimeoutMs)).catch(() => null);
    const problem = checkChannelUrl(kind, url, addresses, await this.allowsPrivateHosts(workspaceId));
    if (problem) throw NetworkChannelErrors.badUrl(problem);
    return url;
  }
}

// The sealed values are bound to their workspace, row and field.
function context(workspaceId: string, channelId: string, field: 'url' | 'secret'): string {
  return `network_channels:${workspaceId}:${channelId}:${field}`;
}

function translateConflict(error: unknown, name: string): unknown {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  if (driverError?.code === '23505' && driverError.constraint === 'network_channels_workspace_name_key') return NetworkChannelErrors.nameTaken(name);
  return error;
}
