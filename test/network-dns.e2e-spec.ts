import { loadConfig } from '../src/config/app-config';
import { PermanentDeliveryError } from '../src/modules/delivery/delivery.errors';
import * as hostResolver from '../src/modules/delivery/network/host-resolver';
import type { DecryptedChannel, RenderedPost } from '../src/modules/delivery/network/network-post';
import { SlackAdapter } from '../src/modules/delivery/network/slack.adapter';
import { WebhookHttpClient } from '../src/modules/delivery/network/webhook-http-client';
import { NetworkChannelKind } from '../src/modules/network-channels/network-channel-kind';
import { HttpReceiver } from './support/http-receiver';

// A resolver the test controls for names under .example.test; everything else resolves for real.
const dnsAnswers = new Map<string, string[]>();
jest.mock('../src/modules/delivery/network/host-resolver', () => {
  const actual = jest.requireActual('../src/modules/delivery/network/host-resolver');
  return {
    ...actual,
    resolveHost: jest.fn((host: string, timeoutMs: number) => {
      const answer = dnsAnswers.get(host);
      return answer ? Promise.resolve(answer) : actual.resolveHost(host, timeoutMs);
    }),
  };
});

const POST: RenderedPost = {
  slack: { text: 'Hello', blocks: [] },
  teams: { type: 'message', attachments: [] },
  webhook: { title: 'Hello', text: 'Hello', markdown: 'Hello', html: '<p>Hello</p>', url: null },
};

describe('Host checks against DNS answers at send time', () => {
  let receiver: HttpReceiver;
  let slack: SlackAdapter;
  const resolveHost = hostResolver.resolveHost as jest.MockedFunction<typeof hostResolver.resolveHost>;

  const channel = (url: string, allowPrivateHosts: boolean): DecryptedChannel => ({
    id: '00000000-0000-4000-8000-000000000001',
    workspaceId: '00000000-0000-4000-8000-000000000002',
    kind: NetworkChannelKind.Slack,
    url,
    secret: null,
    allowPrivateHosts,
  });

  beforeAll(async () => {
    receiver = await HttpReceiver.start();
    slack = new SlackAdapter(new WebhookHttpClient(loadConfig({ NODE_ENV: 'test', WEBHOOK_TIMEOUT_MS: '2000' })));
  });
  beforeEach(() => {
    receiver.reset();
    dnsAnswers.clear();
    resolveHost.mockClear();
  });
  afterAll(() => receiver.close());

  it('connects to the address it checked, resolving once per request', async () => {
    // No system resolver knows this name: reaching the receiver proves the checked answer was used.
    dnsAnswers.set('relay.example.test', ['127.0.0.1']);
    await slack.deliver(channel(receiver.url('/slack', 'relay.example.test'), true), POST, 'k1');
    await slack.deliver(channel(receiver.url('/slack', 'relay.example.test'), true), POST, 'k2');
    const requests = await receiver.waitFor(2);
    expect(requests[0].headers.host).toBe(`relay.example.test:${receiver.port}`);
    expect(resolveHost.mock.calls.filter(([host]) => host === 'relay.example.test')).toHaveLength(2);
  });

  it('refuses a name whose answer at send time is loopback (rebound after the save-time check)', async () => {
    dnsAnswers.set('rebind.example.test', ['127.0.0.1']);
    const error = await slack.deliver(channel(receiver.url('/slack', 'rebind.example.test'), false), POST, 'k').catch((e) => e);
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(error.code).toBe('HOST_BLOCKED');
    expect(receiver.requests).toHaveLength(0);
  });

  it('refuses a name when any of its addresses is private, even if another is public', async () => {
    dnsAnswers.set('mixed.example.test', ['93.184.216.34', '127.0.0.1']);
    const error = await slack.deliver(channel(receiver.url('/slack', 'mixed.example.test'), false), POST, 'k').catch((e) => e);
    expect(error.code).toBe('HOST_BLOCKED');
    expect(receiver.requests).toHaveLength(0);
  });

  it('refuses link-local answers even where private hosts are allowed', async () => {
    dnsAnswers.set('metadata.example.test', ['169.254.169.254']);
    const error = await slack.deliver(channel('http://metadata.example.test/latest', true), POST, 'k').catch((e) => e);
    expect(error.code).toBe('HOST_BLOCKED');
    expect(error.message).toMatch(/link-local/);
  });
});
