import { bearer, TestApp, type TestWorkspace } from './support/test-app';

describe('Personas API', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;

  const full = {
    name: 'Ambitious newcomer',
    summary: 'Joined less than a year ago, eager to prove themselves.',
    behaviouralModel: 'Learns in short bursts between meetings.',
    socialModel: 'Follows peers and their manager.',
    shortTermGoals: ['Master the CRM'],
    longTermGoals: ['Become a team lead', 'Move abroad'],
    needs: ['Concrete examples'],
    ambitions: ['Be recognised'],
    objections: ['No time during closing weeks'],
    preferredChannels: ['post', 'email', 'talking_points'],
    preferredDays: ['tue', 'thu'],
    preferredTime: '09:30',
    tone: 'Energetic, concrete',
    assignmentRule: { all: [{ field: 'department', op: 'eq', value: 'Sales' }, { field: 'attributes.seniority', op: 'lt', value: 1 }] },
  };

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    // Acme: A1–A3 are junior sales people, A4 a senior one, A5 a junior engineer, A6 has no department.
    await learners(acme.id, [
      ['A1', 'Sales', 0],
      ['A2', 'Sales', 0.5],
      ['A3', 'Sales', 0],
      ['A4', 'Sales', 6],
      ['A5', 'Engineering', 0],
      ['A6', null, 0],
    ]);
    await learners(globex.id, [['G1', 'Sales', 0]]);
  });
  afterAll(() => t.close());

  async function learners(workspaceId: string, rows: [string, string | null, number][]): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO learners (workspace_id, external_id, email, department, attributes)
       SELECT $1, r.id, lower(r.id) || '@example.com', r.department, jsonb_build_object('seniority', r.seniority)
         FROM jsonb_to_recordset($2::jsonb) AS r(id text, department text, seniority numeric)`,
      [workspaceId, JSON.stringify(rows.map(([id, department, seniority]) => ({ id, department, seniority })))],
    );
  }

  async function personaOf(workspaceId: string): Promise<Record<string, string | null>> {
    const rows: { external_id: string; name: string | null }[] = await t.dataSource.query(
      `SELECT l.external_id, p.name FROM learners l LEFT JOIN personas p ON p.id = l.persona_id WHERE l.workspace_id = $1 ORDER BY l.external_id`,
      [workspaceId],
    );
    return Object.fromEntries(rows.map((r) => [r.external_id, r.name]));
  }

  const post = (path: string, key: string, body: object) => t.http().post(path).set(...bearer(key)).send(body);
  const get = (path: string, key: string) => t.http().get(path).set(...bearer(key));
  const patch = (path: string, key: string, body: object) => t.http().patch(path).set(...bearer(key)).send(body);
  const del = (path: string, key: string) => t.http().delete(path).set(...bearer(key));

  it('creates a persona with every field, reads and lists it', async () => {
    const created = await post('/v1/personas', acme.keys.planner, full).expect(201);
    expect(created.body).toMatchObject({ ...full, learnerCount: 0 });
    expect(created.body.id).toEqual(expect.any(String));

    const read = await get(`/v1/personas/${created.body.id}`, acme.keys.viewer).expect(200);
    expect(read.body).toMatchObject(full);
    const list = await get('/v1/personas', acme.keys.viewer).expect(200);
    expect(list.body.items.map((p: { name: string }) => p.name)).toContain(full.name);
  });

  it('defaults what is not given: empty lists, null texts and no rule', async () => {
    const created = await post('/v1/personas', acme.key, { name: 'Minimal' }).expect(201);
    expect(created.body).toMatchObject({
      name: 'Minimal',
      summary: null,
      shortTermGoals: [],
      preferredChannels: [],
      preferredDays: [],
      preferredTime: null,
      assignmentRule: null,
    });
  });

  it('changes only the given fields; null clears a text and the rule', async () => {
    const created = await post('/v1/personas', acme.key, { ...full, name: 'To change' }).expect(201);
    const changed = await patch(`/v1/personas/${created.body.id}`, acme.keys.planner, {
      summary: null,
      needs: ['Short videos', 'Peer examples'],
      preferredChannels: ['email'],
      assignmentRule: null,
    }).expect(200);
    expect(changed.body).toMatchObject({
      name: 'To change',
      summary: null,
      behaviouralModel: full.behaviouralModel,
      needs: ['Short videos', 'Peer examples'],
      preferredChannels: ['email'],
      preferredDays: ['tue', 'thu'],
      assignmentRule: null,
    });
    const renamed = await patch(`/v1/personas/${created.body.id}`, acme.key, { name: 'Changed' }).expect(200);
    expect(renamed.body.name).toBe('Changed');
  });

  it('validates every field and names it', async () => {
    const cases: [object, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'X', preferredChannels: ['email', 'email'] }, 'preferredChannels'],
      [{ name: 'X', preferredChannels: ['sms'] }, 'preferredChannels'],
      [{ name: 'X', preferredDays: ['monday'] }, 'preferredDays'],
      [{ name: 'X', preferredDays: ['mon', 'mon'] }, 'preferredDays'],
      [{ name: 'X', preferredTime: '24:00' }, 'preferredTime'],
      [{ name: 'X', preferredTime: '9:30' }, 'preferredTime'],
      [{ name: 'X', needs: 'just one' }, 'needs'],
      [{ name: 'X', objections: [''] }, 'objections'],
      [{ name: 'X', shortTermGoals: null }, 'shortTermGoals'],
      [{ name: 'X', assignmentRule: 'department = Sales' }, 'assignmentRule'],
      [{ name: 'X', mood: 'happy' }, 'mood'],
    ];
    for (const [body, path] of cases) {
      const res = await post('/v1/personas', acme.key, body).expect(400);
      expect({ body, paths: res.body.error.details.map((d: { path: string }) => d.path) }).toEqual({ body, paths: expect.arrayContaining([path]) });
    }
    const created = await post('/v1/personas', acme.key, { name: 'Valid' }).expect(201);
    const res = await patch(`/v1/personas/${created.body.id}`, acme.key, { name: null, preferredDays: null }).expect(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['name', 'preferredDays']));
  });

  it('validates the assignment rule with the segment language, paths under assignmentRule', async () => {
    const res = await post('/v1/personas', acme.key, {
      name: 'Bad rule',
      assignmentRule: { any: [{ field: 'salary', op: 'gt', value: 1 }, { not: { field: 'hireDate', op: 'within_last_days', value: 'a year' } }] },
    }).expect(400);
    expect(res.body.error.code).toBe('SEGMENT.INVALID_RULE');
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: 'assignmentRule.any[0].field', code: 'SEGMENT.UNKNOWN_FIELD' }),
      expect.objectContaining({ path: 'assignmentRule.any[1].not.value', code: 'SEGMENT.BAD_VALUE' }),
    ]);
    const list = await get('/v1/personas', acme.key).expect(200);
    expect(list.body.items.map((p: { name: string }) => p.name)).not.toContain('Bad rule');

    const created = await post('/v1/personas', acme.key, { name: 'Rule later' }).expect(201);
    const onPatch = await patch(`/v1/personas/${created.body.id}`, acme.key, { assignmentRule: { field: 'department', op: 'like', value: 'S%' } }).expect(400);
    expect(onPatch.body.error.details[0]).toMatchObject({ path: 'assignmentRule.op', code: 'SEGMENT.UNKNOWN_OPERATOR' });
    const unknown = await patch(`/v1/personas/${created.body.id}`, acme.key, { assignmentRule: { field: 'persona', op: 'eq', value: 'Ghost' } }).expect(422);
    expect(unknown.body.error.details[0].path).toBe('assignmentRule.value');
  });

  it('answers 409 for a name already used in the workspace only', async () => {
    await post('/v1/personas', acme.key, { name: 'Taken' }).expect(201);
    const dup = await post('/v1/personas', acme.key, { name: 'Taken' }).expect(409);
    expect(dup.body.error.code).toBe('PERSONA.NAME_TAKEN');
    const other = await post('/v1/personas', acme.key, { name: 'Free' }).expect(201);
    await patch(`/v1/personas/${other.body.id}`, acme.key, { name: 'Taken' }).expect(409);
    await post('/v1/personas', globex.key, { name: 'Taken' }).expect(201);
  });

  it('assigns the persona to the learners its rule selects, in this workspace only', async () => {
    const juniorSales = await post('/v1/personas', acme.key, { name: 'Junior sales', assignmentRule: full.assignmentRule }).expect(201);
    const first = await post(`/v1/personas/${juniorSales.body.id}/assign`, acme.keys.planner, {}).expect(200);
    expect(first.body).toEqual({ assigned: 3 });
    expect(await personaOf(acme.id)).toEqual({ A1: 'Junior sales', A2: 'Junior sales', A3: 'Junior sales', A4: null, A5: null, A6: null });
    expect(await personaOf(globex.id)).toEqual({ G1: null });
    expect((await get(`/v1/personas/${juniorSales.body.id}`, acme.key).expect(200)).body.learnerCount).toBe(3);

    // Running it again changes nothing.
    expect((await post(`/v1/personas/${juniorSales.body.id}/assign`, acme.key, {}).expect(200)).body).toEqual({ assigned: 0 });

    // A learner has one persona: a broader rule moves A1–A3 over and adds A4; the persona can be named in rules.
    const sales = await post('/v1/personas', acme.key, {
      name: 'All sales',
      assignmentRule: { any: [{ field: 'persona', op: 'eq', value: 'Junior sales' }, { field: 'department', op: 'eq', value: 'Sales' }] },
    }).expect(201);
    // Asked first, for any role: how many it would take, from which personas; nothing changes.
    const preview = await get(`/v1/personas/${sales.body.id}/assign/preview`, acme.keys.viewer).expect(200);
    expect(preview.body).toEqual({
      assigned: 4,
      matched: 4,
      members: 0,
      keptWithoutMatch: 0,
      membersAfter: 4,
      from: [
        { personaId: juniorSales.body.id, personaName: 'Junior sales', count: 3 },
        { personaId: null, personaName: null, count: 1 },
      ],
    });
    expect(await personaOf(acme.id)).toEqual({ A1: 'Junior sales', A2: 'Junior sales', A3: 'Junior sales', A4: null, A5: null, A6: null });
    expect((await post(`/v1/personas/${sales.body.id}/assign`, acme.key, {}).expect(200)).body).toEqual({ assigned: 4 });
    expect((await get(`/v1/personas/${sales.body.id}/assign/preview`, acme.key).expect(200)).body).toEqual({
      assigned: 0,
      from: [],
      matched: 4,
      members: 4,
      keptWithoutMatch: 0,
      membersAfter: 4,
    });
    expect(await personaOf(acme.id)).toEqual({ A1: 'All sales', A2: 'All sales', A3: 'All sales', A4: 'All sales', A5: null, A6: null });

    // Assigning only adds: with a rule that no longer selects A4, A4 keeps the persona; the preview says so.
    await patch(`/v1/personas/${sales.body.id}`, acme.key, { assignmentRule: { field: 'attributes.seniority', op: 'lt', value: 1 } }).expect(200);
    expect((await get(`/v1/personas/${sales.body.id}/assign/preview`, acme.key).expect(200)).body).toMatchObject({
      assigned: 2,
      matched: 5,
      members: 4,
      keptWithoutMatch: 1,
      membersAfter: 6,
    });

    // Deleting a persona leaves its learners without one.
    await del(`/v1/personas/${sales.body.id}`, acme.keys.planner).expect(204);
    expect(await personaOf(acme.id)).toEqual({ A1: null, A2: null, A3: null, A4: null, A5: null, A6: null });
    await get(`/v1/personas/${sales.body.id}`, acme.key).expect(404);
  });

  it('answers 422 when assigning a persona without a rule', async () => {
    const created = await post('/v1/personas', acme.key, { name: 'No rule' }).expect(201);
    const res = await post(`/v1/personas/${created.body.id}/assign`, acme.key, {}).expect(422);
    expect(res.body.error.code).toBe('PERSONA.NO_ASSIGNMENT_RULE');
    expect((await get(`/v1/personas/${created.body.id}/assign/preview`, acme.key).expect(422)).body.error.code).toBe('PERSONA.NO_ASSIGNMENT_RULE');
  });

  it('answers 404 across workspaces and 403 for editor and viewer writes', async () => {
    const created = await post('/v1/personas', acme.key, { name: 'Acme only', assignmentRule: full.assignmentRule }).expect(201);
    const id = created.body.id;
    await get(`/v1/personas/${id}`, globex.key).expect(404);
    await patch(`/v1/personas/${id}`, globex.key, { tone: 'x' }).expect(404);
    await post(`/v1/personas/${id}/assign`, globex.key, {}).expect(404);
    await get(`/v1/personas/${id}/assign/preview`, globex.key).expect(404);
    await del(`/v1/personas/${id}`, globex.key).expect(404);
    expect((await get('/v1/personas', globex.key).expect(200)).body.items.map((p: { name: string }) => p.name)).not.toContain('Acme only');

    for (const role of ['editor', 'viewer'] as const) {
      const key = acme.keys[role];
      await post('/v1/personas', key, { name: `By ${role}` }).expect(403);
      await patch(`/v1/personas/${id}`, key, { tone: 'x' }).expect(403);
      await post(`/v1/personas/${id}/assign`, key, {}).expect(403);
      await del(`/v1/personas/${id}`, key).expect(403);
      await get(`/v1/personas/${id}`, key).expect(200);
    }
    await get(`/v1/personas/not-a-uuid`, acme.key).expect(400);
  });

  it('documents the persona and segment bodies in OpenAPI', async () => {
    const { body } = await t.http().get('/docs-json').expect(200);
    const schemas = body.components.schemas;
    expect(schemas.CreatePersonaDto.required).toEqual(['name']);
    expect(schemas.CreatePersonaDto.properties.preferredChannels.items.enum).toEqual(['email', 'post', 'talking_points']);
    expect(schemas.UpdatePersonaDto.properties.assignmentRule.example).toBeDefined();
    expect(schemas.CreateSegmentDto.properties.rule.example.all).toHaveLength(3);
    expect(body.paths['/v1/personas/{id}/assign'].post).toBeDefined();
    expect(body.paths['/v1/segments/preview'].post).toBeDefined();
  });

  it('lists personas by name with a cursor', async () => {
    for (const name of ['Zeta 1', 'Zeta 2', 'Zeta 3']) await post('/v1/personas', acme.key, { name }).expect(201);
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/v1/personas?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await get(path, acme.key).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      names.push(...res.body.items.map((p: { name: string }) => p.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Zeta 1', 'Zeta 2', 'Zeta 3']));
  });
});
