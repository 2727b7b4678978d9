import { createHmac } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import { NetworkChannelsService } from '../src/modules/network-channels/network-channels.service';
import { buildTestPost } from '../src/modules/network-channels/test-post';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { HttpReceiver } from './support/http-receiver';

const SLACK_URL = 'https://hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/slackSecretToken1234';
const TEAMS_URL =
  'https://prod-12.westeurope.logic.azure.com:443/workflows/7f3a/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers&sig=teamsSigSecret9876';
const HOOK_SECRET = 'whsec_Super5ecretSigningKey_42';

/** Collects every log line the application writes through Nest's logger. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  private push = (...args: unknown[]) => void this.lines.push(JSON.stringify(args, (_, v) => (v instanceof Error ? `${v.message} ${v.stack}` : v)));
  log = this.push;
  error = this.push;
  warn = this.push;
  debug = this.push;
  verbose = this.push;
  fatal = this.push;
}

describe('Network channels API', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  let receiver: HttpReceiver;
  const logs = new CapturingLogger();

  const create = (ws: TestWorkspace, body: Record<string, unknown>) => t.http().post('/v1/network-channels').set(...bearer(ws.key)).send(body);
  const allowPrivateHosts = (ws: TestWorkspace, allowed: boolean) =>
    t.dataSource.query(`UPDATE workspaces SET allow_private_network_hosts = $2 WHERE id = $1`, [ws.id, allowed]);
  const storedRow = async (id: string): Promise<string> =>
    (await t.dataSource.query(`SELECT row_to_json(c)::text AS row FROM network_channels c WHERE id = $1`, [id]))[0].row;

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.useLogger(logs);
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    receiver = await HttpReceiver.start();
  });
  beforeEach(() => receiver.reset());
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  describe('storage and answers', () => {
    it('creates, reads, updates and deletes a Slack channel, showing only a preview of the URL', async () => {
      const created = await create(acme, { name: 'Slack #learning', kind: 'slack', url: SLACK_URL }).expect(201);
      expect(created.body).toMatchObject({
        name: 'Slack #learning',
        kind: 'slack',
        urlPreview: 'https://hooks.slack.com/…/1234',
        hasSecret: false,
        enabled: true,
        lastTestedAt: null,
        lastTestOutcome: null,
      });
      expect(created.body).not.toHaveProperty('url');
      expect(JSON.stringify(created.body)).not.toContain('slackSecretToken');
      const id = created.body.id;

      const row = await storedRow(id);
      expect(row).not.toContain('slackSecretToken');
      const [{ url_sealed: sealed }] = await t.dataSource.query(`SELECT url_sealed FROM network_channels WHERE id = $1`, [id]);
      expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/);
      expect(sealed).not.toBe(SLACK_URL);

      const list = await t.http().get('/v1/network-channels').set(...bearer(acme.keys.viewer)).expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).toContain(id);
      expect(list.body.nextCursor).toBeNull();
      expect(JSON.stringify(list.body)).not.toContain('slackSecretToken');
      await t.http().get(`/v1/network-channels/${id}`).set(...bearer(acme.keys.planner)).expect(200);

      const renamed = await t.http().patch(`/v1/network-channels/${id}`).set(...bearer(acme.key)).send({ name: 'Slack #learning-news', enabled: false }).expect(200);
      expect(renamed.body).toMatchObject({ name: 'Slack #learning-news', enabled: false, urlPreview: 'https://hooks.slack.com/…/1234' });

      const moved = await t.http().patch(`/v1/network-channels/${id}`).set(...bearer(acme.key)).send({ url: SLACK_URL.replace('1234', '5678') }).expect(200);
      expect(moved.body.urlPreview).toBe('https://hooks.slack.com/…/5678');
      expect(await storedRow(id)).not.toContain('slackSecretToken');

      await t.http().delete(`/v1/network-channels/${id}`).set(...bearer(acme.key)).expect(204);
      await t.http().get(`/v1/network-channels/${id}`).set(...bearer(acme.key)).expect(404);
      await t.http().delete(`/v1/network-channels/${id}`).set(...bearer(acme.key)).expect(404);
    });

    it('stores a webhook secret sealed, answers only hasSecret, and requires the secret for webhooks', async () => {
      const missing = await create(acme, { name: 'Intranet', kind: 'webhook', url: 'https://intranet.example.com/hooks/clarion' }).expect(422);
      expect(missing.body.error).toMatchObject({ code: 'NETWORK_CHANNEL.SECRET_REQUIRED', details: [{ path: 'secret' }] });

      const short = await create(acme, { name: 'Intranet', kind: 'webhook', url: 'https://intranet.example.com/hooks/clarion', secret: 'short' }).expect(400);
      expect(short.body.error.details.map((d: { path: string }) => d.path)).toContain('secret');
      expect(JSON.stringify(short.body)).not.toContain('short"');

      const created = await create(acme, { name: 'Intranet', kind: 'webhook', url: 'https://intranet.example.com/hooks/clarion', secret: HOOK_SECRET }).expect(201);
      expect(created.body).toMatchObject({ hasSecret: true, urlPreview: 'https://intranet.example.com/…/rion' });
      expect(JSON.stringify(created.body)).not.toContain(HOOK_SECRET);
      const row = await storedRow(created.body.id);
      expect(row).not.toContain(HOOK_SECRET);
      expect(row).not.toContain('intranet.example.com/hooks');

      const removeSecret = await t.http().patch(`/v1/network-channels/${created.body.id}`).set(...bearer(acme.key)).send({ secret: null }).expect(422);
      expect(removeSecret.body.error.code).toBe('NETWORK_CHANNEL.SECRET_REQUIRED');
    });

    it('accepts Teams Workflows URLs and keeps the signature in the query string secret', async () => {
      const created = await create(acme, { name: 'Teams L&D', kind: 'teams', url: TEAMS_URL }).expect(201);
      expect(created.body.urlPreview).toBe('https://prod-12.westeurope.logic.azure.com/…/9876');
      expect(JSON.stringify(created.body)).not.toContain('teamsSigSecret');
      expect(await storedRow(created.body.id)).not.toContain('teamsSigSecret');
    });

    it('refuses a second channel with the same name (409)', async () => {
      await create(acme, { name: 'Duplicate', kind: 'slack', url: SLACK_URL }).expect(201);
      const res = await create(acme, { name: 'Duplicate', kind: 'slack', url: SLACK_URL }).expect(409);
      expect(res.body.error.code).toBe('NETWORK_CHANNEL.NAME_TAKEN');
      // Another workspace may use the name.
      await create(globex, { name: 'Duplicate', kind: 'slack', url: SLACK_URL }).expect(201);
    });

    it('lists channels by name, a page at a time, with the cursor of the previous page', async () => {
      const names = ['Paged C', 'Paged A', 'Paged B'];
      for (const name of names) await create(globex, { name, kind: 'slack', url: SLACK_URL }).expect(201);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const path: string = `/v1/network-channels?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const res = await t.http().get(path).set(...bearer(globex.keys.viewer)).expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((c: { name: string }) => c.name));
        cursor = res.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(cursor).toBeNull();
      expect(seen).toEqual([...seen].sort());
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(names));

      const badLimit = await t.http().get('/v1/network-channels?limit=0').set(...bearer(globex.key)).expect(400);
      expect(badLimit.body.error.details[0].path).toBe('limit');
      const badCursor = await t.http().get('/v1/network-channels?cursor=nonsense').set(...bearer(globex.key)).expect(400);
      expect(badCursor.body.error.code).toBe('REQUEST.INVALID_CURSOR');
    });

    it('names every bad field and refuses unknown ones, including a kind change', async () => {
      const res = await create(acme, { name: '', kind: 'workplace', extra: true }).expect(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['name', 'kind', 'url', 'extra']));
      const created = await create(acme, { name: 'Kind fixed', kind: 'slack', url: SLACK_URL }).expect(201);
      const patch = await t.http().patch(`/v1/network-channels/${created.body.id}`).set(...bearer(acme.key)).send({ kind: 'webhook' }).expect(400);
      expect(patch.body.error.details[0].path).toBe('kind');
    });
  });

  describe('host rules', () => {
    it.each([
      ['Slack off hooks.slack.com', 'slack', 'https://hooks.example.com/services/T0/B0/tokenAbcd', 'NETWORK_CHANNEL.HOST_NOT_ALLOWED'],
      ['Teams off the Workflows hosts', 'teams', 'https://example.com/workflows/tokenAbcd', 'NETWORK_CHANNEL.HOST_NOT_ALLOWED'],
      ['plain http', 'slack', 'http://hooks.slack.com/services/T0/B0/tokenAbcd', 'NETWORK_CHANNEL.URL_INVALID'],
      ['a URL with credentials', 'webhook', 'https://user:tokenAbcd@intranet.example.com/x', 'NETWORK_CHANNEL.URL_INVALID'],
      ['not a URL', 'webhook', 'tokenAbcd', 'NETWORK_CHANNEL.URL_INVALID'],
      ['127.0.0.1', 'webhook', 'https://127.0.0.1/tokenAbcd', 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
      ['10.x', 'webhook', 'https://10.20.30.40/tokenAbcd', 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
      ['192.168.x', 'webhook', 'https://192.168.1.1/tokenAbcd', 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
      ['169.254.169.254', 'webhook', 'http://169.254.169.254/latest/meta-data/tokenAbcd', 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
      ['[::1]', 'webhook', 'https://[::1]/tokenAbcd', 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
      ['[fd00::1]', 'webhook', 'https://[fd00::1]/tokenAbcd', 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
      ['a name resolving to 127.0.0.1 (localhost)', 'webhook', 'https://localhost/tokenAbcd', 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
    ])('refuses %s with 422 naming url, without echoing it', async (_, kind, url, code) => {
      const res = await create(acme, { name: `Refused ${Math.random()}`, kind, url, secret: HOOK_SECRET }).expect(422);
      expect(res.body.error.code).toBe(code);
      // The field's problem carries the code too: the console says it in the reader's language.
      expect(res.body.error.details[0]).toMatchObject({ path: 'url', code });
      expect(JSON.stringify(res.body)).not.toContain('tokenAbcd');
    });

    it('refuses a private URL on update too', async () => {
      const created = await create(acme, { name: 'Update check', kind: 'webhook', url: 'https://intranet.example.com/h', secret: HOOK_SECRET }).expect(201);
      const res = await t.http().patch(`/v1/network-channels/${created.body.id}`).set(...bearer(acme.key)).send({ url: 'https://127.0.0.1/h' }).expect(422);
      expect(res.body.error.code).toBe('NETWORK_CHANNEL.HOST_FORBIDDEN');
    });

    it('lets a workspace that allows private hosts use them (any kind, over http), but never link-local', async () => {
      await allowPrivateHosts(globex, true);
      try {
        await create(globex, { name: 'Local Slack relay', kind: 'slack', url: receiver.url('/slack', 'localhost') }).expect(201);
        await create(globex, { name: 'Local hook', kind: 'webhook', url: 'http://10.20.30.40/hook', secret: HOOK_SECRET }).expect(201);
        const metadata = await create(globex, { name: 'Metadata', kind: 'webhook', url: 'http://169.254.169.254/latest', secret: HOOK_SECRET }).expect(422);
        expect(metadata.body.error.code).toBe('NETWORK_CHANNEL.HOST_FORBIDDEN');
        // Still https on the kind's hosts for public hosts.
        await create(globex, { name: 'Public http', kind: 'webhook', url: 'http://intranet.example.com/hook', secret: HOOK_SECRET }).expect(422);
      } finally {
        await allowPrivateHosts(globex, false);
      }
    });
  });

  describe('roles and workspaces', () => {
    let id: string;
    beforeAll(async () => {
      id = (await create(acme, { name: 'Roles', kind: 'slack', url: SLACK_URL }).expect(201)).body.id;
    });

    it.each(['planner', 'editor', 'viewer'] as const)('refuses writes and test posts to the %s role', async (role) => {
      const key = acme.keys[role];
      await t.http().post('/v1/network-channels').set(...bearer(key)).send({ name: 'x', kind: 'slack', url: SLACK_URL }).expect(403);
      await t.http().patch(`/v1/network-channels/${id}`).set(...bearer(key)).send({ enabled: false }).expect(403);
      await t.http().delete(`/v1/network-channels/${id}`).set(...bearer(key)).expect(403);
      await t.http().post(`/v1/network-channels/${id}/test`).set(...bearer(key)).expect(403);
      await t.http().get(`/v1/network-channels/${id}`).set(...bearer(key)).expect(200);
    });

    it("answers 404 for another workspace's channel, on every route", async () => {
      await t.http().get(`/v1/network-channels/${id}`).set(...bearer(globex.key)).expect(404);
      await t.http().patch(`/v1/network-channels/${id}`).set(...bearer(globex.key)).send({ enabled: false }).expect(404);
      await t.http().post(`/v1/network-channels/${id}/test`).set(...bearer(globex.key)).expect(404);
      await t.http().delete(`/v1/network-channels/${id}`).set(...bearer(globex.key)).expect(404);
      const list = await t.http().get('/v1/network-channels').set(...bearer(globex.key)).expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
      await t.http().get(`/v1/network-channels/${id}`).set(...bearer(acme.key)).expect(200);
    });
  });

  describe('test posts', () => {
    let ws: TestWorkspace;
    beforeAll(async () => {
      ws = await t.createWorkspace('Initech');
      await allowPrivateHosts(ws, true);
    });

    it('sends a harmless, signed test post to a webhook and records the outcome', async () => {
      const created = await create(ws, { name: 'Intranet portal', kind: 'webhook', url: receiver.url('/hook/secretPathQ7'), secret: HOOK_SECRET }).expect(201);
      const res = await t.http().post(`/v1/network-channels/${created.body.id}/test`).set(...bearer(ws.key)).expect(200);
      expect(res.body).toEqual({ outcome: 'sent', status: 200, code: null, message: 'The test post was accepted', retryAfterMs: null });

      const [request] = await receiver.waitFor(1);
      expect(request.json).toMatchObject({ title: 'Clarion test post', url: null });
      expect((request.json as { text: string }).text).toContain('Intranet portal');
      const ts = request.headers['x-clarion-timestamp'];
      expect(request.headers['x-clarion-signature']).toBe(`v1=${createHmac('sha256', HOOK_SECRET).update(`${ts}.${request.rawBody}`).digest('hex')}`);
      expect(request.headers['idempotency-key']).toMatch(/^test-/);

      const after = await t.http().get(`/v1/network-channels/${created.body.id}`).set(...bearer(ws.key)).expect(200);
      expect(after.body.lastTestOutcome).toBe('sent');
      expect(after.body.lastTestedAt).not.toBeNull();
      expect(after.body.updatedAt).toBe(created.body.updatedAt);
    });

    it('sends Slack blocks and a Teams Adaptive Card', async () => {
      const slack = await create(ws, { name: 'Slack relay', kind: 'slack', url: receiver.url('/slack') }).expect(201);
      const teams = await create(ws, { name: 'Teams relay', kind: 'teams', url: receiver.url('/teams') }).expect(201);
      await t.http().post(`/v1/network-channels/${slack.body.id}/test`).set(...bearer(ws.key)).expect(200);
      await t.http().post(`/v1/network-channels/${teams.body.id}/test`).set(...bearer(ws.key)).expect(200);
      const [slackPost] = await receiver.waitFor(1, { path: '/slack' });
      const [teamsPost] = await receiver.waitFor(1, { path: '/teams' });
      expect(slackPost.json).toMatchObject({ text: expect.stringContaining('Clarion test post'), blocks: expect.arrayContaining([expect.objectContaining({ type: 'section' })]) });
      expect(teamsPost.json).toMatchObject({
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.4' } }],
      });
    });

    it('reports a refused post as permanent and a rate limit as transient, without the URL', async () => {
      const created = await create(ws, { name: 'Archived Slack', kind: 'slack', url: receiver.url('/slack/archivedTokenZ3') }).expect(201);
      receiver.respond([{ status: 410, body: 'channel_is_archived' }, { status: 429, headers: { 'Retry-After': '3' } }]);

      const gone = await t.http().post(`/v1/network-channels/${created.body.id}/test`).set(...bearer(ws.key)).expect(200);
      expect(gone.body).toMatchObject({ outcome: 'permanent', status: 410, code: 'HTTP_410', retryAfterMs: null });
      expect(gone.body.message).toContain('channel_is_archived');
      const limited = await t.http().post(`/v1/network-channels/${created.body.id}/test`).set(...bearer(ws.key)).expect(200);
      expect(limited.body).toMatchObject({ outcome: 'transient', status: 429, code: 'HTTP_429', retryAfterMs: 3000 });
      expect(JSON.stringify([gone.body, limited.body])).not.toContain('archivedTokenZ3');

      const after = await t.http().get(`/v1/network-channels/${created.body.id}`).set(...bearer(ws.key)).expect(200);
      expect(after.body.lastTestOutcome).toBe('transient');
    });

    it('checks the host again at send time: once the workspace stops allowing private hosts, nothing is sent', async () => {
      const created = await create(ws, { name: 'Was allowed', kind: 'webhook', url: receiver.url('/hook', 'localhost'), secret: HOOK_SECRET }).expect(201);
      await allowPrivateHosts(ws, false);
      try {
        const res = await t.http().post(`/v1/network-channels/${created.body.id}/test`).set(...bearer(ws.key)).expect(200);
        expect(res.body).toMatchObject({ outcome: 'permanent', code: 'HOST_BLOCKED' });
        expect(res.body.message).toMatch(/loopback/);
        expect(receiver.requests).toHaveLength(0);
      } finally {
        await allowPrivateHosts(ws, true);
      }
    });

    it('delivers a rendered post for the worker, refusing disabled and unknown channels as permanent', async () => {
      const service = t.app.get(NetworkChannelsService);
      const created = await create(ws, { name: 'Worker hook', kind: 'webhook', url: receiver.url('/worker'), secret: HOOK_SECRET }).expect(201);
      const post = buildTestPost('Worker hook');

      const sent = await service.deliverPost(ws.id, created.body.id, post, 'delivery-42');
      expect(sent.status).toBe(200);
      const [request] = await receiver.waitFor(1, { path: '/worker' });
      expect(request.headers['idempotency-key']).toBe('delivery-42');
      expect(request.json).toEqual(post.webhook);

      await expect(service.deliverPost(globex.id, created.body.id, post, 'delivery-43')).rejects.toMatchObject({ name: 'PermanentDeliveryError', code: 'CHANNEL_NOT_FOUND' });
      await t.http().patch(`/v1/network-channels/${created.body.id}`).set(...bearer(ws.key)).send({ enabled: false }).expect(200);
      await expect(service.deliverPost(ws.id, created.body.id, post, 'delivery-44')).rejects.toMatchObject({ name: 'PermanentDeliveryError', code: 'CHANNEL_DISABLED' });
      expect(receiver.requestsTo('/worker')).toHaveLength(1);
    });

    it('refuses to open a sealed URL moved to another row (bound to its channel)', async () => {
      const a = await create(ws, { name: 'Row A', kind: 'slack', url: receiver.url('/slack/a') }).expect(201);
      const b = await create(ws, { name: 'Row B', kind: 'slack', url: receiver.url('/slack/b') }).expect(201);
      await t.dataSource.query(`UPDATE network_channels SET url_sealed = (SELECT url_sealed FROM network_channels WHERE id = $1) WHERE id = $2`, [a.body.id, b.body.id]);
      const res = await t.http().post(`/v1/network-channels/${b.body.id}/test`).set(...bearer(ws.key)).expect(409);
      expect(res.body.error.code).toBe('NETWORK_CHANNEL.UNREADABLE');
      expect(receiver.requests).toHaveLength(0);
    });
  });

  it('documents the routes and schemas in OpenAPI', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/v1/network-channels', '/v1/network-channels/{id}', '/v1/network-channels/{id}/test']));
    expect(res.body.components.schemas.CreateNetworkChannelDto.properties.kind.enum).toEqual(['slack', 'teams', 'webhook']);
    expect(res.body.components.schemas.NetworkChannelDto.properties).not.toHaveProperty('url');
    expect(res.body.paths['/v1/network-channels'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/NetworkChannelPageDto' });
    expect(Object.keys(res.body.components.schemas.NetworkChannelPageDto.properties).sort()).toEqual(['items', 'nextCursor']);
  });

  it('never wrote a URL or a secret to the logs', () => {
    const all = logs.lines.join('\n');
    // The logs did record the channel operations, by id.
    expect(all).toMatch(/Network channel created/);
    expect(all).toMatch(/Network channel tested/);
    for (const secret of ['slackSecretToken', 'teamsSigSecret', HOOK_SECRET, 'secretPathQ7', 'archivedTokenZ3', 'tokenAbcd', 'intranet.example.com/hooks']) {
      expect(all).not.toContain(secret);
    }
  });
});
