import { IANAZone } from 'luxon';
import { LearnersService } from '../src/modules/learners/learners.service';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

// Node (Luxon, Intl) still reads this old alias; PostgreSQL's tz database dropped it. A learner
// holding it made every planning statement of their steps fail.
const NODE_ONLY_ZONE = 'US/Pacific-New';

describe('Time zones: only those PostgreSQL knows are stored', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let courseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    courseId = (await t.http().post('/v1/courses').set(...bearer(acme.key)).send({ title: 'Negotiation', modality: 'in_person' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const expectZoneRefused = (res: { body: { error: { details: Array<{ path: string; message: string }> } } }, path = 'timeZone') =>
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(`"${NODE_ONLY_ZONE}" is not an IANA time zone known to the database`) }));

  it('uses a zone that Node accepts and PostgreSQL does not (what makes the cases below meaningful)', async () => {
    expect(IANAZone.isValidZone(NODE_ONLY_ZONE)).toBe(true);
    const known = await t.dataSource.query(`SELECT 1 FROM pg_timezone_names WHERE lower(name) = lower($1)`, [NODE_ONLY_ZONE]);
    expect(known).toEqual([]);
  });

  it('lists every zone that may be stored, aliases such as America/Montreal included, for any role', async () => {
    const { zones } = (await t.http().get('/v1/time-zones').set(...bearer(acme.keys.viewer)).expect(200)).body;
    expect(zones).toEqual(expect.arrayContaining(['America/Montreal', 'America/Toronto', 'Europe/Paris', 'UTC']));
    expect(zones).not.toContain(NODE_ONLY_ZONE);
    expect(zones.some((z: string) => z.startsWith('posix/'))).toBe(false);
    expect([...zones].sort()).toEqual(zones);
    // Each of them is stored as it is listed.
    await t.http().post('/v1/learners').set(...bearer(acme.keys.planner)).send({ externalId: 'Z-MTL', email: 'mtl@acme.example', timeZone: 'America/Montreal' }).expect(201);
  });

  describe('learners', () => {
    const upsert = (body: object) => t.http().post('/v1/learners').set(...bearer(acme.keys.planner)).send(body);

    it('POST refuses the zone with a 400 naming timeZone, and accepts Europe/Paris', async () => {
      const refused = await upsert({ externalId: 'Z-1', email: 'z1@acme.example', timeZone: NODE_ONLY_ZONE }).expect(400);
      expect(refused.body.error.code).toBe('VALIDATION.FAILED');
      expectZoneRefused(refused);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM learners WHERE workspace_id = $1 AND external_id = 'Z-1'`, [acme.id]);
      expect(n).toBe(0);

      const created = await upsert({ externalId: 'Z-1', email: 'z1@acme.example', timeZone: 'Europe/Paris' }).expect(201);
      expect(created.body.timeZone).toBe('Europe/Paris');
      // The upsert's update path checks too.
      expectZoneRefused(await upsert({ externalId: 'Z-1', email: 'z1@acme.example', timeZone: NODE_ONLY_ZONE }).expect(400));
    });

    it('PATCH refuses the zone and keeps the learner as it was; accepts Europe/Paris in any case', async () => {
      const { id } = (await upsert({ externalId: 'Z-2', email: 'z2@acme.example', timeZone: 'Asia/Tokyo' }).expect(201)).body;
      expectZoneRefused(await t.http().patch(`/v1/learners/${id}`).set(...bearer(acme.keys.planner)).send({ timeZone: NODE_ONLY_ZONE }).expect(400));
      expect((await t.http().get(`/v1/learners/${id}`).set(...bearer(acme.key)).expect(200)).body.timeZone).toBe('Asia/Tokyo');

      const patched = await t.http().patch(`/v1/learners/${id}`).set(...bearer(acme.keys.planner)).send({ timeZone: 'europe/paris' }).expect(200);
      expect(patched.body.timeZone).toBe('Europe/Paris');
    });

    it('the CSV import reports the row and column of the zone, and imports the rows with Europe/Paris', async () => {
      const csv = ['external_id,email,time_zone', 'Z-3,z3@acme.example,Europe/Paris', `Z-4,z4@acme.example,${NODE_ONLY_ZONE}`, 'Z-5,z5@acme.example,'].join('\n');
      const res = await t.http().post('/v1/learners/import').set(...bearer(acme.keys.planner)).set('Content-Type', 'text/csv').send(csv).expect(200);
      expect(res.body).toMatchObject({ created: 2, failed: 1 });
      expect(res.body.errors).toEqual([{ row: 3, field: 'time_zone', value: NODE_ONLY_ZONE, code: 'FIELD.UNKNOWN_TIME_ZONE', message: expect.stringContaining(`"${NODE_ONLY_ZONE}" is not an IANA time zone known to the database`) }]);
      const rows = await t.dataSource.query(`SELECT external_id, time_zone FROM learners WHERE workspace_id = $1 AND external_id IN ('Z-3', 'Z-4', 'Z-5') ORDER BY external_id`, [acme.id]);
      expect(rows).toEqual([
        { external_id: 'Z-3', time_zone: 'Europe/Paris' },
        { external_id: 'Z-5', time_zone: 'Europe/Paris' },
      ]);
    });
  });

  describe('course sessions', () => {
    const session = { startsAt: '2030-03-02T09:00:00+01:00', endsAt: '2030-03-02T17:00:00+01:00' };

    it('POST refuses the zone with a 400 naming timeZone, and accepts Europe/Paris', async () => {
      const refused = await t.http().post(`/v1/courses/${courseId}/sessions`).set(...bearer(acme.keys.planner)).send({ ...session, timeZone: NODE_ONLY_ZONE }).expect(400);
      expect(refused.body.error.code).toBe('SESSION.INVALID');
      expectZoneRefused(refused);
      const created = await t.http().post(`/v1/courses/${courseId}/sessions`).set(...bearer(acme.keys.planner)).send({ ...session, timeZone: 'Europe/Paris' }).expect(201);
      expect(created.body.timeZone).toBe('Europe/Paris');
    });

    it('PATCH refuses the zone and keeps the session as it was; stores the canonical spelling of a known one', async () => {
      const { id } = (await t.http().post(`/v1/courses/${courseId}/sessions`).set(...bearer(acme.keys.planner)).send({ ...session, timeZone: 'Asia/Tokyo' }).expect(201)).body;
      expectZoneRefused(await t.http().patch(`/v1/sessions/${id}`).set(...bearer(acme.keys.planner)).send({ timeZone: NODE_ONLY_ZONE }).expect(400));
      expect((await t.http().get(`/v1/sessions/${id}`).set(...bearer(acme.key)).expect(200)).body.timeZone).toBe('Asia/Tokyo');
      const patched = await t.http().patch(`/v1/sessions/${id}`).set(...bearer(acme.keys.planner)).send({ timeZone: 'EUROPE/PARIS' }).expect(200);
      expect(patched.body.timeZone).toBe('Europe/Paris');
    });
  });

  describe('the workspace', () => {
    it('PATCH /v1/workspace refuses the zone with a 400 naming timeZone, and accepts Europe/Paris', async () => {
      const ws = await t.createWorkspace();
      await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ timeZone: 'Asia/Tokyo' }).expect(200);
      const refused = await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ timeZone: NODE_ONLY_ZONE }).expect(400);
      expect(refused.body.error.code).toBe('WORKSPACE.INVALID_SETTINGS');
      expectZoneRefused(refused);
      expect((await t.http().get('/v1/workspace').set(...bearer(ws.key)).expect(200)).body.timeZone).toBe('Asia/Tokyo');
      expect((await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ timeZone: 'Europe/Paris' }).expect(200)).body.timeZone).toBe('Europe/Paris');
    });

    it('creating a workspace (the command line) refuses the zone too', async () => {
      await expect(t.app.get(WorkspacesService).createWorkspace({ name: 'Initech', timeZone: NODE_ONLY_ZONE })).rejects.toMatchObject({
        code: 'WORKSPACE.INVALID_SETTINGS',
        details: [{ path: 'timeZone', message: expect.stringContaining(NODE_ONLY_ZONE) }],
      });
      const { workspace } = await t.app.get(WorkspacesService).createWorkspace({ name: 'Initech', timeZone: 'europe/paris' });
      expect(workspace.timeZone).toBe('Europe/Paris');
    });
  });

  describe('GET /v1/learners/zone-problems', () => {
    it('counts the learners of each zone PostgreSQL does not know, in this workspace only, and the list filter finds them', async () => {
      const ws = await t.createWorkspace();
      const other = await t.createWorkspace();
      expect((await t.http().get('/v1/learners/zone-problems').set(...bearer(ws.keys.viewer)).expect(200)).body).toEqual([]);

      // Zones stored before they were checked against PostgreSQL.
      const insert = (workspaceId: string, externalId: string, zone: string) =>
        t.dataSource.query(`INSERT INTO learners (workspace_id, external_id, email, locale, time_zone) VALUES ($1, $2, $3, 'en', $4)`, [
          workspaceId,
          externalId,
          `${externalId.toLowerCase()}@example.com`,
          zone,
        ]);
      await insert(ws.id, 'L-1', NODE_ONLY_ZONE);
      await insert(ws.id, 'L-2', NODE_ONLY_ZONE);
      await insert(ws.id, 'L-3', 'Mars/Olympus');
      await insert(ws.id, 'L-4', 'Europe/Paris');
      await insert(ws.id, 'L-5', 'europe/paris');
      await insert(other.id, 'L-6', 'Moon/Base');

      const res = await t.http().get('/v1/learners/zone-problems').set(...bearer(ws.keys.viewer)).expect(200);
      expect(res.body).toEqual([
        { zone: NODE_ONLY_ZONE, count: 2 },
        { zone: 'Mars/Olympus', count: 1 },
      ]);
      expect(await t.app.get(LearnersService).findUnknownLearnerZones(other.id)).toEqual([{ zone: 'Moon/Base', count: 1 }]);

      const listed = await t.http().get('/v1/learners').query({ timeZone: NODE_ONLY_ZONE }).set(...bearer(ws.keys.viewer)).expect(200);
      expect(listed.body.items.map((l: { externalId: string }) => l.externalId).sort()).toEqual(['L-1', 'L-2']);
    });

    it('is documented in the OpenAPI document', async () => {
      const doc = (await t.http().get('/docs-json').expect(200)).body;
      const schema = doc.paths['/v1/learners/zone-problems'].get.responses['200'].content['application/json'].schema;
      expect(schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/ZoneProblemDto' } });
      expect(doc.paths['/v1/learners'].get.parameters.map((p: { name: string }) => p.name)).toContain('timeZone');
    });
  });
});
