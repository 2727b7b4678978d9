import { signPayload } from '../src/modules/learning-events/webhook-signature';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

/** `{"a":{"a":…1…}}` nested `depth` objects deep. */
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
/** `[[…]]` nested `depth` arrays deep. */
const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('Request bodies a client may send: deep, huge, malformed or not an object', () => {
  let t: TestApp;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace();
  });
  afterAll(() => t.close());

  const postJson = (path: string, raw: string) => t.http().post(path).set(...bearer(ws.key)).set('Content-Type', 'application/json').send(raw);

  /** The error envelope, with the correlation id the answer's header carries. */
  function expectEnvelope(res: { headers: Record<string, string>; body: { correlationId?: string } }): void {
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.correlationId).toMatch(/\S/);
    expect(res.body.correlationId).toBe(res.headers['x-correlation-id']);
  }

  it.each([
    ['objects', nestedObjects(5000)],
    ['arrays', `{"name":"Deep","goals":${nestedArrays(5000)}}`],
  ])('refuses a body of %s nested 5,000 levels deep with 400 REQUEST.TOO_DEEP, and keeps serving', async (_kind, raw) => {
    const res = await postJson('/v1/personas', raw).expect(400);
    expectEnvelope(res);
    expect(res.body.error.code).toBe('REQUEST.TOO_DEEP');
    expect(res.body.error.message).toMatch(/32 levels/);
    await t.http().get('/health').expect(200);
  });

  it('lets a body nest 32 levels deep and refuses 33', async () => {
    // The body object is level 1; `extra` adds the rest (an unknown field, so validation names it).
    const withDepth = (depth: number) => `{"name":"Depth ${depth}","extra":${nestedArrays(depth - 1)}}`;
    const at = await postJson('/v1/personas', withDepth(32)).expect(400);
    expect(at.body.error.code).toBe('VALIDATION.FAILED');
    expect(at.body.error.details.map((d: { path: string }) => d.path)).toContain('extra');
    const over = await postJson('/v1/personas', withDepth(33)).expect(400);
    expect(over.body.error.code).toBe('REQUEST.TOO_DEEP');
  });

  it('refuses a deep body on routes without a body type too (xAPI statements, a signed LMS webhook)', async () => {
    const xapi = await postJson('/xapi/statements', nestedArrays(5000)).expect(400);
    expect(xapi.body.error.code).toBe('REQUEST.TOO_DEEP');

    const { secret } = (await t.http().post('/v1/lms/webhook-secrets').set(...bearer(ws.key)).expect(201)).body;
    const raw = nestedObjects(5000);
    const timestamp = Math.floor(Date.now() / 1000);
    const lms = await t
      .http()
      .post('/v1/lms/events')
      .set('Content-Type', 'application/json')
      .set('Clarion-Workspace', ws.id)
      .set('Clarion-Signature', `t=${timestamp},v1=${signPayload(secret, timestamp, raw)}`)
      .send(raw)
      .expect(400);
    expect(lms.body.error.code).toBe('REQUEST.TOO_DEEP');
  });

  it('answers a body just over 2 MB with 413 and the error envelope', async () => {
    const raw = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    const res = await postJson('/v1/personas', raw).expect(413);
    expectEnvelope(res);
    expect(res.body.error.code).toBe('REQUEST.TOO_LARGE');
    // The limit is on the body, not on what it says: just under it is read (and validated).
    const under = await postJson('/v1/personas', JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024 - 100) })).expect(400);
    expect(under.body.error.code).toBe('VALIDATION.FAILED');
  });

  it('answers malformed JSON with 400 and the error envelope', async () => {
    const res = await postJson('/v1/personas', '{"name":').expect(400);
    expectEnvelope(res);
    expect(res.body.error.code).toBe('REQUEST.INVALID');
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it.each([
    ['"hello"', 'a string'],
    ['42', 'a number'],
    ['true', 'a boolean'],
    ['null', 'null'],
    ['[{"name":"In a list"}]', 'an array'],
  ])('refuses the bare JSON value %s where an object is expected, naming what it is', async (raw, kind) => {
    const res = await postJson('/v1/personas', raw).expect(400);
    expectEnvelope(res);
    expect(res.body.error.code).toBe('REQUEST.BODY_NOT_OBJECT');
    expect(res.body.error.message).toContain(`not ${kind}`);
    expect(res.body.error.details).toEqual([{ path: '', message: `must be a JSON object, not ${kind}` }]);
  });

  it.each([
    ['a text column', '/v1/personas', { name: 'Nul\u0000persona' }],
    ['a jsonb column', '/v1/learners', { externalId: 'NUL-1', email: 'nul@example.com', attributes: { note: 'a\u0000b' } }],
  ])('answers a NUL character bound for %s with 400, not a 500', async (_column, path, body) => {
    const res = await t.http().post(path).set(...bearer(ws.key)).send(body).expect(400);
    expectEnvelope(res);
    expect(res.body.error).toMatchObject({ code: 'REQUEST.INVALID', message: expect.stringMatching(/NUL/) });
  });

  it('still validates an empty body field by field', async () => {
    const res = await t.http().post('/v1/personas').set(...bearer(ws.key)).expect(400);
    expect(res.body.error.code).toBe('VALIDATION.FAILED');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('name');
  });

  it('refuses out-of-range numbers with 400 naming the field, and changes nothing', async () => {
    const fieldOf = (res: { body: { error: { code: string; details: Array<{ path: string }> } } }) => {
      expect(res.body.error.code).toBe('VALIDATION.FAILED');
      return res.body.error.details.map((d) => d.path);
    };
    const before = (await t.http().get('/v1/workspace').set(...bearer(ws.key)).expect(200)).body;
    expect(fieldOf(await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ frequencyCap: -3 }).expect(400))).toEqual(['frequencyCap']);
    expect(fieldOf(await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ emailRatePerSecond: 0 }).expect(400))).toEqual(['emailRatePerSecond']);
    expect(fieldOf(await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ frequencyCap: 2.5 }).expect(400))).toEqual(['frequencyCap']);
    const after = (await t.http().get('/v1/workspace').set(...bearer(ws.key)).expect(200)).body;
    expect([after.frequencyCap, after.emailRatePerSecond]).toEqual([before.frequencyCap, before.emailRatePerSecond]);

    expect(fieldOf(await t.http().post('/v1/courses').set(...bearer(ws.key)).send({ title: 'Negative', modality: 'e_learning', durationMinutes: -90 }).expect(400))).toEqual(['durationMinutes']);
    const course = (await t.http().post('/v1/courses').set(...bearer(ws.key)).send({ title: 'Sessions', modality: 'in_person' }).expect(201)).body;
    const session = { startsAt: '2099-03-02T09:00:00+01:00', endsAt: '2099-03-02T17:00:00+01:00', timeZone: 'Europe/Paris' };
    expect(fieldOf(await t.http().post(`/v1/courses/${course.id}/sessions`).set(...bearer(ws.key)).send({ ...session, capacity: -5 }).expect(400))).toEqual(['capacity']);
    const rule = { all: [{ field: 'engagement.opened', op: 'within_last_days', value: -30 }] };
    const segment = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: 'Negative days', rule }).expect(400);
    expect(segment.body.error.details.map((d: { path: string }) => d.path)).toEqual(['rule.all[0].value']);
  });
});
