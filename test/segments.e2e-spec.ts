import { SegmentsService } from '../src/modules/segments/segments.service';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

interface LearnerRow {
  externalId: string;
  department?: string | null;
  site?: string | null;
  country?: string | null;
  attributes?: Record<string, unknown>;
  /** Minutes after a fixed origin: decides the newest-first order. */
  minute: number;
}

describe('Segments API', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  const learnerIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');

    // Acme: 15 in Sales (S01…S15), 5 in Lyon Engineering (E01…E05), 3 without department (N01…N03).
    const rows: LearnerRow[] = [];
    for (let i = 1; i <= 15; i++) {
      rows.push({ externalId: `S${pad(i)}`, department: 'Sales', site: i <= 6 ? 'Lyon' : 'Paris', country: 'FR', attributes: { level: i % 5 }, minute: i });
    }
    for (let i = 1; i <= 5; i++) rows.push({ externalId: `E${pad(i)}`, department: 'Engineering', site: 'Lyon', country: 'BE', minute: 100 + i });
    for (let i = 1; i <= 3; i++) rows.push({ externalId: `N${pad(i)}`, department: null, site: null, minute: 200 + i });
    await insertLearners(acme.id, rows);
    // Globex has Sales people in Lyon too: they must never show up for Acme.
    await insertLearners(globex.id, [
      { externalId: 'G01', department: 'Sales', site: 'Lyon', minute: 1 },
      { externalId: 'G02', department: 'Sales', site: 'Lyon', minute: 2 },
    ]);
  });
  afterAll(() => t.close());

  function pad(n: number): string {
    return String(n).padStart(2, '0');
  }

  async function insertLearners(workspaceId: string, rows: LearnerRow[]): Promise<void> {
    const inserted: { id: string; external_id: string }[] = await t.dataSource.query(
      `INSERT INTO learners (workspace_id, external_id, email, first_name, last_name, department, site, country, attributes, created_at)
       SELECT $1, r.external_id, lower(r.external_id) || '@' || $2 || '.test', 'First ' || r.external_id, 'Last ' || r.external_id,
              r.department, r.site, r.country, coalesce(r.attributes, '{}'::jsonb), timestamptz '2026-01-01T00:00:00Z' + make_interval(mins => r.minute)
         FROM jsonb_to_recordset($3::jsonb) AS r(external_id text, department text, site text, country text, attributes jsonb, minute int)
       RETURNING id, external_id`,
      [workspaceId, workspaceId.slice(0, 8), JSON.stringify(rows.map((r) => ({ ...r, external_id: r.externalId })))],
    );
    for (const row of inserted) learnerIds[`${workspaceId}:${row.external_id}`] = row.id;
  }

  const sales = { field: 'department', op: 'eq', value: 'Sales' };
  const lyon = { field: 'site', op: 'eq', value: 'Lyon' };

  const post = (path: string, key: string, body: object) => t.http().post(path).set(...bearer(key)).send(body);
  const get = (path: string, key: string) => t.http().get(path).set(...bearer(key));
  const patch = (path: string, key: string, body: object) => t.http().patch(path).set(...bearer(key)).send(body);

  async function walk(path: string, key: string, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await get(`${path}?${query}`, key).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...res.body.items.map((i: { externalId?: string; name?: string }) => i.externalId ?? i.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    return seen;
  }

  describe('field catalog', () => {
    it('lists the allow-list with types and operators for any role, and refuses a call without a key', async () => {
      const res = await get('/v1/segments/fields', acme.keys.viewer).expect(200);
      const byName = new Map(res.body.fields.map((f: { field: string }) => [f.field, f]));
      expect(byName.get('department')).toEqual({ field: 'department', type: 'text', operators: ['eq', 'neq', 'in', 'nin', 'contains', 'starts_with', 'exists'] });
      expect(byName.get('consentEmail')).toEqual({ field: 'consentEmail', type: 'boolean', operators: ['eq', 'neq'] });
      expect(byName.get('enrollment.status')).toMatchObject({ type: 'enrollment', values: ['invited', 'enrolled', 'started', 'completed', 'dropped'] });
      expect(byName.get('attributes.<key>')).toMatchObject({ type: 'attribute', keyPattern: '^[A-Za-z0-9_.-]{1,64}$' });
      expect(res.body.limits).toEqual({ maxDepth: 12, maxNodes: 500, maxListValues: 10000, maxStringLength: 1000, maxDays: 36500 });
      await t.http().get('/v1/segments/fields').expect(401);
    });
  });

  describe('preview', () => {
    it('counts the learners a rule selects and samples the 10 newest, with only the listed fields', async () => {
      const res = await post('/v1/segments/preview', acme.key, { rule: sales }).expect(200);
      expect(res.body.count).toBe(15);
      expect(res.body.sample.map((l: { externalId: string }) => l.externalId)).toEqual(['S15', 'S14', 'S13', 'S12', 'S11', 'S10', 'S09', 'S08', 'S07', 'S06']);
      expect(Object.keys(res.body.sample[0]).sort()).toEqual(['country', 'department', 'email', 'externalId', 'firstName', 'id', 'lastName', 'site']);
      expect(res.body.sample[0]).toMatchObject({
        id: learnerIds[`${acme.id}:S15`],
        email: `s15@${acme.id.slice(0, 8)}.test`,
        firstName: 'First S15',
        lastName: 'Last S15',
        department: 'Sales',
        site: 'Paris',
        country: 'FR',
      });
    });

    it('applies groups, NULL semantics and attributes as computed by hand', async () => {
      const cases: [object, number][] = [
        [{ all: [sales, lyon] }, 6],
        [{ any: [sales, lyon] }, 20],
        [{ field: 'department', op: 'neq', value: 'Sales' }, 8], // 5 engineers + 3 without department
        [{ not: { any: [sales, lyon] } }, 3],
        [{ all: [sales, { field: 'attributes.level', op: 'gte', value: 3 }] }, 6], // i % 5 in {3, 4}: 3,4,8,9,13,14
        [{ all: [] }, 23],
      ];
      for (const [rule, count] of cases) {
        const res = await post('/v1/segments/preview', acme.keys.viewer, { rule }).expect(200);
        expect({ rule, count: res.body.count }).toEqual({ rule, count });
      }
    });

    it('answers 400 naming the JSON path of each bad node', async () => {
      const res = await post('/v1/segments/preview', acme.key, {
        rule: { all: [sales, { field: 'salary', op: 'gt', value: 1 }, { any: [{ field: 'hireDate', op: 'between', value: ['2024-01-01'] }] }] },
      }).expect(400);
      expect(res.body.error.code).toBe('SEGMENT.INVALID_RULE');
      expect(res.body.error.details).toEqual([
        { path: 'rule.all[1].field', message: 'unknown field "salary"', code: 'SEGMENT.UNKNOWN_FIELD' },
        { path: 'rule.all[2].any[0].value', message: 'between needs [low, high]', code: 'SEGMENT.BAD_VALUE' },
      ]);
      expect(res.body.error.message).toContain('rule.all[1].field: unknown field "salary"');
    });

    it('answers 400 when the rule is missing or not an object', async () => {
      const missing = await post('/v1/segments/preview', acme.key, {}).expect(400);
      expect(missing.body.error.details.map((d: { path: string }) => d.path)).toContain('rule');
      await post('/v1/segments/preview', acme.key, { rule: [sales] }).expect(400);
    });

    it('answers 422 for a persona or course the workspace does not have', async () => {
      const [course] = await t.dataSource.query(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Globex course', 'mooc') RETURNING id`, [globex.id]);
      const res = await post('/v1/segments/preview', acme.key, {
        rule: { any: [{ field: 'persona', op: 'in', value: ['Nobody'] }, { field: 'enrollment.status', op: 'exists', courseId: course.id }] },
      }).expect(422);
      expect(res.body.error.code).toBe('SEGMENT.UNKNOWN_REFERENCE');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['rule.any[0].value[0]', 'rule.any[1].courseId']);
    });
  });

  describe('CRUD', () => {
    it('creates, reads, lists, changes and deletes a dynamic segment', async () => {
      const created = await post('/v1/segments', acme.keys.planner, { name: 'Sales', description: 'All of sales', rule: sales }).expect(201);
      expect(created.body).toMatchObject({ name: 'Sales', description: 'All of sales', rule: sales, kind: 'dynamic', frozenAt: null, memberCount: null });
      const id = created.body.id;

      const read = await get(`/v1/segments/${id}`, acme.keys.viewer).expect(200);
      expect(read.body).toMatchObject({ id, name: 'Sales', rule: sales });

      const changed = await patch(`/v1/segments/${id}`, acme.keys.planner, { name: 'Sales in Lyon', description: null, rule: { all: [sales, lyon] } }).expect(200);
      expect(changed.body).toMatchObject({ name: 'Sales in Lyon', description: null, rule: { all: [sales, lyon] } });
      const members = await get(`/v1/segments/${id}/learners`, acme.key).expect(200);
      expect(members.body.items.map((l: { externalId: string }) => l.externalId)).toEqual(['S06', 'S05', 'S04', 'S03', 'S02', 'S01']);
      expect(members.body.nextCursor).toBeNull();

      await t.http().delete(`/v1/segments/${id}`).set(...bearer(acme.keys.planner)).expect(204);
      await get(`/v1/segments/${id}`, acme.key).expect(404);
      await t.http().delete(`/v1/segments/${id}`).set(...bearer(acme.key)).expect(404);
    });

    it('refuses a bad rule at creation and on change, with paths, and writes nothing', async () => {
      const bad = await post('/v1/segments', acme.key, { name: 'Bad', rule: { any: [{ field: 'department', op: 'eq OR 1=1', value: 'x' }] } }).expect(400);
      expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'rule.any[0].op', code: 'SEGMENT.UNKNOWN_OPERATOR' })]);
      const list = await get('/v1/segments', acme.key).expect(200);
      expect(list.body.items.map((s: { name: string }) => s.name)).not.toContain('Bad');

      const ok = await post('/v1/segments', acme.key, { name: 'To break', rule: sales }).expect(201);
      const res = await patch(`/v1/segments/${ok.body.id}`, acme.key, { rule: { not: { field: 'department; DROP TABLE learners', op: 'eq', value: 'x' } } }).expect(400);
      expect(res.body.error.details[0]).toMatchObject({ path: 'rule.not.field', code: 'SEGMENT.UNKNOWN_FIELD' });
      expect((await get(`/v1/segments/${ok.body.id}`, acme.key).expect(200)).body.rule).toEqual(sales);
    });

    it('refuses unknown body fields and bad kinds', async () => {
      const res = await post('/v1/segments', acme.key, { name: 'X', rule: sales, kind: 'frozen', colour: 'red' }).expect(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['kind', 'colour']));
    });

    it('answers 409 for a name already used in the workspace, but not for one used elsewhere', async () => {
      await post('/v1/segments', acme.key, { name: 'Unique name', rule: sales }).expect(201);
      const dup = await post('/v1/segments', acme.key, { name: 'Unique name', rule: lyon }).expect(409);
      expect(dup.body.error.code).toBe('SEGMENT.NAME_TAKEN');
      const other = await post('/v1/segments', acme.key, { name: 'Other name', rule: lyon }).expect(201);
      await patch(`/v1/segments/${other.body.id}`, acme.key, { name: 'Unique name' }).expect(409);
      await post('/v1/segments', globex.key, { name: 'Unique name', rule: sales }).expect(201);
    });

    it('lists segments by name with a cursor, without gaps or repeats', async () => {
      for (const name of ['Page A', 'Page B', 'Page C', 'Page D', 'Page E']) await post('/v1/segments', acme.key, { name, rule: lyon }).expect(201);
      const names = await walk('/v1/segments', acme.keys.viewer, 2);
      expect(names).toEqual([...names].sort());
      expect(new Set(names).size).toBe(names.length);
      expect(names).toEqual(expect.arrayContaining(['Page A', 'Page B', 'Page C', 'Page D', 'Page E']));
      await get('/v1/segments?cursor=nonsense', acme.key).expect(400);
      await get('/v1/segments?limit=0', acme.key).expect(400);
    });

    it('pages through the learners of a segment newest first', async () => {
      const segment = await post('/v1/segments', acme.key, { name: 'Sales for paging', rule: sales }).expect(201);
      const ids = await walk(`/v1/segments/${segment.body.id}/learners`, acme.key, 4);
      expect(ids).toEqual(Array.from({ length: 15 }, (_, i) => `S${pad(15 - i)}`));
      await get(`/v1/segments/${segment.body.id}/learners?cursor=${Buffer.from('["x","y"]').toString('base64url')}`, acme.key).expect(400);
    });
  });

  describe('static segments', () => {
    it('freezes the members at creation: they do not change when learners change', async () => {
      const frozen = await post('/v1/segments', acme.key, { name: 'Lyon, frozen', rule: lyon, kind: 'static' }).expect(201);
      expect(frozen.body).toMatchObject({ kind: 'static', memberCount: 11 });
      expect(frozen.body.frozenAt).toEqual(expect.any(String));
      const live = await post('/v1/segments', acme.key, { name: 'Lyon, live', rule: lyon }).expect(201);

      // S01 leaves Lyon, N01 moves there.
      await t.dataSource.query(`UPDATE learners SET site = 'Paris' WHERE id = $1`, [learnerIds[`${acme.id}:S01`]]);
      await t.dataSource.query(`UPDATE learners SET site = 'Lyon' WHERE id = $1`, [learnerIds[`${acme.id}:N01`]]);
      try {
        const frozenMembers = await walk(`/v1/segments/${frozen.body.id}/learners`, acme.key, 50);
        expect(frozenMembers).toContain('S01');
        expect(frozenMembers).not.toContain('N01');
        expect(frozenMembers).toHaveLength(11);
        const liveMembers = await walk(`/v1/segments/${live.body.id}/learners`, acme.key, 50);
        expect(liveMembers).not.toContain('S01');
        expect(liveMembers).toContain('N01');
        expect(liveMembers).toHaveLength(11);

        // Changing the rule of a static segment keeps the frozen list until the next freeze.
        await patch(`/v1/segments/${frozen.body.id}`, acme.key, { rule: sales }).expect(200);
        expect(await walk(`/v1/segments/${frozen.body.id}/learners`, acme.key, 50)).toContain('E01');

        const refrozen = await post(`/v1/segments/${frozen.body.id}/freeze`, acme.keys.planner, {}).expect(200);
        expect(refrozen.body).toMatchObject({ kind: 'static', memberCount: 15 });
        expect(Date.parse(refrozen.body.frozenAt)).toBeGreaterThanOrEqual(Date.parse(frozen.body.frozenAt));
        const afterFreeze = await walk(`/v1/segments/${frozen.body.id}/learners`, acme.key, 50);
        expect(afterFreeze).toHaveLength(15);
        expect(afterFreeze.every((id) => id.startsWith('S'))).toBe(true);
      } finally {
        await t.dataSource.query(`UPDATE learners SET site = 'Lyon' WHERE id = $1`, [learnerIds[`${acme.id}:S01`]]);
        await t.dataSource.query(`UPDATE learners SET site = NULL WHERE id = $1`, [learnerIds[`${acme.id}:N01`]]);
      }
    });

    it('freezes a dynamic segment on request and thaws it back with PATCH kind dynamic', async () => {
      const segment = await post('/v1/segments', acme.key, { name: 'Engineers', rule: { field: 'department', op: 'eq', value: 'Engineering' } }).expect(201);
      const frozen = await post(`/v1/segments/${segment.body.id}/freeze`, acme.key, {}).expect(200);
      expect(frozen.body).toMatchObject({ kind: 'static', memberCount: 5 });
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM segment_members WHERE segment_id = $1 AND workspace_id = $2`, [segment.body.id, acme.id]);
      expect(n).toBe(5);

      const thawed = await patch(`/v1/segments/${segment.body.id}`, acme.key, { kind: 'dynamic' }).expect(200);
      expect(thawed.body).toMatchObject({ kind: 'dynamic', frozenAt: null, memberCount: null });
      const [{ left }] = await t.dataSource.query(`SELECT count(*)::int AS left FROM segment_members WHERE segment_id = $1`, [segment.body.id]);
      expect(left).toBe(0);

      const again = await patch(`/v1/segments/${segment.body.id}`, acme.key, { kind: 'static' }).expect(200);
      expect(again.body).toMatchObject({ kind: 'static', memberCount: 5 });
    });
  });

  describe('audience SQL for other modules', () => {
    it('embeds a dynamic or static segment, or a rule, as a workspace-scoped predicate numbered from an offset', async () => {
      const service = t.app.get(SegmentsService);
      const dynamic = await post('/v1/segments', acme.key, { name: 'Audience dynamic', rule: sales }).expect(201);
      const fixed = await post('/v1/segments', acme.key, { name: 'Audience static', rule: lyon, kind: 'static' }).expect(201);

      const count = async (source: string | { rule: unknown }) => {
        const audience = await service.audiencePredicate(acme.id, source, { alias: 'x', firstParam: 3 });
        expect(audience.where).toMatch(/^\(x\.workspace_id = \$3 AND /);
        const [row] = await t.dataSource.query(
          `SELECT count(*)::int AS n FROM learners x WHERE $1::int = 1 AND $2::text = 'padding' AND ${audience.where}`,
          [1, 'padding', ...audience.params],
        );
        return row.n as number;
      };
      expect(await count(dynamic.body.id)).toBe(15);
      expect(await count(fixed.body.id)).toBe(11);
      expect(await count({ rule: { all: [sales, lyon] } })).toBe(6);
      await expect(service.audiencePredicate(globex.id, dynamic.body.id)).rejects.toMatchObject({ code: 'SEGMENT.NOT_FOUND' });
    });
  });

  describe('workspaces and roles', () => {
    let id: string;
    beforeAll(async () => {
      id = (await post('/v1/segments', acme.key, { name: 'Private to Acme', rule: sales }).expect(201)).body.id;
    });

    it('answers 404 for a segment of another workspace, and never counts its learners', async () => {
      await get(`/v1/segments/${id}`, globex.key).expect(404);
      await get(`/v1/segments/${id}/learners`, globex.key).expect(404);
      await patch(`/v1/segments/${id}`, globex.key, { name: 'Stolen' }).expect(404);
      await post(`/v1/segments/${id}/freeze`, globex.key, {}).expect(404);
      await t.http().delete(`/v1/segments/${id}`).set(...bearer(globex.key)).expect(404);
      expect((await get(`/v1/segments/${id}`, acme.key).expect(200)).body.name).toBe('Private to Acme');

      const preview = await post('/v1/segments/preview', globex.key, { rule: { all: [sales, lyon] } }).expect(200);
      expect(preview.body.count).toBe(2);
      expect(preview.body.sample.map((l: { externalId: string }) => l.externalId)).toEqual(['G02', 'G01']);
    });

    it('lets admins and planners write, and refuses editors and viewers with 403', async () => {
      for (const role of ['editor', 'viewer'] as const) {
        const key = acme.keys[role];
        const res = await post('/v1/segments', key, { name: `By ${role}`, rule: sales }).expect(403);
        expect(res.body.error.code).toBe('AUTH.ROLE_FORBIDDEN');
        await patch(`/v1/segments/${id}`, key, { name: 'Nope' }).expect(403);
        await post(`/v1/segments/${id}/freeze`, key, {}).expect(403);
        await t.http().delete(`/v1/segments/${id}`).set(...bearer(key)).expect(403);
        await get(`/v1/segments/${id}`, key).expect(200);
        await post('/v1/segments/preview', key, { rule: sales }).expect(200);
      }
      await patch(`/v1/segments/${id}`, acme.keys.planner, { description: 'planner was here' }).expect(200);
      await get('/v1/segments', acme.key).unset('Authorization').expect(401);
    });
  });
});
