import { LEARNER_SEARCH_EXPRESSION } from '../src/modules/learners/learners.repository';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

interface LearnerBody {
  id: string;
  externalId: string;
  email: string;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

describe('Learners API', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;

  const create = (ws: TestWorkspace, body: Record<string, unknown>, key = ws.key) => t.http().post('/v1/learners').set(...bearer(key)).send(body);
  const insertPersona = async (ws: TestWorkspace, name: string): Promise<string> => {
    const rows: Array<{ id: string }> = await t.dataSource.query(`INSERT INTO personas (workspace_id, name) VALUES ($1, $2) RETURNING id`, [ws.id, name]);
    return rows[0].id;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    // A French-speaking workspace: learners without locale or zone take these.
    await t.dataSource.query(`UPDATE workspaces SET default_locale = 'fr-FR', time_zone = 'Europe/Paris' WHERE id = $1`, [acme.id]);
    await t.dataSource.query(`UPDATE workspaces SET default_locale = 'en-US', time_zone = 'America/New_York' WHERE id = $1`, [globex.id]);
  });
  afterAll(() => t.close());

  describe('POST /v1/learners (upsert by externalId)', () => {
    it('creates a learner with normalised values and workspace defaults, answering 201', async () => {
      const res = await create(acme, {
        externalId: ' E-001 ',
        email: '  Jeanne.DUPONT@Acme.fr ',
        firstName: 'Jeanne',
        lastName: 'Dupont',
        department: 'Sales',
        country: 'fr',
        hireDate: '2021-03-15',
        attributes: { grade: 'B2', seniority: 4, remote: true, badge: null },
      }).expect(201);
      expect(res.body).toMatchObject({
        externalId: 'E-001',
        email: 'jeanne.dupont@acme.fr',
        locale: 'fr-FR',
        timeZone: 'Europe/Paris',
        country: 'FR',
        hireDate: '2021-03-15',
        attributes: { grade: 'B2', seniority: 4, remote: true, badge: null },
        consentEmail: true,
        consentNetwork: true,
        personaId: null,
        jobTitle: null,
      });
      const fetched = await t.http().get(`/v1/learners/${res.body.id}`).set(...bearer(acme.keys.viewer)).expect(200);
      expect(fetched.body).toEqual(res.body);
    });

    it('canonicalises locale and time zone, and uses the other workspace’s defaults there', async () => {
      const res = await create(acme, { externalId: 'E-002', email: 'marc@acme.fr', locale: 'en_gb', timeZone: 'america/new_york' }).expect(201);
      expect(res.body).toMatchObject({ locale: 'en-GB', timeZone: 'America/New_York' });
      const other = await create(globex, { externalId: 'E-002', email: 'marc@acme.fr' }).expect(201);
      expect(other.body).toMatchObject({ locale: 'en-US', timeZone: 'America/New_York' });
      expect(other.body.id).not.toBe(res.body.id);
    });

    it('updates the learner with the same externalId, answering 200, and touches only the fields sent', async () => {
      const first = await create(acme, { externalId: 'E-003', email: 'paul@acme.fr', department: 'Finance', site: 'Lyon', locale: 'fr-BE' }).expect(201);
      const second = await create(acme, { externalId: 'E-003', email: 'Paul.Martin@acme.fr', department: 'Legal' }).expect(200);
      expect(second.body).toMatchObject({ id: first.body.id, email: 'paul.martin@acme.fr', department: 'Legal', site: 'Lyon', locale: 'fr-BE' });
      expect(new Date(second.body.updatedAt).getTime()).toBeGreaterThan(new Date(first.body.updatedAt).getTime());
    });

    it('answers 200 without touching updatedAt when nothing changes', async () => {
      const first = await create(acme, { externalId: 'E-004', email: 'lea@acme.fr', site: 'Nantes' }).expect(201);
      const again = await create(acme, { externalId: 'E-004', email: 'LEA@acme.fr', site: 'Nantes' }).expect(200);
      expect(again.body.updatedAt).toBe(first.body.updatedAt);
    });

    it('answers 409 LEARNER.EMAIL_TAKEN when another learner holds the email, and writes nothing', async () => {
      await create(acme, { externalId: 'E-005', email: 'taken@acme.fr' }).expect(201);
      const res = await create(acme, { externalId: 'E-006', email: 'Taken@Acme.fr' }).expect(409);
      expect(res.body.error).toMatchObject({ code: 'LEARNER.EMAIL_TAKEN', details: [{ path: 'email', message: expect.any(String) }] });
      const list = await t.http().get('/v1/learners?q=E-006').set(...bearer(acme.key)).expect(200);
      expect(list.body.items).toEqual([]);
      // The same email in another workspace is fine.
      await create(globex, { externalId: 'E-006', email: 'taken@acme.fr' }).expect(201);
    });

    it.each([
      ['a bad email', { email: 'jeanne.dupont@' }, 'email'],
      ['a bad time zone', { timeZone: 'Europe/Lyon' }, 'timeZone'],
      ['a bad locale', { locale: 'fr--FR' }, 'locale'],
      ['a country that is none', { country: 'Atlantide' }, 'country'],
      ['an impossible hire date', { hireDate: '2023-02-30' }, 'hireDate'],
      ['an unknown field', { favouriteColour: 'blue' }, 'favouriteColour'],
      ['nested attributes', { attributes: { manager: { id: 'E-1' } } }, 'attributes.manager'],
      ['attributes that are not an object', { attributes: 'grade=B2' }, 'attributes'],
      ['a consent that is not a boolean', { consentEmail: 'yes' }, 'consentEmail'],
      ['a missing externalId', { externalId: undefined }, 'externalId'],
      // Names and the email end up in mail headers: a line break there would fail every send.
      ['a first name with a line break', { firstName: 'Jeanne\r\nBcc: all@acme.fr' }, 'firstName'],
      ['a last name with a control character', { lastName: 'Du\u0000pont' }, 'lastName'],
      ['an email with a quoted line break', { email: '"jeanne\nbcc"@acme.fr' }, 'email'],
    ])('answers 400 naming the field for %s', async (_name, patch, path) => {
      const res = await create(acme, { externalId: 'E-BAD', email: 'bad@acme.fr', ...patch }).expect(400);
      expect(res.body.error.code).toBe('VALIDATION.FAILED');
      expect(res.body.error.details).toEqual(expect.arrayContaining([{ path, message: expect.any(String), code: expect.stringMatching(/^FIELD\./) }]));
    });

    it('reports several bad fields at once', async () => {
      const res = await create(acme, { externalId: 'E-BAD', email: 'nope', timeZone: 'Mars/Olympus', country: 'ZZ' }).expect(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['country', 'email', 'timeZone']);
      const list = await t.http().get('/v1/learners?q=E-BAD').set(...bearer(acme.key)).expect(200);
      expect(list.body.items).toEqual([]);
    });

    it('accepts a persona of the workspace and answers 422 naming personaId for one of another workspace', async () => {
      const mine = await insertPersona(acme, 'Explorer');
      const theirs = await insertPersona(globex, 'Explorer');
      const ok = await create(acme, { externalId: 'E-007', email: 'p7@acme.fr', personaId: mine }).expect(201);
      expect(ok.body.personaId).toBe(mine);
      const res = await create(acme, { externalId: 'E-008', email: 'p8@acme.fr', personaId: theirs }).expect(422);
      expect(res.body.error).toMatchObject({ code: 'LEARNER.UNKNOWN_PERSONA', details: [{ path: 'personaId' }] });
    });

    it('lets planners write and refuses editors and viewers with 403', async () => {
      await create(acme, { externalId: 'E-009', email: 'p9@acme.fr' }, acme.keys.planner).expect(201);
      for (const key of [acme.keys.editor, acme.keys.viewer]) {
        const res = await create(acme, { externalId: 'E-010', email: 'p10@acme.fr' }, key).expect(403);
        expect(res.body.error.code).toBe('AUTH.ROLE_FORBIDDEN');
      }
    });
  });

