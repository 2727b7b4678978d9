import { randomUUID } from 'node:crypto';
import { signPayload } from '../src/modules/learning-events/webhook-signature';
import { XAPI_REF_EXTENSION } from '../src/modules/learning-events/xapi-statement-parser';
import { TrackingLinks } from '../src/modules/tracking/tracking-links';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const LMS_URL = 'https://lms.example.com/courses/sec-101';
const MINUTE = 60_000;
const DAY = 86_400_000;

interface Fixture {
  courseId: string;
  sessionId: string;
  campaignId: string;
  steps: string[];
  ambassadorId: string;
}

describe('Learning events: LMS webhooks, xAPI statements, attribution', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let other: TestWorkspace;
  let f: Fixture;

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace('Acme Learning');
    other = await t.createWorkspace('Globex University');
    f = await seed(t, ws.id);
  });
  afterAll(() => t.close());

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query(text, params);

  async function learner(workspaceId = ws.id): Promise<{ id: string; externalId: string; email: string }> {
    const n = randomUUID().slice(0, 8);
    const [row] = await sql<{ id: string }>(`INSERT INTO learners (workspace_id, external_id, email) VALUES ($1, $2, $3) RETURNING id`, [
      workspaceId,
      `E-${n}`,
      `learner.${n}@example.com`,
    ]);
    return { id: row.id, externalId: `E-${n}`, email: `learner.${n}@example.com` };
  }

  const enrollment = async (learnerId: string) =>
    (await sql<{ status: string; source: string; enrolled_at: Date | null; completed_at: Date | null }>(
      `SELECT status, source, enrolled_at, completed_at FROM enrollments WHERE learner_id = $1 AND session_id = $2`,
      [learnerId, f.sessionId],
    ))[0];
  const eventsOf = (learnerId: string) =>
    sql<{ kind: string; source: string; campaign_id: string | null; step_id: string | null; channel: string | null; variant: string | null; ambassador_id: string | null; idempotency_key: string }>(
      `SELECT kind, source, campaign_id, step_id, channel, variant, ambassador_id, idempotency_key
         FROM events WHERE learner_id = $1 AND kind IN ('enrolled', 'started', 'completed', 'dropped') ORDER BY occurred_at, kind`,
      [learnerId],
    );

  async function createSecret(workspace = ws): Promise<{ id: string; secret: string }> {
    const res = await t.http().post('/v1/lms/webhook-secrets').set(...bearer(workspace.key)).expect(201);
    return { id: res.body.id, secret: res.body.secret };
  }

  /** Posts a webhook body signed with `secret` at `at` (unix seconds; default now). */
  function webhook(body: unknown, secret: string, options: { at?: number; workspaceId?: string; signature?: string } = {}) {
    const raw = JSON.stringify(body);
    const timestamp = options.at ?? Math.floor(Date.now() / 1000);
    return t
      .http()
      .post('/v1/lms/events')
      .set('Content-Type', 'application/json')
      .set('Clarion-Workspace', options.workspaceId ?? ws.id)
      .set('Clarion-Signature', options.signature ?? `t=${timestamp},v1=${signPayload(secret, timestamp, raw)}`)
      .send(raw);
  }

  const lmsEvent = (l: { externalId: string }, type = 'enrolled', extra: Record<string, unknown> = {}) => ({
    id: `evt_${randomUUID()}`,
    type,
    occurredAt: new Date(Date.now() - MINUTE).toISOString(),
    learner: { externalId: l.externalId },
    sessionId: f.sessionId,
    ...extra,
  });

  describe('webhook secrets', () => {
    it('creates secrets shown once, lists prefixes, allows two active at most, revokes; admin only, scoped', async () => {
      const planner = await t.http().post('/v1/lms/webhook-secrets').set(...bearer(other.keys.planner)).expect(403);
      expect(planner.body.error.code).toBe('AUTH.ROLE_FORBIDDEN');
      const a = await createSecret(other);
      const b = await createSecret(other);
      expect(a.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      const third = await t.http().post('/v1/lms/webhook-secrets').set(...bearer(other.key)).expect(409);
      expect(third.body.error.code).toBe('LMS_SECRET.TOO_MANY');

      const list = await t.http().get('/v1/lms/webhook-secrets').set(...bearer(other.keys.viewer)).expect(200);
      expect(list.body).toMatchObject({ nextCursor: null });
      expect(list.body.items.map((s: { prefix: string }) => s.prefix)).toEqual([a.secret.slice(0, 12), b.secret.slice(0, 12)]);
      expect(JSON.stringify(list.body)).not.toContain(a.secret);
      const [stored] = await sql<{ secret_encrypted: string }>(`SELECT secret_encrypted FROM lms_webhook_secrets WHERE id = $1`, [a.id]);
      expect(stored.secret_encrypted).not.toContain(a.secret.slice(6));

      await t.http().delete(`/v1/lms/webhook-secrets/${a.id}`).set(...bearer(ws.key)).expect(404);
      await t.http().delete(`/v1/lms/webhook-secrets/${a.id}`).set(...bearer(other.key)).expect(204);
      await createSecret(other);
    });
  });

  describe('POST /v1/lms/events', () => {
    let secret: string;
    beforeAll(async () => {
      secret = (await createSecret()).secret;
    });

    it('applies a signed event: the enrolment is updated and one event is logged', async () => {
      const l = await learner();
      const event = lmsEvent(l);
      const res = await webhook(event, secret).expect(200);
      expect(res.body).toMatchObject({ id: event.id, outcome: 'applied', duplicate: false, status: 'enrolled' });
      expect(await enrollment(l.id)).toMatchObject({ status: 'enrolled', source: 'lms' });
      expect(await eventsOf(l.id)).toMatchObject([{ kind: 'enrolled', source: 'lms', idempotency_key: `lms:${event.id}` }]);
    });

    it('counts a replayed event id once: 200 with duplicate: true, nothing changed', async () => {
      const l = await learner();
      const event = lmsEvent(l, 'started');
      await webhook(event, secret).expect(200);
      const before = await enrollment(l.id);
      const replay = await webhook(event, secret).expect(200);
      expect(replay.body).toMatchObject({ id: event.id, outcome: 'duplicate', duplicate: true });
      // The same id with another body is still the same event.
      await webhook({ ...event, type: 'dropped' }, secret).expect(200);
      expect(await enrollment(l.id)).toEqual(before);
      expect((await eventsOf(l.id)).map((e) => e.kind)).toEqual(['enrolled', 'started']);
    });

    // Headers to change on a correctly signed request; null removes one.
    it.each<[string, (raw: string, now: number) => Record<string, string | null>, string]>([
      ['a signature by another secret', (raw, now) => ({ 'Clarion-Signature': `t=${now},v1=${signPayload('whsec_not-ours', now, raw)}` }), 'LMS.BAD_SIGNATURE'],
      ['a signature of another body', (_raw, now) => ({ 'Clarion-Signature': `t=${now},v1=${signPayload('x', now, '{}')}` }), 'LMS.BAD_SIGNATURE'],
      ['a missing signature', () => ({ 'Clarion-Signature': null }), 'LMS.MISSING_SIGNATURE'],
      ['a malformed signature', () => ({ 'Clarion-Signature': 'v1=abc' }), 'LMS.MISSING_SIGNATURE'],
      ['a missing workspace', () => ({ 'Clarion-Workspace': null }), 'LMS.MISSING_SIGNATURE'],
      ['another workspace named', () => ({ 'Clarion-Workspace': randomUUID() }), 'LMS.BAD_SIGNATURE'],
      ['a workspace header that is no id', () => ({ 'Clarion-Workspace': 'acme' }), 'LMS.BAD_SIGNATURE'],
    ])('answers 401 for %s, applying nothing', async (_name, change, code) => {
      const l = await learner();
      const raw = JSON.stringify(lmsEvent(l));
      const now = Math.floor(Date.now() / 1000);
      const headers: Record<string, string | null> = {
        'Clarion-Workspace': ws.id,
        'Clarion-Signature': `t=${now},v1=${signPayload(secret, now, raw)}`,
        ...change(raw, now),
      };
      const req = t.http().post('/v1/lms/events').set('Content-Type', 'application/json');
      for (const [name, value] of Object.entries(headers)) if (value !== null) req.set(name, value);
      const res = await req.send(raw).expect(401);
      expect(res.body.error.code).toBe(code);
      expect(await enrollment(l.id)).toBeUndefined();
    });

    it.each([
      ['6 minutes old', -360, 401],
      ['6 minutes ahead', 360, 401],
      ['4 minutes old', -240, 200],
    ])('a correctly signed request %s → %s', async (_name, offset, status) => {
      const l = await learner();
      const res = await webhook(lmsEvent(l), secret, { at: Math.floor(Date.now() / 1000) + offset }).expect(status);
      if (status === 401) {
        expect(res.body.error.code).toBe('LMS.STALE_TIMESTAMP');
        expect(await enrollment(l.id)).toBeUndefined();
      }
    });

    it('rotates secrets: both active secrets are accepted, a revoked one is refused', async () => {
      const rotation = await t.createWorkspace('Rotation Inc');
      const sessionId = (await seed(t, rotation.id)).sessionId;
      const first = await createSecret(rotation);
      const second = await createSecret(rotation);
      const [l1, l2, l3] = [await learner(rotation.id), await learner(rotation.id), await learner(rotation.id)];
      const event = (l: { externalId: string }) => ({ ...lmsEvent(l), sessionId });
      await webhook(event(l1), first.secret, { workspaceId: rotation.id }).expect(200);
      await webhook(event(l2), second.secret, { workspaceId: rotation.id }).expect(200);
      await t.http().delete(`/v1/lms/webhook-secrets/${first.id}`).set(...bearer(rotation.key)).expect(204);
      const refused = await webhook(event(l3), first.secret, { workspaceId: rotation.id }).expect(401);
      expect(refused.body.error.code).toBe('LMS.BAD_SIGNATURE');
      await webhook(event(l3), second.secret, { workspaceId: rotation.id }).expect(200);
      // A secret of one workspace does not sign for another.
      await webhook(lmsEvent(await learner()), second.secret).expect(401);
    });

    it('answers 422 naming the field for a single event with an unknown learner or session, applying nothing', async () => {
      const unknownLearner = await webhook(lmsEvent({ externalId: 'nobody' }), secret).expect(422);
      expect(unknownLearner.body.error).toMatchObject({ code: 'LMS.UNKNOWN_REFERENCE', details: [{ path: 'learner.externalId' }] });
      const l = await learner();
      const unknownSession = await webhook(lmsEvent(l, 'enrolled', { sessionId: randomUUID() }), secret).expect(422);
      expect(unknownSession.body.error.details).toMatchObject([{ path: 'sessionId' }]);
      expect(await enrollment(l.id)).toBeUndefined();
    });

    it('reports a batch event by event: unknown references rejected, the others applied, duplicates inside counted once', async () => {
      const [a, b] = [await learner(), await learner()];
      const first = lmsEvent(a);
      const res = await webhook([first, lmsEvent({ externalId: 'nobody' }), first, lmsEvent(b, 'completed', { sessionId: undefined, courseCode: 'SEC-101' })], secret).expect(200);
      expect(res.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'rejected', 'duplicate', 'applied']);
      expect(res.body.results[1].error.details).toMatchObject([{ path: '[1].learner.externalId' }]);
      expect(await enrollment(a.id)).toMatchObject({ status: 'enrolled' });
      // Completed straight away: the enrolment is created and an implied `enrolled` event logged.
      expect(await enrollment(b.id)).toMatchObject({ status: 'completed' });
      expect((await eventsOf(b.id)).map((e) => e.kind).sort()).toEqual(['completed', 'enrolled']);
    });

    it('answers 400 naming the fields of an invalid body, applying nothing of a batch', async () => {
      const l = await learner();
      const res = await webhook([lmsEvent(l), { ...lmsEvent(l), type: 'graduated', occurredAt: '2026-03-01 10:00' }], secret).expect(400);
      expect(res.body.error.code).toBe('LMS.INVALID_EVENT');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['[1].type', '[1].occurredAt']);
      expect(await enrollment(l.id)).toBeUndefined();
      const notJson = await webhook('{', secret);
      expect(notJson.status).toBe(400);
    });

    it('leaves a completed enrolment as it is when a late started arrives, logging nothing', async () => {
      const l = await learner();
      await webhook(lmsEvent(l, 'completed'), secret).expect(200);
      const late = await webhook(lmsEvent(l, 'started'), secret).expect(200);
      expect(late.body).toMatchObject({ outcome: 'unchanged', duplicate: false, status: 'completed' });
      expect(await enrollment(l.id)).toMatchObject({ status: 'completed' });
      expect((await eventsOf(l.id)).map((e) => e.kind).sort()).toEqual(['completed', 'enrolled']);
    });
  });

  describe('POST /xapi/statements', () => {
    const verb = (name: string) => ({ id: `http://adlnet.gov/expapi/verbs/${name}` });
    const statement = (l: { email: string }, name: string, extra: Record<string, unknown> = {}) => ({
      id: randomUUID(),
      actor: { objectType: 'Agent', mbox: `mailto:${l.email}` },
      verb: verb(name),
      object: { id: `https://lms.example.com/sessions/${f.sessionId}` },
      timestamp: new Date(Date.now() - MINUTE).toISOString(),
      ...extra,
    });

    it('applies a batch with a duplicate statement id once, answering the ids like an LRS', async () => {
      const l = await learner();
      const registered = statement(l, 'registered');
      const launched = statement(l, 'launched', { timestamp: new Date(Date.now() - MINUTE / 2).toISOString() });
      const res = await t
        .http()
        .post('/xapi/statements')
        .set(...bearer(ws.keys.planner))
        .set('X-Experience-API-Version', '1.0.3')
        .send([registered, registered, launched])
        .expect(200);
      expect(res.body).toEqual([registered.id, registered.id, launched.id]);
      expect(res.headers['x-experience-api-version']).toBe('1.0.3');
      expect((await eventsOf(l.id)).map((e) => [e.kind, e.idempotency_key])).toEqual([
        ['enrolled', `xapi:${registered.id}`],
        ['started', `xapi:${launched.id}`],
      ]);
      expect(await enrollment(l.id)).toMatchObject({ status: 'started', source: 'xapi' });

      await t.http().post('/xapi/statements').set(...bearer(ws.keys.planner)).send(registered).expect(200);
      expect(await eventsOf(l.id)).toHaveLength(2);
    });

    it('maps account actors and the course LMS URL; passed completes; failed and unknown verbs are accepted, not applied', async () => {
      const l = await learner();
      const byAccount = { actor: { account: { homePage: 'https://lms.example.com', name: l.externalId } }, object: { id: `${LMS_URL}/` } };
      const failed = statement(l, 'failed', byAccount);
      const answered = statement(l, 'answered', byAccount);
      const passed = statement(l, 'passed', byAccount);
      const res = await t.http().post('/xapi/statements').set(...bearer(ws.key)).send([failed, answered, passed]).expect(200);
      expect(res.body).toEqual([failed.id, answered.id, passed.id]);
      expect(await enrollment(l.id)).toMatchObject({ status: 'completed' });
      expect((await eventsOf(l.id)).map((e) => e.kind).sort()).toEqual(['completed', 'enrolled']);
    });

    it('refuses a batch naming an unknown actor (422) or an invalid statement (400), applying none of it; viewers may not post', async () => {
      const l = await learner();
      const unknown = await t
        .http()
        .post('/xapi/statements')
        .set(...bearer(ws.key))
        .send([statement(l, 'registered'), statement({ email: 'ghost@example.com' }, 'registered')])
        .expect(422);
      expect(unknown.body.error).toMatchObject({ code: 'XAPI.UNKNOWN_REFERENCE', details: [{ path: '[1].actor' }] });
      const invalid = await t.http().post('/xapi/statements').set(...bearer(ws.key)).send([statement(l, 'registered'), { ...statement(l, 'registered'), id: 'x' }]).expect(400);
      expect(invalid.body.error.details).toMatchObject([{ path: '[1].id' }]);
      expect(await enrollment(l.id)).toBeUndefined();
      await t.http().post('/xapi/statements').set(...bearer(ws.keys.viewer)).send(statement(l, 'registered')).expect(403);
      await t.http().post('/xapi/statements').set(...bearer(ws.key)).set('X-Experience-API-Version', '0.95').send(statement(l, 'registered')).expect(400);
    });
  });

  describe('attribution', () => {
    let secret: string;
    beforeAll(async () => {
      secret = (await createSecret()).secret;
    });

    async function click(learnerId: string, at: Date, step: number, options: { variant?: string; machine?: boolean } = {}): Promise<void> {
      await sql(
        `INSERT INTO events (workspace_id, kind, occurred_at, learner_id, campaign_id, step_id, channel, variant, machine, source, idempotency_key)
         VALUES ($1, 'clicked', $2, $3, $4, $5, 'email', $6, $7, 'tracking', $8)`,
        [ws.id, at, learnerId, f.campaignId, f.steps[step], options.variant ?? null, options.machine ?? false, `test:${randomUUID()}`],
      );
    }

    const enrolAt = async (l: { externalId: string }, at: Date, ref?: string) => webhook(lmsEvent(l, 'enrolled', { occurredAt: at.toISOString(), ...(ref ? { ref } : {}) }), secret).expect(200);

    it.each([
      ['14 days minus 1 minute before → attributed', 14 * DAY - MINUTE, true],
      ['14 days plus 1 minute before → not attributed', 14 * DAY + MINUTE, false],
      ['1 minute before → attributed', MINUTE, true],
      ['after the enrolment → not attributed', -MINUTE, false],
    ])('a click %s', async (_name, before, attributed) => {
      const l = await learner();
      const enrolledAt = new Date(Date.now() - 10 * MINUTE);
      await click(l.id, new Date(enrolledAt.getTime() - before), 0, { variant: 'B' });
      const res = await enrolAt(l, enrolledAt);
      const [event] = await eventsOf(l.id);
      if (attributed) {
        expect(event).toMatchObject({ campaign_id: f.campaignId, step_id: f.steps[0], channel: 'email', variant: 'B' });
        expect(res.body.campaignId).toBe(f.campaignId);
      } else {
        expect(event).toMatchObject({ campaign_id: null, step_id: null, channel: null, variant: null });
      }
    });

    it('credits the last human click: last click wins, machine clicks do not count', async () => {
      const l = await learner();
      const enrolledAt = new Date(Date.now() - 10 * MINUTE);
      await click(l.id, new Date(enrolledAt.getTime() - 3 * DAY), 0, { variant: 'A' });
      await click(l.id, new Date(enrolledAt.getTime() - 1 * DAY), 1, { variant: 'B' });
      await click(l.id, new Date(enrolledAt.getTime() - 2 * MINUTE), 0, { machine: true });
      await enrolAt(l, enrolledAt);
      expect((await eventsOf(l.id))[0]).toMatchObject({ step_id: f.steps[1], variant: 'B' });
    });

    it('carries the enrolment’s credit to its later started and completed events', async () => {
      const l = await learner();
      await click(l.id, new Date(Date.now() - DAY), 1, { variant: 'A' });
      await enrolAt(l, new Date(Date.now() - 10 * MINUTE));
      await webhook(lmsEvent(l, 'completed'), secret).expect(200);
      expect((await eventsOf(l.id)).map((e) => [e.kind, e.step_id, e.variant])).toEqual([
        ['enrolled', f.steps[1], 'A'],
        ['completed', f.steps[1], 'A'],
      ]);
    });

    it('credits the ambassador whose share link the LMS reports back (ref), alone or beside a click', async () => {
      const ref = new URL(t.app.get(TrackingLinks).shareUrl(f.campaignId, f.ambassadorId)).pathname.split('/').pop()!;
      const viaShare = await learner();
      await enrolAt(viaShare, new Date(Date.now() - MINUTE), ref);
      expect((await eventsOf(viaShare.id))[0]).toMatchObject({ ambassador_id: f.ambassadorId, campaign_id: f.campaignId, channel: 'ambassador', step_id: null });

      const both = await learner();
      await click(both.id, new Date(Date.now() - DAY), 0, { variant: 'B' });
      await enrolAt(both, new Date(Date.now() - MINUTE), ref);
      expect((await eventsOf(both.id))[0]).toMatchObject({ ambassador_id: f.ambassadorId, step_id: f.steps[0], channel: 'email' });

      const forged = await learner();
      await enrolAt(forged, new Date(Date.now() - MINUTE), `${ref.slice(0, -1)}x`);
      expect((await eventsOf(forged.id))[0]).toMatchObject({ ambassador_id: null, campaign_id: null });
    });
  });
});

