import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

interface TimelineItem {
  id: string;
  type: 'enrolment' | 'delivery' | 'event';
  kind: string;
  at: string;
  campaign: { id: string; name: string | null } | null;
  step: { id: string; name: string | null } | null;
  channel: string | null;
  reason: string | null;
  course: { id: string; name: string | null } | null;
  session: { id: string; name: string | null; startsAt: string | null } | null;
  machine: boolean;
}

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', 'learners', name));

describe('Learners API for the console: facets, count, timeline, import preview', () => {
  let t: TestApp;
  let acme: TestWorkspace;
  let globex: TestWorkspace;

  const q = async (sql: string, params: unknown[]): Promise<string> => ((await t.dataSource.query(sql, params)) as Array<{ id: string }>)[0].id;
  const get = (ws: TestWorkspace, path: string, key = ws.key) => t.http().get(path).set(...bearer(key));
  const create = (ws: TestWorkspace, body: Record<string, unknown>) => t.http().post('/v1/learners').set(...bearer(ws.key)).send(body).expect(201);

  beforeAll(async () => {
    t = await TestApp.start();
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
  });
  afterAll(() => t.close());

  describe('GET /v1/learners/facets and /v1/learners/count', () => {
    let personaId: string;
    let otherPersonaId: string;

    beforeAll(async () => {
      personaId = await q(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'Curious newcomer') RETURNING id`, [acme.id]);
      otherPersonaId = await q(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'Ambassador') RETURNING id`, [acme.id]);
      await q(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'Globex persona') RETURNING id`, [globex.id]);
      const people = [
        { department: 'Sales', site: 'Lyon', country: 'FR', locale: 'fr-FR', personaId },
        { department: 'Sales', site: 'Lyon', country: 'FR', locale: 'fr-FR' },
        { department: 'Sales', site: 'Paris', country: 'FR', locale: 'en-GB', personaId },
        { department: 'Finance', site: 'Berlin', country: 'DE', locale: 'de-DE' },
        { department: null, site: null, country: null, locale: 'fr-FR' },
      ];
      for (const [i, p] of people.entries()) await create(acme, { externalId: `F-${i}`, email: `f${i}@acme.example`, firstName: `Léa${i}`, lastName: 'Lefèvre', ...p });
      await create(globex, { externalId: 'G-1', email: 'g1@globex.example', department: 'Secret department', site: 'Hidden' });
    });

    it('lists each field’s values with counts, most held first, and the personas by name with their learners, without empty values nor other workspaces’ data', async () => {
      const res = await get(acme, '/v1/learners/facets').expect(200);
      expect(res.body).toEqual({
        department: [
          { value: 'Sales', count: 3 },
          { value: 'Finance', count: 1 },
        ],
        site: [
          { value: 'Lyon', count: 2 },
          { value: 'Berlin', count: 1 },
          { value: 'Paris', count: 1 },
        ],
        country: [
          { value: 'FR', count: 3 },
          { value: 'DE', count: 1 },
        ],
        personaId: [
          { value: otherPersonaId, label: 'Ambassador', count: 0 },
          { value: personaId, label: 'Curious newcomer', count: 2 },
        ],
        locale: [
          { value: 'fr-FR', count: 3 },
          { value: 'de-DE', count: 1 },
          { value: 'en-GB', count: 1 },
        ],
      });
    });

    it('is readable by a viewer and needs authentication', async () => {
      await get(acme, '/v1/learners/facets', acme.keys.viewer).expect(200);
      await t.http().get('/v1/learners/facets').expect(401);
    });

    it('counts the learners the same filters list', async () => {
      expect((await get(acme, '/v1/learners/count').expect(200)).body).toEqual({ count: 5 });
      expect((await get(acme, '/v1/learners/count?department=Sales&site=Lyon').expect(200)).body).toEqual({ count: 2 });
      expect((await get(acme, '/v1/learners/count?country=fr&q=lefèvre').expect(200)).body).toEqual({ count: 3 });
      expect((await get(acme, `/v1/learners/count?personaId=${personaId}`).expect(200)).body).toEqual({ count: 2 });
      expect((await get(acme, '/v1/learners/count?locale=fr-fr').expect(200)).body).toEqual({ count: 3 });
      const listed = await get(acme, '/v1/learners?department=Sales&site=Lyon').expect(200);
      expect(listed.body.items).toHaveLength(2);
      // Paging parameters belong to the list, not the count.
      const bad = await get(acme, '/v1/learners/count?limit=5').expect(400);
      expect(bad.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'limit' })]));
    });
  });

  describe('GET /v1/learners/attribute-keys', () => {
    let ws: TestWorkspace;

    beforeAll(async () => {
      ws = await t.createWorkspace('Attributes');
      const people: Array<Record<string, unknown>> = [
        { manager_level: '2', cost_center: 'CC-1', remote: true },
        { manager_level: '2', cost_center: 'CC-2' },
        { manager_level: '3', cost_center: 'CC-1' },
        { manager_level: 1 },
        {},
      ];
      for (const [i, attributes] of people.entries()) await create(ws, { externalId: `A-${i}`, email: `a${i}@attr.example`, attributes });
      // Written before keys were checked: a rule cannot name it, so it is not offered.
      await t.dataSource.query(`UPDATE learners SET attributes = attributes || '{"centre de coût": "x"}' WHERE workspace_id = $1 AND external_id = 'A-0'`, [ws.id]);
      await create(globex, { externalId: 'G-attr', email: 'attr@globex.example', attributes: { secret_key: 'hidden' } });
    });

    it('lists the keys learners hold, most held first, with their most held values as text, and nothing of other workspaces', async () => {
      const res = await get(ws, '/v1/learners/attribute-keys', ws.keys.viewer).expect(200);
      expect(res.body).toEqual({
        keys: [
          {
            key: 'manager_level',
            count: 4,
            distinctValues: 3,
            examples: [
              { value: '2', count: 2 },
              { value: '1', count: 1 },
              { value: '3', count: 1 },
            ],
          },
          { key: 'cost_center', count: 3, distinctValues: 2, examples: [{ value: 'CC-1', count: 2 }, { value: 'CC-2', count: 1 }] },
          { key: 'remote', count: 1, distinctValues: 1, examples: [{ value: 'true', count: 1 }] },
        ],
        sampledLearners: 4,
        complete: true,
      });
    });

    it('answers an empty list for a workspace without attributes, and needs authentication', async () => {
      const empty = await t.createWorkspace('No attributes');
      expect((await get(empty, '/v1/learners/attribute-keys').expect(200)).body).toEqual({ keys: [], sampledLearners: 0, complete: true });
      const res = await t.http().get('/v1/learners/attribute-keys').expect(401);
      expect(res.body.error.code).toMatch(/^AUTH\./);
    });
  });

  describe('GET /v1/learners/:id/timeline', () => {
    let learnerId: string;
    let ids: Record<string, string>;

    beforeAll(async () => {
      learnerId = (await create(acme, { externalId: 'T-1', email: 'timeline@acme.example', firstName: 'Chloé', lastName: 'Lefèvre' })).body.id;
      const other = (await create(acme, { externalId: 'T-2', email: 'other@acme.example' })).body.id;
      const courseId = await q(`INSERT INTO courses (workspace_id, title, modality) VALUES ($1, 'Data literacy', 'blended') RETURNING id`, [acme.id]);
      const sessionId = await q(
        `INSERT INTO course_sessions (workspace_id, course_id, title, starts_at, ends_at, time_zone)
         VALUES ($1, $2, 'Lyon, spring', '2026-05-04T07:00:00Z', '2026-05-04T15:00:00Z', 'Europe/Paris') RETURNING id`,
        [acme.id, courseId],
      );
      const campaignId = await q(`INSERT INTO campaigns (workspace_id, name, course_id, session_id, status) VALUES ($1, 'Spring data push', $2, $3, 'running') RETURNING id`, [
        acme.id,
        courseId,
        sessionId,
      ]);
      const stepSql = `INSERT INTO campaign_steps (workspace_id, campaign_id, position, name, phase, anchor, "offset", channel, template_version_id)
                       VALUES ($1, $2, $3, $4, 'before', 'session_start', '-P14D', 'email', gen_random_uuid()) RETURNING id`;
      const invitation = await q(stepSql, [acme.id, campaignId, 1, 'Invitation']);
      const reminder = await q(stepSql, [acme.id, campaignId, 2, 'Reminder']);
      const delivery = (step: string, learner: string, status: string, scheduled: string, sent: string | null, reason: string | null) =>
        q(
          `INSERT INTO deliveries (workspace_id, campaign_id, step_id, learner_id, channel, template_version_id, status, reason, scheduled_at, sent_at)
           VALUES ($1, $2, $3, $4, 'email', gen_random_uuid(), $5, $6, $7, $8) RETURNING id`,
          [acme.id, campaignId, step, learner, status, reason, scheduled, sent],
        );
      const event = (kind: string, at: string, extra: { deliveryId?: string; machine?: boolean } = {}) =>
        q(
          `INSERT INTO events (workspace_id, kind, occurred_at, learner_id, delivery_id, campaign_id, step_id, channel, course_id, session_id, machine, source, idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'email', $8, $9, $10, 'tracking', gen_random_uuid()::text) RETURNING id`,
          [acme.id, kind, at, learnerId, extra.deliveryId ?? null, campaignId, invitation, courseId, sessionId, extra.machine ?? false],
        );
      const invited = await delivery(invitation, learnerId, 'sent', '2026-04-20T07:00:00Z', '2026-04-20T07:00:01.123456Z', null);
      ids = {
        invited,
        skipped: await delivery(reminder, learnerId, 'skipped', '2026-04-27T07:00:00Z', null, 'unsubscribed'),
        sentEvent: await event('sent', '2026-04-20T07:00:01.123456Z', { deliveryId: invited }),
        opened: await event('opened', '2026-04-20T08:15:00Z', { deliveryId: invited }),
        proxyOpen: await event('opened', '2026-04-20T07:00:05Z', { deliveryId: invited, machine: true }),
        clicked: await event('clicked', '2026-04-20T08:16:00Z', { deliveryId: invited }),
        enrolledEvent: await event('enrolled', '2026-04-21T09:00:00Z'),
        enrolment: await q(
          `INSERT INTO enrollments (workspace_id, session_id, course_id, learner_id, status, enrolled_at, created_at)
           VALUES ($1, $2, $3, $4, 'enrolled', '2026-04-21T09:00:00Z', '2026-04-21T09:00:00.5Z') RETURNING id`,
          [acme.id, sessionId, courseId, learnerId],
        ),
        unsubscribed: await event('unsubscribed', '2026-04-25T10:00:00Z'),
      };
      // Someone else's history stays theirs.
      await delivery(invitation, other, 'sent', '2026-04-20T07:00:00Z', '2026-04-20T07:00:02Z', null);
    });

    it('merges enrolments, deliveries and events, newest first, with campaign, step, channel, status and reason', async () => {
      const res = await get(acme, `/v1/learners/${learnerId}/timeline`).expect(200);
      expect(res.body.nextCursor).toBeNull();
      const items = res.body.items as TimelineItem[];
      expect(items.map((i) => [i.type, i.kind, i.id])).toEqual([
        ['delivery', 'skipped', ids.skipped],
        ['event', 'unsubscribed', ids.unsubscribed],
        ['enrolment', 'enrolled', ids.enrolment],
        ['event', 'enrolled', ids.enrolledEvent],
        ['event', 'clicked', ids.clicked],
        ['event', 'opened', ids.opened],
        ['event', 'opened', ids.proxyOpen],
        ['delivery', 'sent', ids.invited],
      ]);
      // The send event is told by its delivery, not twice.
      expect(items.map((i) => i.id)).not.toContain(ids.sentEvent);
      const skipped = items[0];
      expect(skipped).toMatchObject({
        at: '2026-04-27T07:00:00.000Z',
        campaign: { name: 'Spring data push' },
        step: { name: 'Reminder' },
        channel: 'email',
        reason: 'unsubscribed',
        course: { name: 'Data literacy' },
        session: { name: 'Lyon, spring', startsAt: '2026-05-04T07:00:00.000Z' },
      });
      expect(items[7]).toMatchObject({ at: '2026-04-20T07:00:01.123Z', step: { name: 'Invitation' }, reason: null });
      expect(items[6].machine).toBe(true);
      expect(items[2]).toMatchObject({ campaign: null, step: null, course: { name: 'Data literacy' }, session: { name: 'Lyon, spring' } });
    });

    it('pages with a cursor, without losing or repeating an entry, even between entries of the same instant', async () => {
      const all = ((await get(acme, `/v1/learners/${learnerId}/timeline`).expect(200)).body.items as TimelineItem[]).map((i) => i.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=3&cursor=${encodeURIComponent(cursor)}` : '?limit=3';
        const page = await get(acme, `/v1/learners/${learnerId}/timeline${query}`).expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...(page.body.items as TimelineItem[]).map((i) => i.id));
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(all);
    });

    it('answers 404 for a learner of another workspace, 400 for a bad cursor, and is readable by a viewer', async () => {
      const missing = await get(globex, `/v1/learners/${learnerId}/timeline`).expect(404);
      expect(missing.body.error.code).toBe('LEARNER.NOT_FOUND');
      const bad = await get(acme, `/v1/learners/${learnerId}/timeline?cursor=nope`).expect(400);
      expect(bad.body.error.details).toEqual([{ path: 'cursor', message: 'unrecognised cursor' }]);
      await get(acme, `/v1/learners/${learnerId}/timeline`, acme.keys.viewer).expect(200);
    });

    it('is empty for a learner with no history', async () => {
      const fresh = (await create(acme, { externalId: 'T-3', email: 'fresh@acme.example' })).body.id;
      expect((await get(acme, `/v1/learners/${fresh}/timeline`).expect(200)).body).toEqual({ items: [], nextCursor: null });
    });
  });

  describe('POST /v1/learners/import/preview', () => {
    const preview = (ws: TestWorkspace, body: string | Buffer, contentType = 'text/csv', key = ws.key) =>
      t.http().post('/v1/learners/import/preview').set(...bearer(key)).set('Content-Type', contentType).send(body);

    it('maps a French Excel file’s headers (Windows-1252, semicolons) with the import’s own rules and shows the first rows', async () => {
      const csv = Buffer.from(
        'Matricule;Prénom;Nom;Adresse e-mail;Service;Centre de coût;;Mail\r\n' +
          'E-1;Jeanne;Lefèvre;jeanne@acme.fr;Ventes;CC-1;;x@acme.fr\r\n' +
          'E-2;Hélène;Dupré;helene@acme.fr;Achats;CC-2;;\r\n',
        'latin1',
      );
      const res = await preview(acme, csv).expect(200);
      expect(res.body.encoding).toMatchObject({ used: 'windows-1252', detected: 'windows-1252' });
      expect(res.body.delimiter).toBe(';');
      expect(res.body.columns).toEqual([
        { index: 0, header: 'Matricule', field: 'externalId', attribute: null, ignored: null, collidesWith: null },
        { index: 1, header: 'Prénom', field: 'firstName', attribute: null, ignored: null, collidesWith: null },
        { index: 2, header: 'Nom', field: 'lastName', attribute: null, ignored: null, collidesWith: null },
        { index: 3, header: 'Adresse e-mail', field: 'email', attribute: null, ignored: null, collidesWith: null },
        { index: 4, header: 'Service', field: 'department', attribute: null, ignored: null, collidesWith: null },
        { index: 5, header: 'Centre de coût', field: null, attribute: expect.any(String), ignored: null, collidesWith: null },
        { index: 6, header: '', field: null, attribute: null, ignored: 'no_header', collidesWith: null },
        { index: 7, header: 'Mail', field: null, attribute: null, ignored: 'ambiguous', collidesWith: 3 },
      ]);
      expect(res.body.missing).toEqual([]);
      expect(res.body.ambiguous).toEqual([expect.objectContaining({ path: 'Mail', code: 'IMPORT.AMBIGUOUS_COLUMN' })]);
      // A file the import would refuse as a whole has no row problems to show.
      expect(res.body.problems).toEqual([]);
      expect(res.body.rows).toEqual([
        { row: 2, cells: ['E-1', 'Jeanne', 'Lefèvre', 'jeanne@acme.fr', 'Ventes', 'CC-1', '', 'x@acme.fr'] },
        { row: 3, cells: ['E-2', 'Hélène', 'Dupré', 'helene@acme.fr', 'Achats', 'CC-2', '', ''] },
      ]);
      // Nothing was written.
      expect((await get(acme, '/v1/learners/count?q=helene@acme.fr').expect(200)).body.count).toBe(0);
    });

    it('reports the problems of the rows it shows with the import’s own checks and codes, quoting the cells as written', async () => {
      const ws = await t.createWorkspace();
      await t.dataSource.query(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'Curious Explorer')`, [ws.id]);
      const csv =
        'Matricule;Adresse e-mail;Date d’embauche;Pays;Langue;Persona\n' +
        'E-1;jeanne@acme.fr;15/03/2021;France;français;curious explorer\n' +
        'E-2;helene(at)acme.fr;31/02/2024;Atlantide;klingon;Skeptic\n' +
        'E-1;benoit@acme.fr;;FR;fr-FR;\n' +
        'E-7;zoe@acme.fr;;;;\n' +
        'E-8;ines@acme.fr;;;;\n' +
        'E-9;not-shown;;;;\n';
      const res = await preview(ws, csv).expect(200);
      expect(res.body.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5, 6]);
      expect(res.body.problems).toEqual([
        { row: 3, field: 'Adresse e-mail', code: 'FIELD.INVALID_EMAIL', message: expect.stringContaining('helene(at)acme.fr'), value: 'helene(at)acme.fr' },
        { row: 3, field: 'Date d’embauche', code: 'FIELD.INVALID_DATE', message: '"31/02/2024" is not a real date', value: '31/02/2024' },
        { row: 3, field: 'Pays', code: 'FIELD.INVALID_COUNTRY', message: expect.any(String), value: 'Atlantide' },
        { row: 3, field: 'Langue', code: 'FIELD.INVALID_LOCALE', message: expect.any(String), value: 'klingon' },
        { row: 3, field: 'Persona', code: 'ROW.UNKNOWN_PERSONA', message: 'no persona named "Skeptic" in this workspace', value: 'Skeptic' },
        { row: 4, field: 'Matricule', code: 'ROW.REPEATED_EXTERNAL_ID', message: '"E-1" already appears in row 2; only that row is imported', value: 'E-1' },
      ]);
      // The import reports the same rows the same way.
      const imported = await t.http().post('/v1/learners/import').set(...bearer(ws.key)).set('Content-Type', 'text/csv').send(csv).expect(200);
      expect(imported.body.errors.filter((e: { row: number }) => e.row <= 6)).toEqual(res.body.problems);
    });

    it('reads a UTF-8 file with a BOM sent as a multipart form, keeping only the first five rows', async () => {
      const res = await t
        .http()
        .post('/v1/learners/import/preview')
        .set(...bearer(acme.key))
        .attach('file', fixture('french-utf8-bom.csv'), { filename: 'export.csv', contentType: 'text/csv' })
        .expect(200);
      expect(res.body.encoding).toMatchObject({ used: 'utf-8', detected: null });
      expect(res.body.rows.length).toBeGreaterThan(0);
      expect(res.body.rows.length).toBeLessThanOrEqual(5);
      expect(res.body.columns[0].header.startsWith('\uFEFF')).toBe(false);
    });

    it('takes the head of a large file cut mid-row, and names missing required columns', async () => {
      const noEmail = await preview(acme, 'external_id,name\nE-1,Jeanne\n').expect(200);
      expect(noEmail.body.missing).toEqual([expect.objectContaining({ path: 'email', code: 'IMPORT.MISSING_COLUMN' })]);
      // A file malformed before any row was read is refused as the import would refuse it.
      const broken = await preview(acme, 'external_id,email\nE-1,"never closed\n').expect(400);
      expect(broken.body.error.code).toBe('IMPORT.MALFORMED_CSV');
      const head = ['external_id,email', ...Array.from({ length: 20 }, (_, i) => `E-${i},e${i}@acme.fr`)].join('\n') + '\nE-99,"cut here';
      const cutMidRow = await preview(acme, head).expect(200);
      expect(cutMidRow.body.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5, 6]);
    });

    it('refuses viewers, empty files and other media types with a field named', async () => {
      await preview(acme, 'external_id,email\n', 'text/csv', acme.keys.viewer).expect(403);
      const empty = await preview(acme, '').expect(400);
      expect(empty.body.error.code).toBe('IMPORT.EMPTY_FILE');
      const json = await preview(acme, '{}', 'application/json').expect(400);
      expect(json.body.error.details).toEqual([{ path: 'content-type', message: expect.stringContaining('application/json') }]);
    });
  });
});
