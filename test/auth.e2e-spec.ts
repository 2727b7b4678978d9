import { Role } from '../src/common/enums';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { testQueue } from './support/test-env';

describe('Authentication, roles and workspace isolation', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
  });
  afterAll(() => t.close());

  it('answers 401 with the error envelope when no key is sent', async () => {
    const res = await t.http().get('/v1/workspace').expect(401);
    expect(res.body.error.code).toBe('AUTH.MISSING_KEY');
    expect(res.body.correlationId).toEqual(res.headers['x-correlation-id']);
  });

  it('answers 401 for an unknown or malformed key', async () => {
    await t.http().get('/v1/workspace').set(...bearer('clk_00000000_nope')).expect(401);
    await t.http().get('/v1/workspace').set('Authorization', 'Basic abc').expect(401);
  });

  it('scopes the caller to its own workspace', async () => {
    const res = await t.http().get('/v1/workspace').set(...bearer(acme.keys.viewer)).expect(200);
    expect(res.body).toMatchObject({ id: acme.id, name: 'Acme Learning', slug: 'acme-learning' });
  });

  it('lets only admins manage keys (403 for other roles), and never lists the keys themselves', async () => {
    const forbidden = await t.http().post('/v1/api-keys').set(...bearer(acme.keys.planner)).send({ name: 'x', role: 'viewer' }).expect(403);
    expect(forbidden.body.error.code).toBe('AUTH.ROLE_FORBIDDEN');

    const created = await t.http().post('/v1/api-keys').set(...bearer(acme.key)).send({ name: 'Robot', role: 'viewer' }).expect(201);
    expect(created.body.key).toMatch(/^clk_[0-9a-f]{8}_/);
    await t.http().get('/v1/workspace').set(...bearer(created.body.key)).expect(200);

    const list = await t.http().get('/v1/api-keys').set(...bearer(acme.keys.viewer)).expect(200);
    expect(list.body.items.map((k: { name: string }) => k.name)).toContain('Robot');
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);

    // Paged oldest first like every list: the four keys of a new workspace, then Robot, two at a time.
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ name: string }>; nextCursor: string | null } } = await t
        .http()
        .get('/v1/api-keys')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(...bearer(acme.keys.viewer))
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      names.push(...page.body.items.map((k) => k.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(names).toEqual(list.body.items.map((k: { name: string }) => k.name));
    expect(names.at(-1)).toBe('Robot');
    expect((await t.http().get('/v1/api-keys').query({ cursor: 'not-ours' }).set(...bearer(acme.key)).expect(400)).body.error.code).toBe('REQUEST.INVALID_CURSOR');

    await t.http().delete(`/v1/api-keys/${created.body.id}`).set(...bearer(acme.key)).expect(204);
    await t.http().get('/v1/workspace').set(...bearer(created.body.key)).expect(401);
  });

  it('answers 404 for an id that belongs to another workspace', async () => {
    const other = await t.http().post('/v1/api-keys').set(...bearer(globex.key)).send({ name: 'Globex bot', role: 'viewer' }).expect(201);
    await t.http().delete(`/v1/api-keys/${other.body.id}`).set(...bearer(acme.key)).expect(404);
    await t.http().get('/v1/workspace').set(...bearer(other.body.key)).expect(200);
  });

  it('refuses to revoke the last admin key', async () => {
    const keys = await t.http().get('/v1/api-keys').set(...bearer(globex.key)).expect(200);
    const admin = keys.body.items.find((k: { role: string }) => k.role === 'admin');
    const res = await t.http().delete(`/v1/api-keys/${admin.id}`).set(...bearer(globex.key)).expect(409);
    expect(res.body.error.code).toBe('API_KEY.LAST_ADMIN');
  });

  it('keeps one admin when two admin keys revoke each other at the same moment', async () => {
    const service = t.app.get(WorkspacesService);
    const losers: number[] = [];
    for (let round = 0; round < 20; round++) {
      const { workspace, apiKey: first, key: firstKey } = await service.createWorkspace({ name: `Race ${round}` });
      const { apiKey: second, key: secondKey } = await service.createApiKey(workspace.id, 'Second admin', Role.Admin);
      const answers = await Promise.all([
        t.http().delete(`/v1/api-keys/${second.id}`).set(...bearer(firstKey)),
        t.http().delete(`/v1/api-keys/${first.id}`).set(...bearer(secondKey)),
      ]);
      expect(answers.filter((a) => a.status === 204)).toHaveLength(1);
      const loser = answers.find((a) => a.status !== 204)!;
      // The loser is refused by the rule, or (when the winner committed before its key was even
      // checked) no longer authenticated at all.
      if (loser.status === 409) expect(loser.body.error.code).toBe('API_KEY.LAST_ADMIN');
      else expect(loser.status).toBe(401);
      losers.push(loser.status);
      const [{ admins }] = await t.dataSource.query(
        `SELECT count(*)::int AS admins FROM api_keys WHERE workspace_id = $1 AND role = 'admin' AND revoked_at IS NULL`,
        [workspace.id],
      );
      expect(admins).toBe(1);
    }
    // Most rounds must really race into the rule; otherwise this test proves nothing.
    expect(losers.filter((status) => status === 409).length).toBeGreaterThan(10);
  });

  it('names the bad fields of a body and refuses unknown ones', async () => {
    const res = await t.http().post('/v1/api-keys').set(...bearer(acme.key)).send({ name: '', role: 'owner', extra: 1 }).expect(400);
    expect(res.body.error.code).toBe('VALIDATION.FAILED');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'role', 'extra']));
  });

  it('answers 400 naming the parameter for a malformed id, and 400 for malformed JSON', async () => {
    const res = await t.http().delete('/v1/api-keys/not-a-uuid').set(...bearer(acme.key)).expect(400);
    expect(res.body.error.details[0].path).toBe('id');
    const bad = await t.http().post('/v1/api-keys').set(...bearer(acme.key)).set('Content-Type', 'application/json').send('{"name":').expect(400);
    expect(bad.body.error.code).toBe('REQUEST.INVALID');
    expect(bad.body.error.message).toMatch(/JSON/);
  });
});

describe('Health and API documentation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('reports PostgreSQL and the queue up, and where the queue runs, without a key', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', postgres: { status: 'up' }, queue: { status: 'up', backend: testQueue() } });
    if (testQueue() === 'redis') expect(res.body.redis).toMatchObject({ status: 'up' });
    else expect(res.body.redis).toBeUndefined();
  });

  it('serves the OpenAPI document with DTO schemas', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.components.schemas.CreateApiKeyDto.properties.role.enum).toEqual(['admin', 'planner', 'editor', 'viewer']);
    expect(res.body.components.securitySchemes.bearer).toBeDefined();
  });

  it('documents the JSON answer of every API operation (or its 204)', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    // Not JSON documents: CSV, images, redirects, an HTML page, LRS-style result lists.
    const exempt = new Set(['/v1/campaigns/{id}/report.csv', '/t/o/{token}', '/t/c/{token}', '/t/s/{token}', '/s/{code}', '/s/{code}/qr.svg', '/s/{code}/qr.png', '/u/{token}', '/v1/lms/events', '/xapi/statements']);
    const undocumented: string[] = [];
    for (const [path, operations] of Object.entries(res.body.paths as Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>)) {
      if (exempt.has(path)) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const success = Object.entries(operation.responses).filter(([code]) => code.startsWith('2'));
        if (!success.some(([code, r]) => code === '204' || r.content)) undocumented.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
