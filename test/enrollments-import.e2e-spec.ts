import { bearer, TestApp, type TestWorkspace } from './support/test-app';

describe('CSV import of enrolments', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  let courseId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    const course = await t.http().post('/v1/courses').set(...bearer(acme.key)).send({ title: 'Cyber hygiene', modality: 'e_learning' }).expect(201);
    courseId = course.body.id;
  });
  afterAll(() => t.close());

  async function learners(count: number, ws: TestWorkspace = acme): Promise<{ id: string; externalId: string; email: string }[]> {
    const made = [];
    for (let i = 0; i < count; i++) {
      seq++;
      const [row] = await t.dataSource.query(`INSERT INTO learners (workspace_id, external_id, email) VALUES ($1, $2, $3) RETURNING id, external_id, email`, [
        ws.id,
        `H-${seq}`,
        `hr${seq}@${ws.slug}.example`,
      ]);
      made.push({ id: row.id, externalId: row.external_id, email: row.email });
    }
    return made;
  }

  async function session(ws: TestWorkspace = acme, extra: object = {}): Promise<string> {
    let course = courseId;
    if (ws !== acme) {
      course = (await t.http().post('/v1/courses').set(...bearer(ws.key)).send({ title: 'Other', modality: 'mooc' }).expect(201)).body.id;
    }
    const res = await t.http()
      .post(`/v1/courses/${course}/sessions`)
      .set(...bearer(ws.key))
      .send({ startsAt: '2026-03-02T09:00:00+01:00', endsAt: '2026-03-02T17:00:00+01:00', ...extra })
      .expect(201);
    return res.body.id;
  }

  const upload = (csv: string, key = acme.keys.planner) => t.http().post('/v1/enrollments/import').set(...bearer(key)).set('Content-Type', 'text/csv').send(csv);

  async function statuses(sessionId: string): Promise<Record<string, string>> {
    const rows: { external_id: string; status: string }[] = await t.dataSource.query(
      `SELECT l.external_id, e.status FROM enrollments e JOIN learners l ON l.id = e.learner_id WHERE e.session_id = $1`,
      [sessionId],
    );
    return Object.fromEntries(rows.map((r) => [r.external_id, r.status]));
  }

  it('applies the good rows, reports the bad ones by row and field, and is idempotent on re-import', async () => {
    const s1 = await session();
    const s2 = await session();
    const foreignSession = await session(globex);
    const [a, b, c, d] = await learners(4);
    const [outsider] = await learners(1, globex);
    const csv = [
      'session_id,external_id,email,status,occurred_at',
      `${s1},${a.externalId},,enrolled,2026-02-01T10:00:00+01:00`, // 2 created
      `${s1},,${b.email.toUpperCase()},completed,2026-03-02T17:00:00+01:00`, // 3 created, by email
      `${s2},${c.externalId},,,`, // 4 created: enrolled by default
      `${s1},NOPE-404,,enrolled,`, // 5 unknown learner
      `00000000-0000-4000-8000-000000000000,${d.externalId},,enrolled,`, // 6 unknown session
      `${foreignSession},${d.externalId},,enrolled,`, // 7 session of another workspace
      `${s1},${d.externalId},,Graduated,`, // 8 bad status (quoted as written)
      `${s1},${d.externalId},,enrolled,2026-02-01 10:00`, // 9 local time
      `${s1},${outsider.externalId},,enrolled,`, // 10 learner of another workspace
      `not-a-uuid,${d.externalId},,enrolled,`, // 11 malformed session id
      `${s1},${a.externalId},,started,2026-03-02T09:10:00+01:00`, // 12 updated: the same learner moves on
      `${s1},,Jean.Dupont@,enrolled,`, // 13 malformed email
      `${s1},,Nobody@Example.COM,enrolled,`, // 14 unknown email
    ].join('\n');

    const res = await upload(csv).expect(200);
    expect(res.body).toEqual({
      created: 3,
      updated: 1,
      unchanged: 0,
      failed: 9,
      // Each error quotes the cell at fault as written (value), like the learners import.
      errors: [
        { row: 5, field: 'external_id', message: 'no learner of this workspace has external_id "NOPE-404"', code: 'ROW.UNKNOWN_LEARNER', value: 'NOPE-404' },
        { row: 6, field: 'session_id', message: expect.stringContaining('no session of this workspace'), code: 'ROW.UNKNOWN_SESSION', value: '00000000-0000-4000-8000-000000000000' },
        { row: 7, field: 'session_id', message: expect.stringContaining(foreignSession), code: 'ROW.UNKNOWN_SESSION', value: foreignSession },
        { row: 8, field: 'status', message: expect.stringContaining('"Graduated" is not one of'), code: 'FIELD.NOT_ALLOWED', value: 'Graduated' },
        { row: 9, field: 'occurred_at', message: expect.stringContaining('offset'), code: 'FIELD.INVALID_DATE', value: '2026-02-01 10:00' },
        { row: 10, field: 'external_id', message: expect.stringContaining(outsider.externalId), code: 'ROW.UNKNOWN_LEARNER', value: outsider.externalId },
        { row: 11, field: 'session_id', message: expect.stringContaining('not a session id'), code: 'FIELD.INVALID_UUID', value: 'not-a-uuid' },
        { row: 13, field: 'email', message: '"Jean.Dupont@" is not an email address', code: 'FIELD.INVALID_EMAIL', value: 'Jean.Dupont@' },
        { row: 14, field: 'email', message: 'no learner of this workspace has email "Nobody@Example.COM"', code: 'ROW.UNKNOWN_LEARNER', value: 'Nobody@Example.COM' },
      ],
      encoding: { used: 'utf-8', declared: null, detected: null, note: null },
    });
    expect(await statuses(s1)).toEqual({ [a.externalId]: 'started', [b.externalId]: 'completed' });
    expect(await statuses(s2)).toEqual({ [c.externalId]: 'enrolled' });
    expect(await statuses(foreignSession)).toEqual({});

    const [stamped] = await t.dataSource.query(
      `SELECT source, enrolled_at, started_at FROM enrollments WHERE session_id = $1 AND learner_id = $2`,
      [s1, a.id],
    );
    expect(stamped).toEqual({ source: 'csv', enrolled_at: new Date('2026-02-01T09:00:00Z'), started_at: new Date('2026-03-02T08:10:00Z') });
    const [jumped] = await t.dataSource.query(`SELECT enrolled_at, started_at, completed_at FROM enrollments WHERE learner_id = $1`, [b.id]);
    expect(jumped).toEqual({ enrolled_at: new Date('2026-03-02T16:00:00Z'), started_at: new Date('2026-03-02T16:00:00Z'), completed_at: new Date('2026-03-02T16:00:00Z') });

    const before = await t.dataSource.query(`SELECT id, status, updated_at FROM enrollments WHERE session_id = ANY($1) ORDER BY id`, [[s1, s2]]);
    // Row 2 (enrolled) now meets an enrolment already started: old news, not a step back.
    const again = await upload(csv).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 4, failed: 9 });
    const after = await t.dataSource.query(`SELECT id, status, updated_at FROM enrollments WHERE session_id = ANY($1) ORDER BY id`, [[s1, s2]]);
    expect(after).toEqual(before);
  });

  it('refuses a drop after completion, fills seats in file order and skips cancelled sessions', async () => {
    const small = await session(acme, { capacity: 2 });
    const cancelled = await session();
    const [a, b, c, d, e] = await learners(5);
    await t.http().post(`/v1/sessions/${small}/enrollments`).set(...bearer(acme.key)).send({ learnerId: a.id, status: 'completed' }).expect(201);
    await t.http().post(`/v1/sessions/${cancelled}/enrollments`).set(...bearer(acme.key)).send({ learnerId: e.id }).expect(201);
    await t.http().post(`/v1/sessions/${cancelled}/cancel`).set(...bearer(acme.key)).send({}).expect(200);

    const res = await upload(
      [
        'session_id;external_id;status',
        `${small};${a.externalId};dropped`, // 2 completed → dropped refused
        `${small};${b.externalId};enrolled`, // 3 takes the last seat
        `${small};${c.externalId};enrolled`, // 4 full
        `${small};${d.externalId};invited`, // 5 an invitation needs no seat
        `${small};${b.externalId};dropped`, // 6 frees the seat
        `${small};${c.externalId};enrolled`, // 7 now fits
        `${cancelled};${d.externalId};enrolled`, // 8 cancelled session
        `${cancelled};${e.externalId};dropped`, // 9 dropping out of a cancelled session is fine
      ].join('\r\n'),
    ).expect(200);
    expect(res.body).toMatchObject({ created: 3, updated: 2, unchanged: 0, failed: 3 });
    expect(res.body.errors).toEqual([
      { row: 2, field: 'status', message: 'cannot move from completed to dropped: a completed enrolment is final', code: 'ROW.STATUS_BACKWARDS', value: 'dropped' },
      { row: 4, field: 'session_id', message: 'the session is full: all 2 seats are taken', code: 'ROW.SESSION_FULL', value: small },
      { row: 8, field: 'session_id', message: 'the session is cancelled: it takes no enrolments', code: 'ROW.SESSION_CANCELLED', value: cancelled },
    ]);
    expect(await statuses(small)).toEqual({ [a.externalId]: 'completed', [b.externalId]: 'dropped', [c.externalId]: 'enrolled', [d.externalId]: 'invited' });
    expect(await statuses(cancelled)).toEqual({ [e.externalId]: 'dropped' });
  });

  it('accepts a multipart upload and names missing columns', async () => {
    const s = await session();
    const [a] = await learners(1);
    const res = await t.http()
      .post('/v1/enrollments/import')
      .set(...bearer(acme.key))
      .attach('file', Buffer.from(`\uFEFFSession ID,Email\n${s},${a.email}\n`), { filename: 'enrolments.csv', contentType: 'text/csv' })
      .expect(200);
    expect(res.body).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 0, errors: [], encoding: { used: 'utf-8', declared: null, detected: null, note: null } });

    const missing = await upload('learner,status\nH-1,enrolled\n').expect(400);
    expect(missing.body.error.code).toBe('IMPORT.MISSING_COLUMN');
    expect(missing.body.error.details.map((d: { path: string }) => d.path)).toEqual(['session_id', 'external_id']);
    const json = await t.http().post('/v1/enrollments/import').set(...bearer(acme.key)).send({ rows: [] }).expect(400);
    expect(json.body.error.code).toBe('IMPORT.UNSUPPORTED_MEDIA_TYPE');
  });

  it('imports a few thousand rows in one go', async () => {
    const s = await session();
    const ids: string[] = (
      await t.dataSource.query(
        `INSERT INTO learners (workspace_id, external_id, email)
         SELECT $1, 'BULK-' || n, 'bulk' || n || '@acme.example' FROM generate_series(1, 3000) n RETURNING external_id`,
        [acme.id],
      )
    ).map((r: { external_id: string }) => r.external_id);
    const csv = ['session_id,external_id,status', ...ids.map((id, i) => `${s},${id},${i % 3 === 0 ? 'completed' : 'enrolled'}`)].join('\n');
    const res = await upload(csv).expect(200);
    expect(res.body).toEqual({ created: 3000, updated: 0, unchanged: 0, failed: 0, errors: [], encoding: { used: 'utf-8', declared: null, detected: null, note: null } });
    const [{ completed }] = await t.dataSource.query(`SELECT count(*) FILTER (WHERE status = 'completed')::int AS completed FROM enrollments WHERE session_id = $1`, [s]);
    expect(completed).toBe(1000);
    const view = await t.http().get(`/v1/sessions/${s}`).set(...bearer(acme.key)).expect(200);
    expect(view.body.seatsTaken).toBe(3000);
  });

  it('counts every failure but lists only the first 1000, in row order', async () => {
    const s = await session();
    // The first 100 rows fail while parsing (bad status), the 1100 others in the database (unknown learner).
    const rows = Array.from({ length: 1200 }, (_, i) => `${s},GHOST-${i},${i < 100 ? 'maybe' : 'enrolled'}`);
    const res = await upload(['session_id,external_id,status', ...rows].join('\n')).expect(200);
    expect(res.body).toMatchObject({ created: 0, updated: 0, unchanged: 0, failed: 1200 });
    expect(res.body.errors).toHaveLength(1000);
    expect(res.body.errors.map((e: { row: number }) => e.row)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2));
    expect(res.body.errors[99]).toMatchObject({ row: 101, field: 'status' });
    expect(res.body.errors[100]).toMatchObject({ row: 102, field: 'external_id', message: 'no learner of this workspace has external_id "GHOST-100"' });
  });

  it('is for admins and planners only, and never writes into another workspace', async () => {
    const s = await session();
    const [a] = await learners(1);
    const csv = `session_id,external_id\n${s},${a.externalId}\n`;
    for (const key of [acme.keys.viewer, acme.keys.editor]) await upload(csv, key).expect(403);
    const foreign = await upload(csv, globex.key).expect(200);
    expect(foreign.body).toMatchObject({ created: 0, failed: 1, errors: [{ row: 2, field: 'session_id' }] });
    expect(await statuses(s)).toEqual({});
  });

  it("imports into one session from its own endpoint: no session_id needed, another session's rows refused, a preview first", async () => {
    const s = await session();
    const other = await session();
    const [a, b, c] = await learners(3);
    const csv = `E-mail;Statut;status;session_id\n${a.email};x;started;\n${b.email};x;;${s.toUpperCase()}\n${c.email};x;enrolled;${other}\n`;

    const preview = await t.http().post(`/v1/sessions/${s}/enrollments/import/preview`).set(...bearer(acme.keys.planner)).set('Content-Type', 'text/csv').send(csv).expect(200);
    expect(preview.body).toMatchObject({
      delimiter: ';',
      missing: [{ path: 'external_id' }],
      columns: [
        { header: 'E-mail', field: null, ignored: 'unknown' },
        { header: 'Statut', field: null, ignored: 'unknown' },
        { header: 'status', field: 'status', ignored: null },
        { header: 'session_id', field: 'session_id', ignored: null },
      ],
      rows: [{ row: 2, cells: [a.email, 'x', 'started', ''] }, { row: 3 }, { row: 4 }],
    });
    expect(await statuses(s)).toEqual({});

    const fixed = csv.replace('E-mail', 'email');
    const ok = await t.http().post(`/v1/sessions/${s}/enrollments/import/preview`).set(...bearer(acme.keys.planner)).set('Content-Type', 'text/csv').send(fixed).expect(200);
    expect(ok.body.missing).toEqual([]);
    const res = await t.http().post(`/v1/sessions/${s}/enrollments/import`).set(...bearer(acme.keys.planner)).set('Content-Type', 'text/csv').send(fixed).expect(200);
    expect(res.body).toMatchObject({ created: 2, failed: 1, errors: [{ row: 4, field: 'session_id', code: 'ROW.OTHER_SESSION', value: other }] });
    expect(await statuses(s)).toEqual({ [a.externalId]: 'started', [b.externalId]: 'enrolled' });
    expect(await statuses(other)).toEqual({});

    // Another workspace's session, or none: 404, nothing written.
    for (const path of [`/v1/sessions/${s}/enrollments/import`, `/v1/sessions/${s}/enrollments/import/preview`]) {
      const foreign = await t.http().post(path).set(...bearer(globex.key)).set('Content-Type', 'text/csv').send(`email\n${a.email}\n`).expect(404);
      expect(foreign.body.error.code).toBe('SESSION.NOT_FOUND');
    }
    await t.http().post(`/v1/sessions/${s}/enrollments/import`).set(...bearer(acme.keys.viewer)).set('Content-Type', 'text/csv').send(fixed).expect(403);
  });
});
