import { AddressScope, classifyAddress } from '../delivery/network/address-policy';
import { NetworkChannelKind } from './network-channel-kind';

export const MAX_URL_LENGTH = 2048;

/** Hosts each kind of channel must post to (outside allowed private hosts). */
export const KIND_HOSTS: Record<NetworkChannelKind, { exact: string[]; suffixes: string[] } | null> = {
  [NetworkChannelKind.Slack]: { exact: ['hooks.slack.com'], suffixes: [] },
  // Workflows webhooks live on Logic Apps or Power Platform; *.webhook.office.com are the older connectors.
  [NetworkChannelKind.Teams]: { exact: [], suffixes: ['.logic.azure.com', '.powerplatform.com', '.webhook.office.com'] },
  [NetworkChannelKind.Webhook]: null,
};

export interface UrlProblem {
  code: string;
  message: string;
}

/** Parses a channel URL; messages describe the problem and never repeat the URL. */
export function parseChannelUrl(raw: string): URL | UrlProblem {
  if (raw.length > MAX_URL_LENGTH) return { code: 'NETWORK_CHANNEL.URL_INVALID', message: `must be at most ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { code: 'NETWORK_CHANNEL.URL_INVALID', message: 'must be an absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { code: 'NETWORK_CHANNEL.URL_INVALID', message: 'must use https' };
  if (url.username || url.password) return { code: 'NETWORK_CHANNEL.URL_INVALID', message: 'must not carry a user name or password' };
  return url;
}

/**
 * Checks a channel URL against the host rules, given the addresses its host resolves to now
 * (null when it does not resolve: the send-time check decides then). A host on an allowed
 * private network may use http and any host name (a relay, a local receiver); everything else
 * must be https on the kind's hosts.
 */
export function checkChannelUrl(kind: NetworkChannelKind, url: URL, addresses: string[] | null, allowPrivateHosts: boolean): UrlProblem | null {
  for (const address of addresses ?? []) {
    const { scope, range } = classifyAddress(address);
    if (scope === AddressScope.Forbidden) {
      return { code: 'NETWORK_CHANNEL.HOST_FORBIDDEN', message: `the host resolves to a ${range} address, which no channel may reach` };
    }
    if (scope === AddressScope.Private && !allowPrivateHosts) {
      return {
        code: 'NETWORK_CHANNEL.HOST_FORBIDDEN',
        message: `the host resolves to a ${range} address; private hosts are not allowed in this workspace`,
      };
    }
  }
  const onPrivateNetwork = allowPrivateHosts && !!addresses?.length && addresses.every((a) => classifyAddress(a).scope === AddressScope.Private);
  if (onPrivateNetwork) return null;

  if (url.protocol !== 'https:') return { code: 'NETWORK_CHANNEL.URL_INVALID', message: 'must use https' };
  const hosts = KIND_HOSTS[kind];
  const host = url.hostname.toLowerCase();
  if (hosts && !hosts.exact.includes(host) && !hosts.suffixes.some((suffix) => host.endsWith(suffix))) {
    const expected = [...hosts.exact, ...hosts.suffixes.map((s) => `*${s}`)].join(', ');
    return { code: 'NETWORK_CHANNEL.HOST_NOT_ALLOWED', message: `a ${kind} channel must post to ${expected}` };
  }
  return null;
}

/** What the API shows of a URL: scheme, host and the last 4 characters (`https://hooks.slack.com/…/XXXX`). */
export function urlPreview(url: URL): string {
  const full = url.toString();
  return `${url.protocol}//${url.host}/…/${full.slice(-4)}`;
}
