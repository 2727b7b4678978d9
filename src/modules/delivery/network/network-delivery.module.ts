import { Module } from '@nestjs/common';
import { NetworkDeliveryService } from './network-delivery.service';
import { SlackAdapter } from './slack.adapter';
import { TeamsAdapter } from './teams.adapter';
import { WebhookAdapter } from './webhook.adapter';
import { WebhookHttpClient } from './webhook-http-client';

/** The adapters that deliver network posts (Slack, Teams, signed webhooks). */
@Module({
  providers: [WebhookHttpClient, SlackAdapter, TeamsAdapter, WebhookAdapter, NetworkDeliveryService],
  exports: [NetworkDeliveryService],
})
export class NetworkDeliveryModule {}
