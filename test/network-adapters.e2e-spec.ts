import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { loadConfig } from '../src/config/app-config';
import { PermanentDeliveryError, TransientDeliveryError } from '../src/modules/delivery/delivery.errors';
import { NetworkDeliveryService } from '../src/modules/delivery/network/network-delivery.service';
import type { DecryptedChannel, RenderedPost } from '../src/modules/delivery/network/network-post';
import { SlackAdapter } from '../src/modules/delivery/network/slack.adapter';
import { TeamsAdapter } from '../src/modules/delivery/network/teams.adapter';
import { USER_AGENT, WebhookHttpClient } from '../src/modules/delivery/network/webhook-http-client';
import { WebhookAdapter } from '../src/modules/delivery/network/webhook.adapter';
import { NetworkChannelKind } from '../src/modules/network-channels/network-channel-kind';
import { HttpReceiver } from './support/http-receiver';

const TIMEOUT_MS = 400;
const SECRET = 'whsec_test_0123456789abcdef';

const POST: RenderedPost = {
  slack: {
    text: 'New session: Negotiation essentials, 14 January',
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Negotiation essentials*\n<https://lms.example.com/c/42|Enrol now>' } }],
  },
  teams: {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          body: [{ type: 'TextBlock', text: 'Negotiation essentials', weight: 'Bolder', wrap: true }],
          actions: [{ type: 'Action.OpenUrl', title: 'Enrol now', url: 'https://lms.example.com/c/42' }],
        },
      },
    ],
  },
  webhook: {
    title: 'Negotiation essentials',
    text: 'New session on 14 January. Enrol now.',
    markdown: '**Negotiation essentials**\n\nNew session on 14 January. [Enrol now](https://lms.example.com/c/42)',
    html: '<p><strong>Negotiation essentials</strong></p><p>New session on 14 January.</p>',
    url: 'https://lms.example.com/c/42',
  },
};

