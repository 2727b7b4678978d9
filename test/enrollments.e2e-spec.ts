import { EnrollmentStatus } from '../src/common/enums';
import { EnrollmentSource } from '../src/modules/courses/enrollment-source';
import { EnrollmentsService } from '../src/modules/courses/enrollments.service';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

describe('Enrolments', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  let courseId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    const course = await t.http().post('/v1/courses').set(...bearer(acme.key)).send({ title: 'Data literacy', modality: 'blended' }).expect(201);
    courseId = course.body.id;
  });
  afterAll(() => t.close());

  async function learner(ws: TestWorkspace = acme, names: { firstName?: string; lastName?: string } = {}): Promise<{ id: string; externalId: string; email: string }> {
    seq++;
    const externalId = `E-${seq}`;
    const email = `learner${seq}@${ws.slug}.example`;
    const [row] = await t.dataSource.query(
      `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [ws.id, externalId, email, names.firstName ?? null, names.lastName ?? null],
    );
    return { id: row.id, externalId, email };
  }

  async function session(extra: object = {}): Promise<string> {
    const res = await t.http()
      .post(`/v1/courses/${courseId}/sessions`)
      .set(...bearer(acme.key))
      .send({ startsAt: '2026-03-02T09:00:00+01:00', endsAt: '2026-03-02T17:00:00+01:00', ...extra })
      .expect(201);
    return res.body.id;
  }

  const enrol = (sessionId: string, body: object, key = acme.keys.planner) => t.http().post(`/v1/sessions/${sessionId}/enrollments`).set(...bearer(key)).send(body);
  const move = (id: string, body: object, key = acme.keys.planner) => t.http().patch(`/v1/enrollments/${id}`).set(...bearer(key)).send(body);

  it('follows invited → enrolled → started → completed, stamping each step', async () => {
    const sessionId = await session();
    const camille = await learner(acme, { firstName: 'Camille', lastName: 'Martin' });

    const invited = await enrol(sessionId, { learnerId: camille.id, status: 'invited', occurredAt: '2026-02-01T10:00:00+01:00' }).expect(201);
    expect(invited.body).toMatchObject({
      sessionId,
      courseId,
      learnerId: camille.id,
      learner: { id: camille.id, externalId: camille.externalId, email: camille.email, firstName: 'Camille', lastName: 'Martin' },
      status: 'invited',
      source: 'api',
      invitedAt: '2026-02-01T09:00:00.000Z',
      enrolledAt: null,
    });
    const id = invited.body.id;

    await move(id, { status: 'enrolled', occurredAt: '2026-02-03T08:30:00Z' }).expect(200);
    await move(id, { status: 'started', occurredAt: '2026-03-02T09:05:00+01:00' }).expect(200);
    const completed = await move(id, { status: 'completed', occurredAt: '2026-03-02T17:10:00+01:00' }).expect(200);
    expect(completed.body).toMatchObject({
      id,
      status: 'completed',
      invitedAt: '2026-02-01T09:00:00.000Z',
      enrolledAt: '2026-02-03T08:30:00.000Z',
      startedAt: '2026-03-02T08:05:00.000Z',
      completedAt: '2026-03-02T16:10:00.000Z',
      droppedAt: null,
    });
    const read = await t.http().get(`/v1/enrollments/${id}`).set(...bearer(acme.keys.viewer)).expect(200);
    expect(read.body).toEqual(completed.body);
  });

  it('says what an enrolment request did: created (201), moved from the previous status or unchanged (200)', async () => {
    const sessionId = await session();
    const l = await learner();
    const created = await enrol(sessionId, { email: l.email, status: 'invited' }).expect(201);
    expect(created.body).toMatchObject({ status: 'invited', outcome: 'created', previousStatus: null });
    const moved = await enrol(sessionId, { learnerId: l.id, status: 'enrolled' }).expect(200);
    expect(moved.body).toMatchObject({ id: created.body.id, status: 'enrolled', outcome: 'changed', previousStatus: 'invited' });
    const again = await enrol(sessionId, { externalId: l.externalId, status: 'enrolled' }).expect(200);
    expect(again.body).toMatchObject({ id: created.body.id, status: 'enrolled', outcome: 'unchanged', previousStatus: 'enrolled', updatedAt: moved.body.updatedAt });
  });

  it('refuses to go back from completed with 409 naming both statuses, and treats a repeat as a no-op', async () => {
    const sessionId = await session();
    const l = await learner();
    const done = await enrol(sessionId, { externalId: l.externalId, status: 'completed' }).expect(201);
    // A jump straight to completed fills the enrolled and started steps, never the invitation.
    expect(done.body).toMatchObject({ status: 'completed', invitedAt: null, enrolledAt: done.body.completedAt, startedAt: done.body.completedAt });

    for (const status of ['enrolled', 'dropped', 'invited']) {
      const res = await move(done.body.id, { status }).expect(409);
      expect(res.body.error.code).toBe('ENROLLMENT.INVALID_TRANSITION');
      expect(res.body.error.message).toContain(`from completed to ${status}`);
      expect(res.body.error.details).toEqual([{ path: 'status', message: `completed → ${status} is not allowed` }]);
    }
    const started = await enrol(sessionId, { learnerId: (await learner()).id, status: 'started' }).expect(201);
    const back = await move(started.body.id, { status: 'enrolled' }).expect(409);
    expect(back.body.error.message).toContain('from started to enrolled');

    const { outcome, previousStatus, ...enrolment } = done.body;
    expect([outcome, previousStatus]).toEqual(['created', null]);
    const repeat = await move(done.body.id, { status: 'completed', occurredAt: '2026-03-05T10:00:00Z' }).expect(200);
    expect(repeat.body).toEqual(enrolment);
    const again = await enrol(sessionId, { email: l.email.toUpperCase(), status: 'completed' }).expect(200);
    expect(again.body).toEqual({ ...enrolment, outcome: 'unchanged', previousStatus: 'completed' });
  });

  it('lets a dropped learner enrol again, keeping when they dropped', async () => {
    const sessionId = await session({ capacity: 1 });
    const l = await learner();
    const first = await enrol(sessionId, { learnerId: l.id, occurredAt: '2026-02-01T09:00:00Z' }).expect(201);
    const dropped = await move(first.body.id, { status: 'dropped', occurredAt: '2026-02-10T09:00:00Z' }).expect(200);
    expect(dropped.body).toMatchObject({ status: 'dropped', droppedAt: '2026-02-10T09:00:00.000Z' });

    // The freed seat goes to someone else, so re-enrolling finds the session full…
    const other = await learner();
    const taken = await enrol(sessionId, { learnerId: other.id }).expect(201);
    const full = await move(first.body.id, { status: 'enrolled' }).expect(409);
    expect(full.body.error.code).toBe('SESSION.FULL');
    // …until that seat is given back.
    await move(taken.body.id, { status: 'dropped' }).expect(200);
    const back = await move(first.body.id, { status: 'enrolled', occurredAt: '2026-02-20T09:00:00Z' }).expect(200);
    expect(back.body).toMatchObject({ status: 'enrolled', enrolledAt: '2026-02-20T09:00:00.000Z', droppedAt: '2026-02-10T09:00:00.000Z' });
  });

  it('refuses a new enrolment beyond capacity, but not an invitation', async () => {
    const sessionId = await session({ capacity: 2 });
    await enrol(sessionId, { learnerId: (await learner()).id }).expect(201);
    await enrol(sessionId, { learnerId: (await learner()).id, status: 'started' }).expect(201);
    const full = await enrol(sessionId, { learnerId: (await learner()).id }).expect(409);
    expect(full.body.error).toMatchObject({ code: 'SESSION.FULL', message: expect.stringContaining('2 seats') });
    const invited = await enrol(sessionId, { learnerId: (await learner()).id, status: 'invited' }).expect(201);
    await move(invited.body.id, { status: 'enrolled' }).expect(409);

    const view = await t.http().get(`/v1/sessions/${sessionId}`).set(...bearer(acme.key)).expect(200);
    expect(view.body).toMatchObject({ capacity: 2, seatsTaken: 2, seatsLeft: 0 });
  });

  it('gives the last seat to exactly one of two concurrent requests', async () => {
    const sessionId = await session({ capacity: 1 });
    const [a, b] = [await learner(), await learner()];
    const results = await Promise.all([enrol(sessionId, { learnerId: a.id }), enrol(sessionId, { learnerId: b.id })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('SESSION.FULL');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM enrollments WHERE session_id = $1`, [sessionId]);
    expect(n).toBe(1);
  });

  it('never overbooks under a burst of concurrent requests', async () => {
    const sessionId = await session({ capacity: 3 });
    const learners = await Promise.all(Array.from({ length: 12 }, () => learner()));
    const results = await Promise.all(learners.map((l) => enrol(sessionId, { learnerId: l.id })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM enrollments WHERE session_id = $1 AND status = 'enrolled'`, [sessionId]);
    expect(n).toBe(3);
  });

  it('applyStatus records LMS facts beyond capacity and tells whether anything changed', async () => {
    const service = t.app.get(EnrollmentsService);
    const sessionId = await session({ capacity: 1 });
    await enrol(sessionId, { learnerId: (await learner()).id }).expect(201);
    const l = await learner();
    const input = { workspaceId: acme.id, sessionId, learnerId: l.id, status: EnrollmentStatus.Completed, source: EnrollmentSource.Lms, occurredAt: new Date('2026-03-02T16:00:00Z') };

    const first = await service.applyStatus(input);
    expect(first).toMatchObject({ changed: true, created: true, enrollment: { enrollment: { status: 'completed', source: 'lms', completedAt: input.occurredAt } } });
    const replay = await service.applyStatus(input);
    expect(replay).toMatchObject({ changed: false, created: false });
    // A late "started" from the LMS is old news; the same move ordered through the API is a conflict.
    expect(await service.applyStatus({ ...input, status: EnrollmentStatus.Started })).toMatchObject({ changed: false });
    await expect(service.applyStatus({ ...input, status: EnrollmentStatus.Started, source: EnrollmentSource.Api })).rejects.toMatchObject({
      code: 'ENROLLMENT.INVALID_TRANSITION',
    });
    await expect(service.applyStatus({ ...input, workspaceId: globex.id })).rejects.toMatchObject({ code: 'SESSION.NOT_FOUND' });
  });

  it('names the learner by id, external id or email, and says which one is unknown', async () => {
    const sessionId = await session();
    const byEmail = await learner();
    const res = await enrol(sessionId, { email: `  ${byEmail.email.toUpperCase()} ` }).expect(201);
    expect(res.body.learnerId).toBe(byEmail.id);

    const unknown = await enrol(sessionId, { externalId: 'NOPE-1' }).expect(422);
    expect(unknown.body.error).toMatchObject({ code: 'ENROLLMENT.UNKNOWN_LEARNER', details: [{ path: 'externalId', message: expect.any(String) }] });
    const foreign = await learner(globex);
    const elsewhere = await enrol(sessionId, { learnerId: foreign.id }).expect(422);
    expect(elsewhere.body.error.details[0].path).toBe('learnerId');

    const none = await enrol(sessionId, { status: 'enrolled' }).expect(400);
    expect(none.body.error.code).toBe('ENROLLMENT.LEARNER_REQUIRED');
    await enrol(sessionId, { learnerId: byEmail.id, email: byEmail.email }).expect(400);

    const bad = await enrol(sessionId, { learnerId: 'x', status: 'graduated', occurredAt: '2026-02-01 10:00' }).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['learnerId', 'status', 'occurredAt']));
    const future = await enrol(sessionId, { learnerId: byEmail.id, status: 'completed', occurredAt: '2999-01-01T00:00:00Z' }).expect(400);
    expect(future.body.error.details).toEqual([{ path: 'occurredAt', message: 'must not be in the future' }]);
  });

  it("lists a session's enrolments with learner summaries, status filter and pagination", async () => {
    const sessionId = await session();
    const ids: string[] = [];
    for (const status of ['invited', 'enrolled', 'started', 'enrolled', 'completed']) {
      ids.push((await enrol(sessionId, { learnerId: (await learner(acme, { firstName: status })).id, status }).expect(201)).body.id);
    }
    const page1 = await t.http().get(`/v1/sessions/${sessionId}/enrollments?limit=2`).set(...bearer(acme.keys.viewer)).expect(200);
    expect(page1.body.items.map((e: { id: string }) => e.id)).toEqual([ids[4], ids[3]]);
    expect(page1.body.items[0].learner).toMatchObject({ firstName: 'completed', email: expect.stringContaining('@') });
    const page2 = await t.http().get(`/v1/sessions/${sessionId}/enrollments?limit=2&cursor=${page1.body.nextCursor}`).set(...bearer(acme.keys.viewer)).expect(200);
    const page3 = await t.http().get(`/v1/sessions/${sessionId}/enrollments?limit=2&cursor=${page2.body.nextCursor}`).set(...bearer(acme.keys.viewer)).expect(200);
    expect([...page2.body.items, ...page3.body.items].map((e: { id: string }) => e.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(page3.body.nextCursor).toBeNull();

    const active = await t.http().get(`/v1/sessions/${sessionId}/enrollments?status=enrolled,started`).set(...bearer(acme.key)).expect(200);
    expect(active.body.items.map((e: { status: string }) => e.status).sort()).toEqual(['enrolled', 'enrolled', 'started']);
    const bad = await t.http().get(`/v1/sessions/${sessionId}/enrollments?status=graduated`).set(...bearer(acme.key)).expect(400);
    expect(bad.body.error.details[0].path).toBe('status');
  });

  it('answers 404 across workspaces and 403 to viewers and editors who write', async () => {
    const sessionId = await session();
    const l = await learner();
    const e = await enrol(sessionId, { learnerId: l.id, status: 'invited' }).expect(201);

    await enrol(sessionId, { learnerId: l.id }, globex.key).expect(404);
    await t.http().get(`/v1/sessions/${sessionId}/enrollments`).set(...bearer(globex.key)).expect(404);
    await t.http().get(`/v1/enrollments/${e.body.id}`).set(...bearer(globex.key)).expect(404);
    const foreign = await move(e.body.id, { status: 'enrolled' }, globex.key).expect(404);
    expect(foreign.body.error.code).toBe('ENROLLMENT.NOT_FOUND');

    for (const key of [acme.keys.viewer, acme.keys.editor]) {
      await enrol(sessionId, { learnerId: (await learner()).id }, key).expect(403);
      await move(e.body.id, { status: 'enrolled' }, key).expect(403);
    }
    const still = await t.http().get(`/v1/enrollments/${e.body.id}`).set(...bearer(acme.key)).expect(200);
    expect(still.body.status).toBe('invited');
  });
});