  it('documents the endpoints in OpenAPI, the import with both content types', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths['/v1/learners'])).toEqual(expect.arrayContaining(['post', 'get']));
    expect(Object.keys(doc.paths['/v1/learners/{id}'])).toEqual(expect.arrayContaining(['get', 'patch', 'delete']));
    expect(Object.keys(doc.paths['/v1/learners/import'].post.requestBody.content)).toEqual(['text/csv', 'multipart/form-data']);
    expect(doc.components.schemas.CreateLearnerDto.properties.timeZone.example).toBe('Europe/Paris');
    expect(doc.components.schemas.ImportResultDto.required).toEqual(
      expect.arrayContaining(['created', 'updated', 'unchanged', 'failed', 'errors', 'errorsTruncated']),
    );
  });

  describe('GET/PATCH/DELETE /v1/learners/:id', () => {
    let learner: LearnerBody;
    beforeAll(async () => {
      learner = (await create(acme, { externalId: 'E-100', email: 'anne@acme.fr', department: 'HR', attributes: { grade: 'A1' } }).expect(201)).body;
    });

    it('patches only the fields sent, with the same validation as creation', async () => {
      const res = await t
        .http()
        .patch(`/v1/learners/${learner.id}`)
        .set(...bearer(acme.keys.planner))
        .send({ jobTitle: 'HR partner', country: 'be', attributes: { grade: 'A2', remote: false } })
        .expect(200);
      expect(res.body).toMatchObject({ email: 'anne@acme.fr', department: 'HR', jobTitle: 'HR partner', country: 'BE', attributes: { grade: 'A2', remote: false } });

      const bad = await t.http().patch(`/v1/learners/${learner.id}`).set(...bearer(acme.key)).send({ timeZone: 'Paris', email: null }).expect(400);
      expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'timeZone']);

      const broken = await t.http().patch(`/v1/learners/${learner.id}`).set(...bearer(acme.key)).send({ firstName: 'Anne', lastName: 'Martin\nX-Evil: 1' }).expect(400);
      expect(broken.body.error.details).toEqual([{ path: 'lastName', message: expect.stringMatching(/line breaks/), code: 'FIELD.CONTROL_CHARACTERS' }]);
      const [row] = await t.dataSource.query(`SELECT first_name, last_name FROM learners WHERE id = $1`, [learner.id]);
      expect(row).toEqual({ first_name: null, last_name: null });
    });

    it('clears an optional field with null', async () => {
      const res = await t.http().patch(`/v1/learners/${learner.id}`).set(...bearer(acme.key)).send({ jobTitle: null }).expect(200);
      expect(res.body.jobTitle).toBeNull();
    });

    it('answers 409 when a patch takes another learner’s email or externalId', async () => {
      const email = await t.http().patch(`/v1/learners/${learner.id}`).set(...bearer(acme.key)).send({ email: 'taken@acme.fr' }).expect(409);
      expect(email.body.error.code).toBe('LEARNER.EMAIL_TAKEN');
      const external = await t.http().patch(`/v1/learners/${learner.id}`).set(...bearer(acme.key)).send({ externalId: 'E-005' }).expect(409);
      expect(external.body.error.code).toBe('LEARNER.EXTERNAL_ID_TAKEN');
    });

    it('answers 404 when another workspace reads, patches or deletes the learner, and changes nothing', async () => {
      const get = await t.http().get(`/v1/learners/${learner.id}`).set(...bearer(globex.key)).expect(404);
      expect(get.body.error.code).toBe('LEARNER.NOT_FOUND');
      await t.http().patch(`/v1/learners/${learner.id}`).set(...bearer(globex.key)).send({ department: 'Hacked' }).expect(404);
      await t.http().delete(`/v1/learners/${learner.id}`).set(...bearer(globex.key)).expect(404);
      const still = await t.http().get(`/v1/learners/${learner.id}`).set(...bearer(acme.key)).expect(200);
      expect(still.body.department).toBe('HR');
    });

    it('answers 400 naming id for a malformed id', async () => {
      const res = await t.http().get('/v1/learners/42').set(...bearer(acme.key)).expect(400);
      expect(res.body.error.details).toEqual([{ path: 'id', message: 'must be a UUID' }]);
    });

    it('refuses patches and deletes from editors and viewers', async () => {
      for (const key of [acme.keys.editor, acme.keys.viewer]) {
        await t.http().patch(`/v1/learners/${learner.id}`).set(...bearer(key)).send({ site: 'Paris' }).expect(403);
        await t.http().delete(`/v1/learners/${learner.id}`).set(...bearer(key)).expect(403);
      }
    });

    it('erases the learner with its enrolments and static segment memberships', async () => {
      const gone = (await create(acme, { externalId: 'E-200', email: 'gone@acme.fr' }).expect(201)).body as LearnerBody;
      const [course] = await t.dataSource.query(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Excel', 'e_learning') RETURNING id`, [acme.id]);
      const [session] = await t.dataSource.query(
        `INSERT INTO course_sessions (workspace_id, course_id, starts_at, ends_at, time_zone) VALUES ($1, $2, now(), now() + interval '1 hour', 'Europe/Paris') RETURNING id`,
        [acme.id, course.id],
      );
      for (const id of [gone.id, learner.id]) {
        await t.dataSource.query(`INSERT INTO enrollments (workspace_id, session_id, course_id, learner_id, status) VALUES ($1, $2, $3, $4, 'enrolled')`, [
          acme.id,
          session.id,
          course.id,
          id,
        ]);
      }
      const [segment] = await t.dataSource.query(`INSERT INTO segments (workspace_id, name, rule, kind) VALUES ($1, 'Frozen', '{}', 'static') RETURNING id`, [acme.id]);
      await t.dataSource.query(`INSERT INTO segment_members (workspace_id, segment_id, learner_id) VALUES ($1, $2, $3), ($1, $2, $4)`, [acme.id, segment.id, gone.id, learner.id]);

      await t.http().delete(`/v1/learners/${gone.id}`).set(...bearer(acme.keys.planner)).expect(204);
      await t.http().get(`/v1/learners/${gone.id}`).set(...bearer(acme.key)).expect(404);
      await t.http().delete(`/v1/learners/${gone.id}`).set(...bearer(acme.key)).expect(404);

      const enrolments = await t.dataSource.query(`SELECT learner_id FROM enrollments WHERE session_id = $1`, [session.id]);
      expect(enrolments).toEqual([{ learner_id: learner.id }]);
      const members = await t.dataSource.query(`SELECT learner_id FROM segment_members WHERE segment_id = $1`, [segment.id]);
      expect(members).toEqual([{ learner_id: learner.id }]);
      // The email is free again.
      await create(acme, { externalId: 'E-201', email: 'gone@acme.fr' }).expect(201);
    });
  });

  describe('GET /v1/learners (filters, q, cursor pagination)', () => {
    let workspace: TestWorkspace;
    let persona: string;

    beforeAll(async () => {
      workspace = await t.createWorkspace('Initech');
      persona = await insertPersona(workspace, 'Climber');
      const departments = ['Sales', 'Finance', 'IT'];
      const sites = ['Lyon', 'Paris'];
      for (let i = 0; i < 57; i++) {
        await create(workspace, {
          externalId: `I-${String(i).padStart(3, '0')}`,
          email: `person${i}@initech.com`,
          firstName: i === 13 ? 'Amélie' : `First${i}`,
          lastName: i === 13 ? 'Poulain' : `Last${i}`,
          department: departments[i % 3],
          site: sites[i % 2],
          country: i % 5 === 0 ? 'DE' : 'FR',
          locale: i % 4 === 0 ? 'de-DE' : 'fr-FR',
          personaId: i % 7 === 0 ? persona : null,
        }).expect(201);
      }
    });

    const list = async (query: string, key = workspace.keys.viewer) => (await t.http().get(`/v1/learners?${query}`).set(...bearer(key)).expect(200)).body;

    it('walks every page newest first with no duplicate and no gap', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { items: LearnerBody[]; nextCursor: string | null } = await list(`limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(10);
        seen.push(...page.items.map((l) => l.externalId));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(6);
      expect(new Set(seen).size).toBe(57);
      // Created one after another, so newest first is the reverse of creation order.
      expect(seen[0]).toBe('I-056');
      expect(seen[56]).toBe('I-000');
    });

    it('pages through rows created in the same instant (same created_at) without loss', async () => {
      const batch = await t.createWorkspace('Same instant');
      await t.dataSource.query(
        `INSERT INTO learners (workspace_id, external_id, email, created_at)
         SELECT $1, 'S-' || n, 's' || n || '@x.com', '2026-01-01T00:00:00.123456Z' FROM generate_series(1, 25) n`,
        [batch.id],
      );
      const seen = new Set<string>();
      let cursor: string | null = null;
      do {
        const page: { items: LearnerBody[]; nextCursor: string | null } = await list(`limit=7${cursor ? `&cursor=${cursor}` : ''}`, batch.key);
        for (const item of page.items) seen.add(item.externalId);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.size).toBe(25);
    });

    it('defaults to 50 per page and bounds limit to 1–200', async () => {
      const page = await list('');
      expect(page.items).toHaveLength(50);
      expect(page.nextCursor).toEqual(expect.any(String));
      for (const limit of ['0', '201', 'ten']) {
        const res = await t.http().get(`/v1/learners?limit=${limit}`).set(...bearer(workspace.key)).expect(400);
        expect(res.body.error.details[0].path).toBe('limit');
      }
    });

    it('filters by department, site, country, persona and locale, alone and together', async () => {
      const expectIds = (body: { items: LearnerBody[] }, predicate: (i: number) => boolean) => {
        const expected = Array.from({ length: 57 }, (_, i) => i).filter(predicate).map((i) => `I-${String(i).padStart(3, '0')}`);
        expect(body.items.map((l) => l.externalId).sort()).toEqual(expected.sort());
      };
      expectIds(await list('department=Finance&limit=200'), (i) => i % 3 === 1);
      expectIds(await list('site=Lyon&limit=200'), (i) => i % 2 === 0);
      expectIds(await list('country=de&limit=200'), (i) => i % 5 === 0);
      expectIds(await list(`personaId=${persona}&limit=200`), (i) => i % 7 === 0);
      expectIds(await list('locale=de-de&limit=200'), (i) => i % 4 === 0);
      expectIds(await list('department=IT&site=Paris&country=FR&limit=200'), (i) => i % 3 === 2 && i % 2 === 1 && i % 5 !== 0);
    });

    it('searches free text over names, email and external id, case-insensitively', async () => {
      expect((await list('q=amélie')).items.map((l: LearnerBody) => l.externalId)).toEqual(['I-013']);
      expect((await list('q=POULAIN')).items.map((l: LearnerBody) => l.externalId)).toEqual(['I-013']);
      expect((await list('q=person42@')).items.map((l: LearnerBody) => l.externalId)).toEqual(['I-042']);
      expect((await list('q=I-05&limit=200')).items).toHaveLength(7);
      // LIKE wildcards typed by the user are taken literally.
      expect((await list('q=%25')).items).toEqual([]);
      expect((await list('q=_')).items).toEqual([]);
    });

    it('never lists another workspace’s learners', async () => {
      const page = await list('q=initech.com&limit=200', acme.key);
      expect(page.items).toEqual([]);
    });

    it('answers 400 for a cursor it did not issue and for a malformed personaId', async () => {
      for (const cursor of ['garbage', Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')]) {
        const res = await t.http().get(`/v1/learners?cursor=${cursor}`).set(...bearer(workspace.key)).expect(400);
        expect(res.body.error.code).toBe('REQUEST.INVALID_CURSOR');
      }
      const res = await t.http().get('/v1/learners?personaId=climber').set(...bearer(workspace.key)).expect(400);
      expect(res.body.error.details[0].path).toBe('personaId');
    });

    it('filters q with the exact expression of the trigram index, so the index can serve it', async () => {
      const runner = t.dataSource.createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query('SET LOCAL enable_seqscan = off');
        const plan: Array<{ 'QUERY PLAN': string }> = await runner.query(
          `EXPLAIN SELECT l.id FROM learners l WHERE ${LEARNER_SEARCH_EXPRESSION} ILIKE $1`,
          ['%poulain%'],
        );
        expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toContain('learners_search_idx');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });
});