describe('Network adapters against a real HTTP receiver', () => {
  let receiver: HttpReceiver;
  let network: NetworkDeliveryService;

  const channel = (kind: NetworkChannelKind, url: string, overrides: Partial<DecryptedChannel> = {}): DecryptedChannel => ({
    id: '00000000-0000-4000-8000-000000000001',
    workspaceId: '00000000-0000-4000-8000-000000000002',
    kind,
    url,
    secret: kind === NetworkChannelKind.Webhook ? SECRET : null,
    allowPrivateHosts: true,
    ...overrides,
  });

  /** Runs one delivery and returns what it threw (or null when it was sent). */
  const attempt = async (target: DecryptedChannel, key = 'delivery-1'): Promise<Error | null> => {
    try {
      await network.deliver(target, POST, key);
      return null;
    } catch (error) {
      return error as Error;
    }
  };

  beforeAll(async () => {
    receiver = await HttpReceiver.start();
    const http = new WebhookHttpClient(loadConfig({ NODE_ENV: 'test', WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS) }));
    network = new NetworkDeliveryService(new SlackAdapter(http), new TeamsAdapter(http), new WebhookAdapter(http));
  });
  beforeEach(() => receiver.reset());
  afterAll(() => receiver.close());

  describe('payloads', () => {
    it('posts Slack {text, blocks} as JSON with the idempotency key and a user agent', async () => {
      const result = await network.deliver(channel(NetworkChannelKind.Slack, receiver.url('/slack')), POST, 'delivery-slack-1');
      expect(result.status).toBe(200);
      const [request] = await receiver.waitFor(1);
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/slack');
      expect(request.headers['content-type']).toMatch(/^application\/json/);
      expect(request.headers['idempotency-key']).toBe('delivery-slack-1');
      expect(request.headers['user-agent']).toBe(USER_AGENT);
      expect(request.json).toEqual({ text: POST.slack.text, blocks: POST.slack.blocks });
    });

    it('posts a Teams message with one Adaptive Card attachment, its schema and version filled in', async () => {
      await network.deliver(channel(NetworkChannelKind.Teams, receiver.url('/teams')), POST, 'delivery-teams-1');
      const [request] = await receiver.waitFor(1);
      expect(request.headers['idempotency-key']).toBe('delivery-teams-1');
      const body = request.json as { type: string; attachments: { contentType: string; contentUrl: null; content: Record<string, unknown> }[] };
      expect(body.type).toBe('message');
      expect(body.attachments).toHaveLength(1);
      expect(body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(body.attachments[0].content).toMatchObject({
        type: 'AdaptiveCard',
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        version: '1.4',
        body: POST.teams.attachments[0].content.body,
        actions: POST.teams.attachments[0].content.actions,
      });
    });

    it("keeps a card's own version and refuses a post without a card, before any request", async () => {
      const withVersion: RenderedPost = {
        ...POST,
        teams: { type: 'message', attachments: [{ ...POST.teams.attachments[0], content: { ...POST.teams.attachments[0].content, version: '1.5' } }] },
      };
      await network.deliver(channel(NetworkChannelKind.Teams, receiver.url('/teams')), withVersion, 'k');
      const [request] = await receiver.waitFor(1);
      expect((request.json as { attachments: { content: { version: string } }[] }).attachments[0].content.version).toBe('1.5');

      const error = await network.deliver(channel(NetworkChannelKind.Teams, receiver.url('/teams')), { ...POST, teams: { type: 'message', attachments: [] } }, 'k').catch((e) => e);
      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error.code).toBe('PAYLOAD_INVALID');
      expect(receiver.requests).toHaveLength(1);
    });

    it('posts the generic JSON signed so that the receiver can verify it by recomputing the HMAC', async () => {
      const before = Math.floor(Date.now() / 1000);
      await network.deliver(channel(NetworkChannelKind.Webhook, receiver.url('/hook')), POST, 'delivery-hook-1');
      const [request] = await receiver.waitFor(1);
      expect(request.json).toEqual(POST.webhook);
      expect(request.headers['idempotency-key']).toBe('delivery-hook-1');

      const timestamp = Number(request.headers['x-clarion-timestamp']);
      expect(timestamp).toBeGreaterThanOrEqual(before);
      expect(timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
      const expected = createHmac('sha256', SECRET).update(`${timestamp}.${request.rawBody}`).digest('hex');
      expect(request.headers['x-clarion-signature']).toBe(`v1=${expected}`);
      // A different secret or a changed body does not verify.
      expect(createHmac('sha256', 'another-secret-000000').update(`${timestamp}.${request.rawBody}`).digest('hex')).not.toBe(expected);
      expect(createHmac('sha256', SECRET).update(`${timestamp}.${request.rawBody} `).digest('hex')).not.toBe(expected);
    });

    it('refuses a webhook channel without a secret, before any request', async () => {
      const error = await attempt(channel(NetworkChannelKind.Webhook, receiver.url('/hook'), { secret: null }));
      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as PermanentDeliveryError).code).toBe('SECRET_MISSING');
      expect(receiver.requests).toHaveLength(0);
    });

    it('refuses an idempotency key that could break a header', async () => {
      await expect(network.deliver(channel(NetworkChannelKind.Slack, receiver.url('/slack')), POST, 'a\r\nX-Evil: 1')).rejects.toThrow(/idempotency key/);
      expect(receiver.requests).toHaveLength(0);
    });
  });

  describe('outcomes and retries', () => {
    it.each([NetworkChannelKind.Slack, NetworkChannelKind.Teams, NetworkChannelKind.Webhook])(
      '%s: 429 with Retry-After twice, then 200 — transient with the delay, the same Idempotency-Key on every attempt',
      async (kind) => {
        receiver.respond([
          { status: 429, headers: { 'Retry-After': '1' }, body: 'rate_limited' },
          { status: 429, headers: { 'Retry-After': '1' }, body: 'rate_limited' },
        ]);
        const target = channel(kind, receiver.url(`/${kind}`));
        const outcomes: (Error | null)[] = [];
        // What a worker does: try, and on a transient error try again (here without waiting).
        for (let i = 0; i < 3; i++) outcomes.push(await attempt(target, `delivery-${kind}-retry`));

        expect(outcomes[0]).toBeInstanceOf(TransientDeliveryError);
        expect(outcomes[0]).toMatchObject({ code: 'HTTP_429', status: 429, retryAfterMs: 1000 });
        expect(outcomes[1]).toBeInstanceOf(TransientDeliveryError);
        expect(outcomes[2]).toBeNull();
        const requests = await receiver.waitFor(3);
        expect(requests.map((r) => r.headers['idempotency-key'])).toEqual(Array(3).fill(`delivery-${kind}-retry`));
        expect(new Set(requests.map((r) => r.rawBody)).size).toBe(1);
        if (kind === NetworkChannelKind.Webhook) {
          for (const r of requests) {
            const ts = r.headers['x-clarion-timestamp'];
            expect(r.headers['x-clarion-signature']).toBe(`v1=${createHmac('sha256', SECRET).update(`${ts}.${r.rawBody}`).digest('hex')}`);
          }
        }
      },
    );

    it('reads Retry-After given as an HTTP date', async () => {
      const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 30_000);
      receiver.respond([{ status: 429, headers: { 'Retry-After': at.toUTCString() } }]);
      const error = (await attempt(channel(NetworkChannelKind.Slack, receiver.url('/slack')))) as TransientDeliveryError;
      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect(error.retryAfterMs).toBeGreaterThan(25_000);
      expect(error.retryAfterMs).toBeLessThanOrEqual(31_000);
    });

    it.each([
      [500, 'HTTP_500'],
      [502, 'HTTP_502'],
      [503, 'HTTP_503'],
    ])('%i is transient', async (status, code) => {
      receiver.respond([{ status, body: 'upstream trouble' }]);
      const error = await attempt(channel(NetworkChannelKind.Teams, receiver.url('/teams')));
      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect(error).toMatchObject({ code, status });
    });

    it.each([
      [400, 'invalid_payload'],
      [403, 'action_prohibited'],
      [404, 'no_team'],
      [410, 'channel_is_archived'],
    ])("%i (Slack's %s) is permanent and says why", async (status, reason) => {
      receiver.respond([{ status, body: reason }]);
      const error = await attempt(channel(NetworkChannelKind.Slack, receiver.url('/slack')));
      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error).toMatchObject({ code: `HTTP_${status}`, status });
      expect(error!.message).toContain(reason);
    });

    it('does not follow a redirect: permanent, and the target is never requested', async () => {
      receiver.respond([{ status: 302, headers: { Location: receiver.url('/elsewhere') } }]);
      const error = await attempt(channel(NetworkChannelKind.Webhook, receiver.url('/hook')));
      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as PermanentDeliveryError).code).toBe('HTTP_302');
      expect(receiver.requestsTo('/elsewhere')).toHaveLength(0);
    });

    it('gives up at the timeout: transient, well before the slow answer', async () => {
      receiver.respond([{ status: 200, delayMs: 5000 }]);
      const started = Date.now();
      const error = await attempt(channel(NetworkChannelKind.Webhook, receiver.url('/hook')));
      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect((error as TransientDeliveryError).code).toBe('TIMEOUT');
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1500);
    });

    it('treats a refused connection as transient', async () => {
      const port = await closedPort();
      const error = await attempt(channel(NetworkChannelKind.Slack, `http://127.0.0.1:${port}/slack`));
      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect((error as TransientDeliveryError).code).toBe('CONNECTION');
    });

    it('never puts the URL or the secret in an error message', async () => {
      const secretPath = '/hook/T0SECRETPATHX9';
      receiver.respondByDefault({ status: 404, body: 'no_team' });
      const errors = [
        await attempt(channel(NetworkChannelKind.Webhook, receiver.url(secretPath))),
        await attempt(channel(NetworkChannelKind.Webhook, receiver.url(secretPath), { allowPrivateHosts: false })),
        await attempt(channel(NetworkChannelKind.Webhook, `http://127.0.0.1:${await closedPort()}${secretPath}`)),
      ];
      for (const error of errors) {
        expect(error).toBeInstanceOf(Error);
        expect(error!.message).not.toContain('T0SECRETPATHX9');
        expect(error!.message).not.toContain(SECRET);
        expect(error!.message).not.toContain(String(receiver.port));
      }
    });
  });

  describe('host checks at send time', () => {
    it.each([
      ['127.0.0.1', (r: HttpReceiver) => r.url('/hook')],
      ['a name resolving to 127.0.0.1 (localhost)', (r: HttpReceiver) => r.url('/hook', 'localhost')],
      ['[::1]', (r: HttpReceiver) => `http://[::1]:${r.port}/hook`],
      ['10.x', () => 'http://10.1.2.3/hook'],
      ['169.254.169.254 (cloud metadata)', () => 'http://169.254.169.254/latest/meta-data/'],
      ['an IPv4-mapped loopback', (r: HttpReceiver) => `http://[::ffff:127.0.0.1]:${r.port}/hook`],
    ])('refuses %s where private hosts are not allowed, without sending anything', async (_, url) => {
      const error = await attempt(channel(NetworkChannelKind.Webhook, url(receiver), { allowPrivateHosts: false }));
      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as PermanentDeliveryError).code).toBe('HOST_BLOCKED');
      expect(receiver.requests).toHaveLength(0);
    });

    it('reaches loopback by name when private hosts are allowed, but never link-local', async () => {
      await network.deliver(channel(NetworkChannelKind.Slack, receiver.url('/slack', 'localhost')), POST, 'k');
      await receiver.waitFor(1);
      const error = await attempt(channel(NetworkChannelKind.Webhook, 'http://169.254.169.254/latest/meta-data/', { allowPrivateHosts: true }));
      expect((error as PermanentDeliveryError).code).toBe('HOST_BLOCKED');
    });
  });
});

// A port nothing listens on: bind one, then free it.
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
