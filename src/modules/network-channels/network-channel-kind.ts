/** Where a network post goes; stable values stored in `network_channels.kind`. */
export enum NetworkChannelKind {
  Slack = 'slack',
  Teams = 'teams',
  Webhook = 'webhook',
}
