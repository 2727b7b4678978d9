import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { rawRequest, type RawResponse, StreamingUpload } from './support/raw-http';
import { TestApp, type TestWorkspace } from './support/test-app';
import { waitUntil } from './support/test-worker';

const PER_PROCESS = 6;

/**
 * Heavy requests (imports, previews, test sends, reports) under load, on a real port: a workspace
 * past its share gets 429, a full process 503, both with Retry-After and the error envelope; never
 * a 500, and /health keeps answering 200.
 */
describe('Heavy work limits', () => {
  let t: TestApp;
  let port: number;
  let ws: TestWorkspace[];
  let next = 0;

  beforeAll(async () => {
    t = await TestApp.start({ HEAVY_WORK_PER_PROCESS: String(PER_PROCESS), UPLOAD_IDLE_TIMEOUT_MS: '60000' });
    port = await t.listen();
    ws = [];
    for (const name of ['Acme', 'Globex', 'Initech', 'Umbrella']) ws.push(await t.createWorkspace(name));
  });
  afterAll(() => t.close());

  const auth = (key: string) => ({ Authorization: `Bearer ${key}` });
  const call = (key: string, method: string, path: string, body?: unknown) =>
    rawRequest(port, { method, path, headers: { ...auth(key), 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

  function expectRefused(res: RawResponse, status: 429 | 503, code: string): void {
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });
    expect(res.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(res.body.error.message).toMatch(/try again in \d+ s/);
    expect(res.body.correlationId).toEqual(expect.any(String));
  }

  /** An import whose client has sent its header and a row, and keeps the rest for later. */
  // The import reads the first 64 KB before its first row (to choose the file's encoding): a held
  // import sends more than that, so the server is streaming it into COPY while the test holds it.
  const HELD_ROWS = 2_500;
  async function holdImport(w: TestWorkspace): Promise<StreamingUpload> {
    const upload = new StreamingUpload(port, '/v1/learners/import', { ...auth(w.keys.planner), 'Content-Type': 'text/csv' });
    const batch = next++;
    const rows = Array.from({ length: HELD_ROWS }, (_, i) => `H${batch}-${i},h${batch}-${i}@${w.slug}.example`);
    await upload.write(`externalId,email\n${rows.join('\n')}\n`);
    return upload;
  }

  /** Imports the server is working on: streaming into COPY, or waiting for their workspace's lock. */
  const importsInFlight = async (): Promise<number> => {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
          AND (query ILIKE 'COPY learner_import%' OR query LIKE '%pg_advisory_xact_lock%')`,
    );
    return row.n;
  };

  async function finishAll(uploads: StreamingUpload[]): Promise<void> {
    const answers = await Promise.all(uploads.map((u) => u.finish()));
    for (const res of answers) expect(res).toMatchObject({ status: 200, body: { created: HELD_ROWS, failed: 0 } });
  }

  it('answers 50 concurrent previews of a 1.7 MB template (viewer key) with 200 or 429 + Retry-After, never 500, /health 200 throughout', async () => {
    const [acme] = ws;
    const section = `<mj-section><mj-column><mj-text>Bonjour {{learner.firstName}}, ${'une place vous attend pour la session. '.repeat(24)}</mj-text></mj-column></mj-section>\n`;
    const template = await call(acme.keys.editor, 'POST', '/v1/templates', {
      name: 'Big newsletter',
      channel: 'email',
      purpose: 'invitation',
      phase: 'before',
      // Nine locales of 190 KB each (a variant's body may not pass 200,000 characters).
      variants: Object.fromEntries(
        ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv'].map((locale) => [
          locale,
          { subject: 'Bonjour {{learner.firstName}}', preheader: 'Session', body: section.repeat(Math.floor(190_000 / section.length)) },
        ]),
      ),
    });
    expect({ status: template.status, error: template.body.error }).toEqual({ status: 201, error: undefined });

    let loading = true;
    const health: number[] = [];
    const polling = (async () => {
      while (loading) health.push((await rawRequest(port, { path: '/health' })).status);
    })();
    const answers = await Promise.all(Array.from({ length: 50 }, () => call(acme.keys.viewer, 'POST', `/v1/templates/${template.body.id}/preview`, { locale: 'fr' })));
    loading = false;
    await polling;

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => ![200, 429].includes(s))).toEqual([]);
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
    for (const a of answers.filter((a) => a.status === 429)) expectRefused(a, 429, 'WORKSPACE.BUSY');
    expect(answers.find((a) => a.status === 200)?.body.html).toContain('une place vous attend');
    expect(health.length).toBeGreaterThan(0);
    expect(health.filter((s) => s !== 200)).toEqual([]);
  }, 180_000);

  it("refuses a workspace's import past its limit with 429 at once (its body unread) and serves it again once one ends", async () => {
    const [acme] = ws;
    const held = [await holdImport(acme), await holdImport(acme)];
    await waitUntil('both imports to be in the server’s hands', async () => (await importsInFlight()) === 2);

    const third = new StreamingUpload(port, '/v1/learners/import', { ...auth(acme.keys.planner), 'Content-Type': 'text/csv' });
    await third.write('externalId,email\n');
    const refused = await third.response;
    expectRefused(refused as RawResponse, 429, 'WORKSPACE.BUSY');
    expect(refused?.body.error.message).toContain('2 imports at once');
    expect(refused?.headers.connection).toBe('close');

    await finishAll(held);
    const again = await rawRequest(port, { method: 'POST', path: '/v1/learners/import', headers: { ...auth(acme.keys.planner), 'Content-Type': 'text/csv' }, body: 'externalId,email\nZ1,z1@acme.example\n' });
    expect(again).toMatchObject({ status: 200, body: { created: 1 } });
  }, 60_000);

  it('answers 503 SERVER.BUSY with Retry-After on every heavy endpoint while the process is full; light requests and /health still 200', async () => {
    const [a, b, c, d] = ws;
    const held: StreamingUpload[] = [];
    for (const w of [a, a, b, b, c, c]) held.push(await holdImport(w));
    await waitUntil('six imports to be in the server’s hands', async () => (await importsInFlight()) === PER_PROCESS);

    const id = randomUUID();
    const heavy: Array<[string, string, string, unknown?]> = [
      [d.keys.viewer, 'POST', `/v1/templates/${id}/preview`, {}],
      [d.keys.editor, 'POST', `/v1/templates/${id}/test-send`, { to: ['dlm@umbrella.example'] }],
      [d.keys.viewer, 'POST', '/v1/segments/preview', { rule: { all: [] } }],
      [d.keys.viewer, 'GET', `/v1/campaigns/${id}/plan`],
      [d.keys.viewer, 'GET', `/v1/campaigns/${id}/report`],
      [d.keys.viewer, 'GET', `/v1/campaigns/${id}/report.csv`],
      [d.key, 'POST', `/v1/network-channels/${id}/test`],
    ];
    for (const [key, method, path, body] of heavy) expectRefused(await call(key, method, path, body), 503, 'SERVER.BUSY');
    for (const path of ['/v1/learners/import', '/v1/enrollments/import']) {
      const res = await rawRequest(port, { method: 'POST', path, headers: { ...auth(d.keys.planner), 'Content-Type': 'text/csv' }, body: 'externalId,email\n' });
      expectRefused(res, 503, 'SERVER.BUSY');
    }
    expect((await call(d.keys.viewer, 'GET', '/v1/learners')).status).toBe(200);
    expect((await rawRequest(port, { path: '/health' })).status).toBe(200);

    await finishAll(held);
    // The slots are free again: the same request now reaches its handler.
    expect((await call(d.keys.viewer, 'POST', `/v1/templates/${id}/preview`, {})).body.error.code).toBe('TEMPLATE.NOT_FOUND');
  }, 60_000);

  it('documents the 429 and 503 answers with Retry-After on the heavy endpoints', async () => {
    const { paths } = (await rawRequest(port, { path: '/docs-json' })).body;
    const heavy = [
      ['post', '/v1/learners/import'],
      ['post', '/v1/enrollments/import'],
      ['post', '/v1/templates/{id}/preview'],
      ['post', '/v1/templates/{id}/test-send'],
      ['post', '/v1/segments/preview'],
      ['get', '/v1/campaigns/{id}/plan'],
      ['get', '/v1/campaigns/{id}/report'],
      ['get', '/v1/campaigns/{id}/report.csv'],
      ['post', '/v1/network-channels/{id}/test'],
    ];
    for (const [method, path] of heavy) {
      const { responses } = paths[path][method];
      expect({ path, 429: responses['429']?.headers?.['Retry-After'], 503: responses['503']?.headers?.['Retry-After'] }).toEqual({
        path,
        429: expect.any(Object),
        503: expect.any(Object),
      });
    }
    expect(paths['/v1/learners'].get.responses['429']).toBeUndefined();
  });

  it('answers 503 SERVER.BUSY with Retry-After, not 500, when no pool connection frees up in time', async () => {
    const pool = (t.dataSource.driver as PostgresDriver).master as Pool;
    const taken: PoolClient[] = [];
    try {
      for (let i = 0; i < t.config.databasePoolSize; i++) taken.push(await pool.connect());
      const res = await call(ws[3].keys.viewer, 'GET', '/v1/learners');
      expectRefused(res, 503, 'SERVER.BUSY');
      expect(res.body.error.message).toMatch(/no database connection free/);
    } finally {
      for (const client of taken) client.release();
    }
    expect((await call(ws[3].keys.viewer, 'GET', '/v1/learners')).status).toBe(200);
  }, 60_000);
});