async function seed(t: TestApp, workspaceId: string): Promise<Fixture> {
  const q = (text: string, params: unknown[]) => t.dataSource.query(text, params).then((rows: { id: string }[]) => rows[0].id);
  const courseId = await q(`INSERT INTO courses (workspace_id, code, title, modality, lms_url) VALUES ($1, 'SEC-101', 'Security basics', 'e_learning', $2) RETURNING id`, [
    workspaceId,
    LMS_URL,
  ]);
  const sessionId = await q(
    `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, time_zone) VALUES ($1, $2, now() + interval '30 days', now() + interval '31 days', 'Europe/Paris') RETURNING id`,
    [workspaceId, courseId],
  );
  const ambassadorId = await q(`INSERT INTO learners (workspace_id, external_id, email) VALUES ($1, $2, $3) RETURNING id`, [
    workspaceId,
    `AMB-${randomUUID().slice(0, 8)}`,
    `amb.${randomUUID().slice(0, 8)}@example.com`,
  ]);
  const campaignId = await q(`INSERT INTO campaigns (workspace_id, name, course_id, session_id, status) VALUES ($1, 'Security month', $2, $3, 'running') RETURNING id`, [
    workspaceId,
    courseId,
    sessionId,
  ]);
  const steps: string[] = [];
  for (const position of [1, 2]) {
    steps.push(
      await q(
        `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id)
         VALUES ($1, $2, $3, 'Step', 'before', 'session_start', '-P14D', 'email', gen_random_uuid()) RETURNING id`,
        [workspaceId, campaignId, position],
      ),
    );
  }
  return { courseId, sessionId, campaignId, steps, ambassadorId };
}
