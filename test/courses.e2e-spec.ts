import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

describe('Courses', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
  });
  afterAll(() => t.close());

  const post = (ws: TestWorkspace, body: object, key = ws.key) => t.http().post('/v1/courses').set(...bearer(key)).send(body);

  it('creates, reads, changes and deletes a course', async () => {
    const created = await post(acme, {
      code: ' MGT-101 ',
      title: '  Managing a hybrid team ',
      description: 'Two mornings on rituals and delegation.',
      modality: 'blended',
      durationMinutes: 420,
      lmsUrl: 'https://lms.example.com/course/mgt-101',
      skills: ['Management', ' remote work ', 'management'],
    }).expect(201);
    expect(created.body).toMatchObject({
      code: 'MGT-101',
      title: 'Managing a hybrid team',
      modality: 'blended',
      durationMinutes: 420,
      lmsUrl: 'https://lms.example.com/course/mgt-101',
      skills: ['Management', 'remote work'],
    });
    const id = created.body.id;

    const read = await t.http().get(`/v1/courses/${id}`).set(...bearer(acme.keys.viewer)).expect(200);
    expect(read.body).toEqual(created.body);

    const patched = await t.http()
      .patch(`/v1/courses/${id}`)
      .set(...bearer(acme.keys.planner))
      .send({ title: 'Leading a hybrid team', lmsUrl: null, durationMinutes: null, skills: ['leadership'] })
      .expect(200);
    expect(patched.body).toMatchObject({ title: 'Leading a hybrid team', lmsUrl: null, durationMinutes: null, skills: ['leadership'], code: 'MGT-101', modality: 'blended' });

    await t.http().delete(`/v1/courses/${id}`).set(...bearer(acme.keys.planner)).expect(204);
    await t.http().get(`/v1/courses/${id}`).set(...bearer(acme.key)).expect(404);
  });

  it('names each bad field and refuses unknown ones', async () => {
    const res = await post(acme, {
      title: '   ',
      modality: 'webinar',
      durationMinutes: 0,
      lmsUrl: 'javascript:alert(1)',
      skills: ['ok', ''],
      colour: 'blue',
    }).expect(400);
    expect(res.body.error.code).toBe('VALIDATION.FAILED');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'modality', 'durationMinutes', 'lmsUrl', 'skills', 'colour']));

    const missing = await post(acme, {}).expect(400);
    expect(missing.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['title', 'modality']));

    const course = await post(acme, { title: 'Excel basics', modality: 'e_learning' }).expect(201);
    const nulls = await t.http().patch(`/v1/courses/${course.body.id}`).set(...bearer(acme.key)).send({ title: null, modality: null }).expect(400);
    expect(nulls.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['title', 'modality']));
    const ftp = await t.http().patch(`/v1/courses/${course.body.id}`).set(...bearer(acme.key)).send({ lmsUrl: 'ftp://files.example.com/x' }).expect(400);
    expect(ftp.body.error.details[0]).toMatchObject({ path: 'lmsUrl', message: expect.stringMatching(/http or https/) });
  });

  it('keeps the title, description and skills in other languages, tidied, and names a bad translation', async () => {
    const course = await post(acme, {
      title: 'Manager à distance',
      modality: 'blended',
      translations: [{ locale: 'en', title: ' Remote management ', skills: ['Feedback', ' feedback ', 'Rituals'], description: null }],
    }).expect(201);
    expect(course.body.translations).toEqual([{ locale: 'en', title: 'Remote management', skills: ['Feedback', 'Rituals'] }]);
    const updated = await t.http().patch(`/v1/courses/${course.body.id}`).set(...bearer(acme.key)).send({ translations: [{ locale: 'es', title: 'Gestión remota' }] }).expect(200);
    expect(updated.body.translations).toEqual([{ locale: 'es', title: 'Gestión remota' }]);

    const bad = await post(acme, {
      title: 'X',
      modality: 'blended',
      translations: [{ locale: 'English', title: 'x'.repeat(301) }, { locale: 'en', skills: 'Feedback', code: 'X' }],
    }).expect(400);
    const problems = bad.body.error.details.map((d: { path: string; code: string }) => [d.path, d.code]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['translations[0].locale', 'FIELD.INVALID_LOCALE'],
        ['translations[0].title', 'FIELD.TOO_LONG'],
        ['translations[1].skills', 'FIELD.WRONG_TYPE'],
        ['translations[1].code', 'FIELD.UNKNOWN'],
      ]),
    );
    const twice = await post(acme, { title: 'X', modality: 'blended', translations: [{ locale: 'en', title: 'a' }, { locale: 'en', description: 'b' }] }).expect(400);
    expect(twice.body.error.details).toEqual([expect.objectContaining({ path: 'translations', message: 'translations must hold one entry per locale' })]);
  });

  it('keeps codes unique per workspace only', async () => {
    await post(acme, { code: 'SAFE-1', title: 'Safety first', modality: 'in_person' }).expect(201);
    const clash = await post(acme, { code: 'SAFE-1', title: 'Safety again', modality: 'mooc' }).expect(409);
    expect(clash.body.error).toMatchObject({ code: 'COURSE.CODE_TAKEN', details: [{ path: 'code', message: 'already used' }] });
    await post(globex, { code: 'SAFE-1', title: 'Globex safety', modality: 'mooc' }).expect(201);

    const other = await post(acme, { code: 'SAFE-2', title: 'Safety two', modality: 'spoc' }).expect(201);
    const renamed = await t.http().patch(`/v1/courses/${other.body.id}`).set(...bearer(acme.key)).send({ code: 'SAFE-1' }).expect(409);
    expect(renamed.body.error.code).toBe('COURSE.CODE_TAKEN');
  });

  it('lists newest first with filters and cursor pagination, within the workspace', async () => {
    const ws = await t.createWorkspace();
    const titles = ['Negotiation 101', 'Negotiation advanced', 'Public speaking', 'Negotiation game'];
    const modalities = ['virtual_classroom', 'virtual_classroom', 'in_person', 'serious_game'];
    for (let i = 0; i < titles.length; i++) await post(ws, { title: titles[i], modality: modalities[i], code: `NEG-${i}` }).expect(201);

    const first = await t.http().get('/v1/courses?limit=3').set(...bearer(ws.keys.viewer)).expect(200);
    expect(first.body.items.map((c: { title: string }) => c.title)).toEqual(['Negotiation game', 'Public speaking', 'Negotiation advanced']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.http().get(`/v1/courses?limit=3&cursor=${first.body.nextCursor}`).set(...bearer(ws.keys.viewer)).expect(200);
    expect(second.body).toEqual({ items: [expect.objectContaining({ title: 'Negotiation 101' })], nextCursor: null });

    const virtual = await t.http().get('/v1/courses?modality=virtual_classroom').set(...bearer(ws.key)).expect(200);
    expect(virtual.body.items.map((c: { title: string }) => c.title)).toEqual(['Negotiation advanced', 'Negotiation 101']);
    const search = await t.http().get('/v1/courses?q=NEGOTIATION%20a').set(...bearer(ws.key)).expect(200);
    expect(search.body.items.map((c: { title: string }) => c.title)).toEqual(['Negotiation advanced']);
    const literal = await t.http().get('/v1/courses?q=%25').set(...bearer(ws.key)).expect(200);
    expect(literal.body.items).toEqual([]);

    const bad = await t.http().get('/v1/courses?modality=webinar&limit=0').set(...bearer(ws.key)).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['modality', 'limit']));
    await t.http().get('/v1/courses?cursor=garbage').set(...bearer(ws.key)).expect(400);
  });

  it('lists each course with its scheduled sessions and the next one ahead, in one call', async () => {
    const ws = await t.createWorkspace('Summaries');
    const empty = (await post(ws, { title: 'Nothing planned yet', modality: 'mooc' }).expect(201)).body;
    const busy = (await post(ws, { title: 'Often run', modality: 'in_person' }).expect(201)).body;
    const session = (startsAt: string, extra: object = {}) =>
      t.http()
        .post(`/v1/courses/${busy.id}/sessions`)
        .set(...bearer(ws.key))
        .send({ startsAt, endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(), timeZone: 'Europe/Paris', ...extra })
        .expect(201);
    await session('2020-01-10T09:00:00Z', { title: 'Past' });
    const later = (await session('2031-06-01T09:00:00Z', { title: 'Later' })).body;
    const soonest = (await session('2030-06-01T09:00:00Z', { title: 'Soonest' })).body;
    await t.http().post(`/v1/sessions/${soonest.id}/cancel`).set(...bearer(ws.key)).send({}).expect(200);

    const list = await t.http().get('/v1/courses').set(...bearer(ws.key)).expect(200);
    const byId = Object.fromEntries(list.body.items.map((c: { id: string }) => [c.id, c]));
    expect(byId[empty.id]).toMatchObject({ title: 'Nothing planned yet', scheduledSessions: 0, nextSession: null });
    // The cancelled one is neither counted nor next; the past one counts but is not next.
    expect(byId[busy.id]).toMatchObject({
      scheduledSessions: 2,
      nextSession: { id: later.id, title: 'Later', startsAt: '2031-06-01T09:00:00.000Z', timeZone: 'Europe/Paris' },
    });
  });

  it('answers 404 for a course of another workspace, and 403 to viewers and editors who write', async () => {
    const course = await post(globex, { title: 'Globex only', modality: 'mooc' }).expect(201);
    const id = course.body.id;
    await t.http().get(`/v1/courses/${id}`).set(...bearer(acme.key)).expect(404);
    await t.http().patch(`/v1/courses/${id}`).set(...bearer(acme.key)).send({ title: 'Stolen' }).expect(404);
    await t.http().delete(`/v1/courses/${id}`).set(...bearer(acme.key)).expect(404);
    await t.http().get(`/v1/courses/${ZERO_UUID}`).set(...bearer(acme.key)).expect(404);
    const list = await t.http().get('/v1/courses?limit=200').set(...bearer(acme.key)).expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);

    for (const key of [globex.keys.viewer, globex.keys.editor]) {
      const res = await post(globex, { title: 'Nope', modality: 'mooc' }, key).expect(403);
      expect(res.body.error.code).toBe('AUTH.ROLE_FORBIDDEN');
      await t.http().patch(`/v1/courses/${id}`).set(...bearer(key)).send({ title: 'Nope' }).expect(403);
      await t.http().delete(`/v1/courses/${id}`).set(...bearer(key)).expect(403);
    }
    const unchanged = await t.http().get(`/v1/courses/${id}`).set(...bearer(globex.key)).expect(200);
    expect(unchanged.body.title).toBe('Globex only');
  });
});

describe('Course sessions', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  let courseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    const course = await t.http().post('/v1/courses').set(...bearer(acme.key)).send({ title: 'First aid', modality: 'in_person' }).expect(201);
    courseId = course.body.id;
  });
  afterAll(() => t.close());

  const createSession = (body: object, key = acme.keys.planner) => t.http().post(`/v1/courses/${courseId}/sessions`).set(...bearer(key)).send(body);

  async function learner(externalId: string): Promise<string> {
    const [row] = await t.dataSource.query(`INSERT INTO learners (workspace_id, external_id, email) VALUES ($1, $2, $3) RETURNING id`, [
      acme.id,
      externalId,
      `${externalId.toLowerCase()}@acme.example`,
    ]);
    return row.id;
  }

  it('creates a session, showing its times in its own zone and its seats', async () => {
    const res = await createSession({
      title: 'Lyon, March',
      startsAt: '2026-03-02T08:00:00Z',
      endsAt: '2026-03-02T16:30:00Z',
      enrolBy: '2026-02-25T23:59:00+01:00',
      capacity: 12,
      location: 'Lyon, room 3',
      timeZone: 'Europe/Paris',
    }).expect(201);
    expect(res.body).toMatchObject({
      courseId,
      title: 'Lyon, March',
      startsAt: '2026-03-02T09:00:00.000+01:00',
      endsAt: '2026-03-02T17:30:00.000+01:00',
      enrolBy: '2026-02-25T23:59:00.000+01:00',
      capacity: 12,
      seatsTaken: 0,
      invited: 0,
      seatsLeft: 12,
      timeZone: 'Europe/Paris',
      status: 'scheduled',
      cancelledAt: null,
    });
    const read = await t.http().get(`/v1/sessions/${res.body.id}`).set(...bearer(acme.keys.viewer)).expect(200);
    expect(read.body).toEqual(res.body);
  });

  it("defaults the time zone to the workspace's", async () => {
    const res = await createSession({ startsAt: '2026-07-01T09:00:00+02:00', endsAt: '2026-07-01T12:00:00+02:00', meetingUrl: 'https://meet.example.com/abc' }).expect(201);
    expect(res.body).toMatchObject({ timeZone: 'Europe/Paris', capacity: null, seatsLeft: null, meetingUrl: 'https://meet.example.com/abc' });
  });

  it.each<[string, object, string, string, RegExp]>([
    ['a local time without offset', { startsAt: '2026-03-02T09:00:00', endsAt: '2026-03-02T17:00:00+01:00' }, 'VALIDATION.FAILED', 'startsAt', /offset/],
    ['a date that is not a date', { startsAt: '2026-02-30T09:00:00Z', endsAt: '2026-03-02T17:00:00Z' }, 'VALIDATION.FAILED', 'startsAt', /not a valid/],
    ['an end before the start', { startsAt: '2026-03-02T09:00:00Z', endsAt: '2026-03-02T08:00:00Z' }, 'SESSION.INVALID', 'endsAt', /after startsAt/],
    ['an enrol-by after the start', { startsAt: '2026-03-02T09:00:00Z', endsAt: '2026-03-02T17:00:00Z', enrolBy: '2026-03-03T00:00:00Z' }, 'SESSION.INVALID', 'enrolBy', /not be after/],
    ['an unknown time zone', { startsAt: '2026-03-02T09:00:00Z', endsAt: '2026-03-02T17:00:00Z', timeZone: 'Europe/Atlantis' }, 'SESSION.INVALID', 'timeZone', /IANA/],
    ['a zero capacity', { startsAt: '2026-03-02T09:00:00Z', endsAt: '2026-03-02T17:00:00Z', capacity: 0 }, 'VALIDATION.FAILED', 'capacity', /1/],
    ['a javascript: meeting link', { startsAt: '2026-03-02T09:00:00Z', endsAt: '2026-03-02T17:00:00Z', meetingUrl: 'javascript:alert(1)' }, 'VALIDATION.FAILED', 'meetingUrl', /http/],
  ])('refuses %s, naming the field', async (_, body, code, path, message) => {
    const res = await createSession(body).expect(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.stringMatching(message) })]));
  });

  it('reschedules, and refuses a capacity below the seats taken', async () => {
    const session = await createSession({ startsAt: '2026-04-01T09:00:00+02:00', endsAt: '2026-04-01T17:00:00+02:00', capacity: 5 }).expect(201);
    const id = session.body.id;
    for (const ext of ['S-1', 'S-2', 'S-3']) {
      await t.http().post(`/v1/sessions/${id}/enrollments`).set(...bearer(acme.key)).send({ learnerId: await learner(ext) }).expect(201);
    }

    const moved = await t.http()
      .patch(`/v1/sessions/${id}`)
      .set(...bearer(acme.keys.planner))
      .send({ startsAt: '2026-04-08T09:00:00+02:00', endsAt: '2026-04-08T17:00:00+02:00', location: 'Paris, room 1', capacity: 3 })
      .expect(200);
    expect(moved.body).toMatchObject({ startsAt: '2026-04-08T09:00:00.000+02:00', endsAt: '2026-04-08T17:00:00.000+02:00', location: 'Paris, room 1', capacity: 3, seatsTaken: 3, seatsLeft: 0 });

    const below = await t.http().patch(`/v1/sessions/${id}`).set(...bearer(acme.key)).send({ capacity: 2 }).expect(409);
    expect(below.body.error).toMatchObject({ code: 'SESSION.CAPACITY_BELOW_SEATS', details: [{ path: 'capacity', message: expect.stringMatching(/at least 3/) }] });

    const inverted = await t.http().patch(`/v1/sessions/${id}`).set(...bearer(acme.key)).send({ endsAt: '2026-04-07T17:00:00+02:00' }).expect(400);
    expect(inverted.body.error.details).toEqual([{ path: 'endsAt', message: 'must be after startsAt' }]);
    const local = await t.http().patch(`/v1/sessions/${id}`).set(...bearer(acme.key)).send({ startsAt: '2026-04-08 09:00' }).expect(400);
    expect(local.body.error.details[0].path).toBe('startsAt');

    const after = await t.http().get(`/v1/sessions/${id}`).set(...bearer(acme.key)).expect(200);
    expect(after.body).toMatchObject({ startsAt: '2026-04-08T09:00:00.000+02:00', capacity: 3 });
  });

  it('cancels, then refuses to reschedule or enrol, and cancelling again changes nothing', async () => {
    const session = await createSession({ startsAt: '2026-05-04T09:00:00+02:00', endsAt: '2026-05-04T12:00:00+02:00' }).expect(201);
    const id = session.body.id;
    const enrolled = await learner('C-1');
    await t.http().post(`/v1/sessions/${id}/enrollments`).set(...bearer(acme.key)).send({ learnerId: enrolled }).expect(201);
    await t.http().post(`/v1/sessions/${id}/enrollments`).set(...bearer(acme.key)).send({ learnerId: await learner('C-3'), status: 'invited' }).expect(201);

    const mixed = await t.http().patch(`/v1/sessions/${id}`).set(...bearer(acme.key)).send({ status: 'cancelled', capacity: 4 }).expect(400);
    expect(mixed.body.error.details).toEqual([{ path: 'capacity', message: expect.stringMatching(/reschedule and cancel separately/) }]);

    const cancelled = await t.http()
      .patch(`/v1/sessions/${id}`)
      .set(...bearer(acme.keys.planner))
      .send({ status: 'cancelled', cancellationReason: 'Trainer unavailable' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Trainer unavailable', cancelledAt: expect.any(String), startsAt: '2026-05-04T09:00:00.000+02:00' });
    // The enrolments stay as they were: the session still counts who was enrolled and who was invited.
    expect(cancelled.body).toMatchObject({ seatsTaken: 1, invited: 1 });
    const listed = await t.http().get(`/v1/courses/${courseId}/sessions`).set(...bearer(acme.key)).expect(200);
    expect(listed.body.items.find((s: { id: string }) => s.id === id)).toMatchObject({ seatsTaken: 1, invited: 1 });

    const move = await t.http().patch(`/v1/sessions/${id}`).set(...bearer(acme.key)).send({ startsAt: '2026-05-11T09:00:00+02:00', endsAt: '2026-05-11T12:00:00+02:00' }).expect(409);
    expect(move.body.error.code).toBe('SESSION.CANCELLED');
    const reopen = await t.http().patch(`/v1/sessions/${id}`).set(...bearer(acme.key)).send({ status: 'scheduled' }).expect(400);
    expect(reopen.body.error.details[0].path).toBe('status');

    const newcomer = await learner('C-2');
    const enrol = await t.http().post(`/v1/sessions/${id}/enrollments`).set(...bearer(acme.key)).send({ learnerId: newcomer }).expect(409);
    expect(enrol.body.error.code).toBe('SESSION.CANCELLED');
    const invite = await t.http().post(`/v1/sessions/${id}/enrollments`).set(...bearer(acme.key)).send({ learnerId: newcomer, status: 'invited' }).expect(409);
    expect(invite.body.error.code).toBe('SESSION.CANCELLED');
    // Those already enrolled can still be marked as dropped.
    await t.http().post(`/v1/sessions/${id}/enrollments`).set(...bearer(acme.key)).send({ learnerId: enrolled, status: 'dropped' }).expect(200);

    const again = await t.http().post(`/v1/sessions/${id}/cancel`).set(...bearer(acme.keys.planner)).send({}).expect(200);
    expect(again.body).toMatchObject({ status: 'cancelled', cancelledAt: cancelled.body.cancelledAt, cancellationReason: 'Trainer unavailable' });
  });

  it('cancels through POST /v1/sessions/:id/cancel', async () => {
    const session = await createSession({ startsAt: '2026-06-01T09:00:00+02:00', endsAt: '2026-06-01T12:00:00+02:00' }).expect(201);
    const res = await t.http().post(`/v1/sessions/${session.body.id}/cancel`).set(...bearer(acme.key)).send({ cancellationReason: 'Venue closed' }).expect(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Venue closed' });
  });

  it("lists a course's sessions soonest first, with status filter and pagination", async () => {
    const course = await t.http().post('/v1/courses').set(...bearer(acme.key)).send({ title: 'Time management', modality: 'virtual_classroom' }).expect(201);
    const id = course.body.id;
    const starts = ['2026-09-15T09:00:00Z', '2026-09-01T09:00:00Z', '2026-09-08T09:00:00Z'];
    const created = [];
    for (const startsAt of starts) {
      const endsAt = new Date(Date.parse(startsAt) + 3600_000).toISOString();
      created.push((await t.http().post(`/v1/courses/${id}/sessions`).set(...bearer(acme.key)).send({ startsAt, endsAt, timeZone: 'UTC' }).expect(201)).body);
    }
    await t.http().post(`/v1/sessions/${created[0].id}/cancel`).set(...bearer(acme.key)).send({}).expect(200);

    const page1 = await t.http().get(`/v1/courses/${id}/sessions?limit=2`).set(...bearer(acme.keys.viewer)).expect(200);
    expect(page1.body.items.map((s: { startsAt: string }) => s.startsAt)).toEqual(['2026-09-01T09:00:00.000Z', '2026-09-08T09:00:00.000Z']);
    const page2 = await t.http().get(`/v1/courses/${id}/sessions?limit=2&cursor=${page1.body.nextCursor}`).set(...bearer(acme.keys.viewer)).expect(200);
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: created[0].id, status: 'cancelled' })], nextCursor: null });
    const scheduled = await t.http().get(`/v1/courses/${id}/sessions?status=scheduled`).set(...bearer(acme.key)).expect(200);
    expect(scheduled.body.items).toHaveLength(2);
  });

  it('keeps sessions inside their workspace and their writes to admins and planners', async () => {
    const session = await createSession({ startsAt: '2026-10-01T09:00:00Z', endsAt: '2026-10-01T10:00:00Z' }).expect(201);
    const id = session.body.id;
    await t.http().get(`/v1/sessions/${id}`).set(...bearer(globex.key)).expect(404);
    await t.http().patch(`/v1/sessions/${id}`).set(...bearer(globex.key)).send({ capacity: 3 }).expect(404);
    await t.http().post(`/v1/sessions/${id}/cancel`).set(...bearer(globex.key)).send({}).expect(404);
    await t.http().get(`/v1/courses/${courseId}/sessions`).set(...bearer(globex.key)).expect(404);
    await t.http().post(`/v1/courses/${courseId}/sessions`).set(...bearer(globex.key)).send({ startsAt: '2026-10-01T09:00:00Z', endsAt: '2026-10-01T10:00:00Z' }).expect(404);

    await createSession({ startsAt: '2026-10-01T09:00:00Z', endsAt: '2026-10-01T10:00:00Z' }, acme.keys.viewer).expect(403);
    await t.http().patch(`/v1/sessions/${id}`).set(...bearer(acme.keys.editor)).send({ capacity: 3 }).expect(403);
    await t.http().post(`/v1/sessions/${id}/cancel`).set(...bearer(acme.keys.viewer)).send({}).expect(403);
    const still = await t.http().get(`/v1/sessions/${id}`).set(...bearer(acme.key)).expect(200);
    expect(still.body).toMatchObject({ status: 'scheduled', capacity: null });
  });

  it('refuses to delete a course with enrolments unless forced, then removes its sessions', async () => {
    const course = await t.http().post('/v1/courses').set(...bearer(acme.key)).send({ title: 'Fire warden', modality: 'in_person' }).expect(201);
    const session = await t.http().post(`/v1/courses/${course.body.id}/sessions`).set(...bearer(acme.key)).send({ startsAt: '2026-11-02T09:00:00Z', endsAt: '2026-11-02T10:00:00Z' }).expect(201);
    await t.http().post(`/v1/sessions/${session.body.id}/enrollments`).set(...bearer(acme.key)).send({ learnerId: await learner('F-1') }).expect(201);

    const refused = await t.http().delete(`/v1/courses/${course.body.id}`).set(...bearer(acme.key)).expect(409);
    expect(refused.body.error.code).toBe('COURSE.HAS_ENROLLMENTS');
    await t.http().delete(`/v1/courses/${course.body.id}?force=true`).set(...bearer(acme.key)).expect(204);
    await t.http().get(`/v1/sessions/${session.body.id}`).set(...bearer(acme.key)).expect(404);
  });

  it('documents the endpoints in OpenAPI', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/v1/courses', '/v1/courses/{id}', '/v1/courses/{id}/sessions', '/v1/sessions/{id}', '/v1/sessions/{id}/cancel', '/v1/sessions/{id}/enrollments', '/v1/enrollments/{id}', '/v1/enrollments/import']),
    );
    expect(res.body.components.schemas.CreateCourseDto.properties.modality.enum).toContain('serious_game');
    expect(res.body.components.schemas.CreateSessionDto.required).toEqual(expect.arrayContaining(['startsAt', 'endsAt']));
  });
});
