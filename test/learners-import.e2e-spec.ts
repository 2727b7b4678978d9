import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

interface ImportBody {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: Array<{ row: number; field: string; message: string }>;
  errorsTruncated: boolean;
}

interface StoredLearner {
  external_id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  locale: string;
  time_zone: string;
  department: string | null;
  site: string | null;
  country: string | null;
  hire_date: string | null;
  attributes: Record<string, unknown>;
  persona_id: string | null;
  consent_email: boolean;
  consent_network: boolean;
  updated_at: Date;
}

// What every UTF-8 file without a declared charset reports.
const UTF8 = { used: 'utf-8', declared: null, detected: null, note: null };

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', 'learners', name));

describe('POST /v1/learners/import', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const importCsv = (ws: TestWorkspace, csv: string | Buffer, key = ws.key) =>
    t.http().post('/v1/learners/import').set(...bearer(key)).set('Content-Type', 'text/csv').send(csv);

  const stored = async (ws: TestWorkspace): Promise<Map<string, StoredLearner>> => {
    const rows: StoredLearner[] = await t.dataSource.query(
      `SELECT external_id, email, first_name, last_name, locale, time_zone, department, site, country, to_char(hire_date, 'YYYY-MM-DD') AS hire_date,
              attributes, persona_id, consent_email, consent_network, updated_at
         FROM learners WHERE workspace_id = $1`,
      [ws.id],
    );
    return new Map(rows.map((r) => [r.external_id, r]));
  };

  const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

  it('imports good rows with normalised values and the workspace defaults', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(
      ws,
      lines(
        'external_id,email,first_name,last_name,locale,time_zone,department,job_title,site,country,manager_external_id,hire_date,network_handle,consent_email,consent_network',
        'E1, Ada.Lovelace@Example.COM ,Ada,Lovelace,en-gb,europe/london,R&D,Engineer,London,gb,E9,1999-12-10,@ada,yes,no',
        'E2,grace@example.com,Grace,Hopper,,,,,,,,,,,',
      ),
    ).expect(200);
    expect(res.body).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 0, errors: [], errorsTruncated: false, encoding: UTF8 });

    const learners = await stored(ws);
    expect(learners.get('E1')).toMatchObject({
      email: 'ada.lovelace@example.com',
      locale: 'en-GB',
      time_zone: 'Europe/London',
      department: 'R&D',
      country: 'GB',
      hire_date: '1999-12-10',
      consent_email: true,
      consent_network: false,
      attributes: {},
    });
    // Workspaces are created with locale "en" and zone Europe/Paris; consent defaults to true.
    expect(learners.get('E2')).toMatchObject({ locale: 'en', time_zone: 'Europe/Paris', department: null, consent_email: true, consent_network: true });
  });

  it('creates learners without consent when told so (defaultConsent=false), where the file gives none, and leaves existing learners’ consent alone', async () => {
    const ws = await t.createWorkspace();
    await t.http().post('/v1/learners').set(...bearer(ws.key)).send({ externalId: 'OLD', email: 'old@example.com', consentEmail: true }).expect(201);
    const withoutColumn = await t
      .http()
      .post('/v1/learners/import?defaultConsent=false')
      .set(...bearer(ws.key))
      .set('Content-Type', 'text/csv')
      .send(lines('external_id,email,first_name', 'NEW,new@example.com,Noé', 'OLD,old@example.com,Olga'))
      .expect(200);
    expect(withoutColumn.body).toMatchObject({ created: 1, updated: 1, failed: 0 });
    const withColumn = await t
      .http()
      .post('/v1/learners/import?defaultConsent=false')
      .set(...bearer(ws.key))
      .set('Content-Type', 'text/csv')
      .send(lines('external_id,email,consent_email', 'YES,yes@example.com,oui', 'BLANK,blank@example.com,'))
      .expect(200);
    expect(withColumn.body).toMatchObject({ created: 2, failed: 0 });
    const learners = await stored(ws);
    expect(learners.get('NEW')).toMatchObject({ consent_email: false, consent_network: false });
    expect(learners.get('OLD')).toMatchObject({ first_name: 'Olga', consent_email: true, consent_network: true });
    // A value in the file wins; an empty cell takes the default, as an absent column does.
    expect(learners.get('YES')).toMatchObject({ consent_email: true, consent_network: false });
    expect(learners.get('BLANK')).toMatchObject({ consent_email: false, consent_network: false });

    const bad = await t.http().post('/v1/learners/import?defaultConsent=maybe').set(...bearer(ws.key)).set('Content-Type', 'text/csv').send(lines('external_id,email')).expect(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'defaultConsent' })]);
  });

  it('reports bad emails and bad time zones by row and column, and imports the valid rows', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(
      ws,
      lines(
        'externalId,email,timezone,country',
        'E1,ok1@example.com,Europe/Paris,FR',
        'E2,not-an-email,Europe/Paris,FR',
        'E3,ok3@example.com,Europe/Lyon,FR',
        'E4,,Asia/Tokyo,JP',
        'E5,bad@,Moon/Base,Atlantide',
        'E6,ok6@example.com,Asia/Tokyo,JP',
      ),
    ).expect(200);
    expect(res.body).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 4, errorsTruncated: false });
    expect(res.body.errors).toEqual([
      { row: 3, field: 'email', message: expect.stringContaining('not a valid email'), code: 'FIELD.INVALID_EMAIL', value: 'not-an-email' },
      { row: 4, field: 'timezone', message: expect.stringContaining('not an IANA time zone'), code: 'FIELD.UNKNOWN_TIME_ZONE', value: 'Europe/Lyon' },
      { row: 5, field: 'email', message: 'is required', code: 'FIELD.REQUIRED' },
      { row: 6, field: 'email', message: expect.stringContaining('not a valid email'), code: 'FIELD.INVALID_EMAIL', value: 'bad@' },
      { row: 6, field: 'timezone', message: expect.stringContaining('not an IANA time zone'), code: 'FIELD.UNKNOWN_TIME_ZONE', value: 'Moon/Base' },
      { row: 6, field: 'country', message: expect.stringContaining('is not a country'), code: 'FIELD.INVALID_COUNTRY', value: 'Atlantide' },
    ]);
    expect([...(await stored(ws)).keys()].sort()).toEqual(['E1', 'E6']);
  });

  it('keeps the first of duplicate externalIds and emails in the file, and refuses emails held by another learner', async () => {
    const ws = await t.createWorkspace();
    await t.http().post('/v1/learners').set(...bearer(ws.key)).send({ externalId: 'DB1', email: 'held@example.com' }).expect(201);
    const res = await importCsv(
      ws,
      lines(
        'employee_id,email,first_name',
        'E1,one@example.com,First',
        'E2,two@example.com,Second',
        'E1,other@example.com,Again',
        'E3,TWO@example.com,Third',
        'E4,held@example.com,Fourth',
        'DB1,held@example.com,Owner',
      ),
    ).expect(200);
    expect(res.body).toMatchObject({ created: 2, updated: 1, unchanged: 0, failed: 3 });
    expect(res.body.errors).toEqual([
      { row: 4, field: 'employee_id', message: '"E1" already appears in row 2; only that row is imported', code: 'ROW.REPEATED_EXTERNAL_ID', value: 'E1' },
      { row: 5, field: 'email', message: '"two@example.com" is already used by externalId "E2" in row 3', code: 'ROW.REPEATED_EMAIL' },
      { row: 6, field: 'email', message: '"held@example.com" belongs to another learner (externalId "DB1")', code: 'ROW.EMAIL_OF_ANOTHER_LEARNER' },
    ]);
    const learners = await stored(ws);
    expect(learners.get('E1')).toMatchObject({ email: 'one@example.com', first_name: 'First' });
    expect(learners.get('DB1')).toMatchObject({ email: 'held@example.com', first_name: 'Owner' });
    expect(learners.has('E3')).toBe(false);
    expect(learners.has('E4')).toBe(false);
  });

  it('refuses a file without a required column with 400 naming it, and writes nothing', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(ws, lines('external_id,first_name', 'E1,Ada', 'E2,Grace')).expect(400);
    expect(res.body.error).toMatchObject({ code: 'IMPORT.MISSING_COLUMN', details: [{ path: 'email', message: expect.stringContaining('no email column') }] });
    const both = await importCsv(ws, lines('name,department', 'Ada,R&D')).expect(400);
    expect(both.body.error.details.map((d: { path: string }) => d.path)).toEqual(['externalId', 'email']);
    expect((await stored(ws)).size).toBe(0);
  });

  it('refuses a header with two columns for one field', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(ws, lines('external_id,email,E-mail', 'E1,a@example.com,b@example.com')).expect(400);
    expect(res.body.error).toMatchObject({ code: 'IMPORT.AMBIGUOUS_COLUMN', details: [{ path: 'E-mail' }] });
    expect((await stored(ws)).size).toBe(0);
  });

  it('reads a file that starts with a UTF-8 BOM', async () => {
    const ws = await t.createWorkspace();
    const csv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines('externalId,email', 'E1,bom@example.com'))]);
    const res = await importCsv(ws, csv).expect(200);
    expect(res.body).toMatchObject({ created: 1, failed: 0 });
    expect((await stored(ws)).get('E1')?.email).toBe('bom@example.com');
  });

  it('keeps quoted commas and quoted line breaks, counting rows as a spreadsheet does', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(
      ws,
      lines(
        'externalId,email,job_title,Bio',
        'E1,a@example.com,"Head of Sales, EMEA","Line one',
        'line two, still the bio"',
        'E2,broken,"Quoted ""title""",x',
      ),
    ).expect(200);
    expect(res.body).toMatchObject({ created: 1, failed: 1, errors: [{ row: 3, field: 'email' }] });
    const learner = (await stored(ws)).get('E1');
    expect(learner?.attributes).toEqual({ bio: 'Line one\nline two, still the bio' });
    const [row] = await t.dataSource.query(`SELECT job_title FROM learners WHERE workspace_id = $1`, [ws.id]);
    expect(row.job_title).toBe('Head of Sales, EMEA');
  });

  it('refuses names and emails with line breaks or control characters, naming the row and the column', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(
      ws,
      lines(
        'externalId,email,Prénom,Nom',
        'E1,ok@example.com,Jeanne,Dupont',
        'E2,two@example.com,"Jean',
        'Bcc: all@example.com",Martin',
        'E3,three@example.com,Léa,"Du\tbois"',
        'E4,"QQfour',
        'xQQ@example.com",Ana,Silva',
      ).replace(/QQ/g, '""'),
    ).expect(200);
    expect(res.body).toMatchObject({ created: 1, failed: 3 });
    expect(res.body.errors).toEqual([
      { row: 3, field: 'Prénom', message: expect.stringMatching(/line breaks/), code: 'FIELD.CONTROL_CHARACTERS', value: 'Jean\nBcc: all@example.com' },
      { row: 4, field: 'Nom', message: expect.stringMatching(/control characters/), code: 'FIELD.CONTROL_CHARACTERS', value: 'Du\tbois' },
      { row: 5, field: 'email', message: expect.stringMatching(/line breaks/), code: 'FIELD.CONTROL_CHARACTERS', value: '"four\nx"@example.com' },
    ]);
    expect([...(await stored(ws)).keys()]).toEqual(['E1']);
  });

  it('reads a French Excel export: BOM, semicolons, CRLF, French headers, day-first dates', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(ws, fixture('french-excel.csv')).expect(200);
    expect(res.body).toMatchObject({ created: 3, updated: 0, unchanged: 0, failed: 1 });
    expect(res.body.errors).toEqual([
      { row: 5, field: 'Adresse e-mail', message: expect.stringContaining('not a valid email'), code: 'FIELD.INVALID_EMAIL', value: 'luc.martin@exemple' },
      // Quoted as written, not as read (2020-02-31).
      { row: 5, field: "Date d'embauche", message: '"31/02/2020" is not a real date', code: 'FIELD.INVALID_DATE', value: '31/02/2020' },
      { row: 5, field: 'Consentement e-mail', message: expect.stringContaining('peut-être'), code: 'FIELD.INVALID_BOOLEAN' },
    ]);
    const learners = await stored(ws);
    expect(learners.get('FR-001')).toMatchObject({
      email: 'jean.dupont@exemple.fr',
      first_name: 'Jean',
      last_name: 'Dupont',
      department: 'Ventes',
      country: 'FR',
      locale: 'fr-FR',
      hire_date: '2021-03-15',
      consent_email: true,
      attributes: { nom_complet: 'Dupont, Jean', centre_de_cout: 'CC-210' },
    });
    expect(learners.get('FR-002')).toMatchObject({ first_name: 'Zoé', department: 'Recherche; Développement', locale: 'fr-FR', consent_email: false });
    expect(learners.get('FR-003')).toMatchObject({ hire_date: null, locale: 'en', attributes: { nom_complet: "N'Diaye, Awa" } });
  });

  it('reads countries and languages written by name, in French or English, and still refuses an unknown one', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(
      ws,
      lines(
        'Matricule;E-mail;Pays;Langue',
        'N1;n1@example.com;France;Français',
        'N2;n2@example.com;Belgique;anglais',
        'N3;n3@example.com;CANADA;English',
        'N4;n4@example.com;États-Unis;en-US',
        'N5;n5@example.com;Atlantide;klingon',
      ),
    ).expect(200);
    expect(res.body).toMatchObject({ created: 4, failed: 1 });
    expect(res.body.errors).toEqual([
      { row: 6, field: 'Pays', message: expect.stringContaining('"Atlantide" is not a country'), code: 'FIELD.INVALID_COUNTRY', value: 'Atlantide' },
      { row: 6, field: 'Langue', message: expect.stringContaining('"klingon" is not a language'), code: 'FIELD.INVALID_LOCALE', value: 'klingon' },
    ]);
    const learners = await stored(ws);
    expect(['N1', 'N2', 'N3', 'N4'].map((id) => `${learners.get(id)?.country}/${learners.get(id)?.locale}`)).toEqual(['FR/fr', 'BE/en', 'CA/en', 'US/en-US']);

    // The single-learner paths read names the same way.
    const one = await t.http().post('/v1/learners').set(...bearer(ws.key)).send({ externalId: 'N6', email: 'n6@example.com', country: 'Allemagne', locale: 'Deutsch' }).expect(201);
    expect(one.body).toMatchObject({ country: 'DE', locale: 'de' });
    const changed = await t.http().patch(`/v1/learners/${one.body.id}`).set(...bearer(ws.key)).send({ country: 'Suisse', locale: 'français' }).expect(200);
    expect(changed.body).toMatchObject({ country: 'CH', locale: 'fr' });
    const refused = await t.http().patch(`/v1/learners/${one.body.id}`).set(...bearer(ws.key)).send({ country: 'Atlantide' }).expect(400);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ path: 'country', message: expect.stringContaining('"Atlantide" is not a country') })]);
  });

  it('accepts the file as the "file" part of a multipart form', async () => {
    const ws = await t.createWorkspace();
    const res = await t
      .http()
      .post('/v1/learners/import')
      .set(...bearer(ws.keys.planner))
      .field('note', 'ignored')
      .attach('file', Buffer.from(lines('externalId;email;site', 'M1;m1@example.com;Lyon', 'M2;m2@example.com;Paris')), {
        filename: 'learners.csv',
        contentType: 'text/csv',
      })
      .expect(200);
    expect(res.body).toMatchObject({ created: 2, failed: 0 });
    expect((await stored(ws)).get('M2')?.site).toBe('Paris');
  });

  it('puts unknown columns in attributes (empty cells left out) and merges them on later imports', async () => {
    const ws = await t.createWorkspace();
    await importCsv(ws, lines('externalId,email,Cost Center,badgeLevel', 'E1,a@example.com,CC-1,gold', 'E2,b@example.com,,silver')).expect(200);
    let learners = await stored(ws);
    expect(learners.get('E1')?.attributes).toEqual({ cost_center: 'CC-1', badge_level: 'gold' });
    expect(learners.get('E2')?.attributes).toEqual({ badge_level: 'silver' });

    const res = await importCsv(ws, lines('externalId,email,Cost Center,Shift', 'E1,a@example.com,CC-2,night', 'E2,b@example.com,,')).expect(200);
    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    learners = await stored(ws);
    expect(learners.get('E1')?.attributes).toEqual({ cost_center: 'CC-2', badge_level: 'gold', shift: 'night' });
    expect(learners.get('E2')?.attributes).toEqual({ badge_level: 'silver' });
  });

  it('changes nothing when the same file is imported twice, and updates only what a new file changes', async () => {
    const ws = await t.createWorkspace();
    const csv = lines(
      'externalId,email,first_name,department,locale,consent_email,hire_date,Grade',
      'E1,a@example.com,Ada,R&D,fr-FR,oui,2020-01-02,A',
      'E2,b@example.com,Bob,Sales,,non,,B',
      'E3,c@example.com,Cy,,,,,',
    );
    expect((await importCsv(ws, csv).expect(200)).body).toMatchObject({ created: 3, updated: 0, unchanged: 0, failed: 0 });
    const before = await stored(ws);
    expect((await importCsv(ws, csv).expect(200)).body).toEqual({ created: 0, updated: 0, unchanged: 3, failed: 0, errors: [], errorsTruncated: false, encoding: UTF8 });
    const after = await stored(ws);
    for (const id of ['E1', 'E2', 'E3']) expect(after.get(id)?.updated_at).toEqual(before.get(id)?.updated_at);

    // The API sets a site; a file without a site column leaves it alone, and an empty locale keeps the stored one.
    await t.http().post('/v1/learners').set(...bearer(ws.key)).send({ externalId: 'E2', email: 'b@example.com', site: 'Lille', locale: 'nl-BE' }).expect(200);
    const changed = await importCsv(ws, lines('externalId,email,department,locale', 'E1,a@example.com,R&D,', 'E2,b@example.com,Marketing,', 'E4,d@example.com,,')).expect(200);
    expect(changed.body).toMatchObject({ created: 1, updated: 1, unchanged: 1, failed: 0 });
    const last = await stored(ws);
    expect(last.get('E1')).toMatchObject({ first_name: 'Ada', locale: 'fr-FR', hire_date: '2020-01-02', attributes: { grade: 'A' } });
    expect(last.get('E2')).toMatchObject({ department: 'Marketing', site: 'Lille', locale: 'nl-BE', consent_email: false });
  });

  it('assigns personas by name and reports unknown ones', async () => {
    const ws = await t.createWorkspace();
    const [persona] = await t.dataSource.query(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'Curious Explorer') RETURNING id`, [ws.id]);
    const res = await importCsv(ws, lines('externalId,email,persona', 'E1,a@example.com,curious explorer', 'E2,b@example.com,Skeptic', 'E3,c@example.com,')).expect(200);
    expect(res.body).toMatchObject({ created: 2, failed: 1, errors: [{ row: 3, field: 'persona', message: 'no persona named "Skeptic" in this workspace' }] });
    const learners = await stored(ws);
    expect(learners.get('E1')?.persona_id).toBe(persona.id);
    expect(learners.get('E3')?.persona_id).toBeNull();
  });

  it('caps the reported errors at 1,000 and says so', async () => {
    const ws = await t.createWorkspace();
    const rows = Array.from({ length: 1200 }, (_, i) => `E${i},not-an-email-${i}`);
    const res = await importCsv(ws, lines('externalId,email', 'OK,ok@example.com', ...rows)).expect(200);
    expect(res.body).toMatchObject({ created: 1, failed: 1200, errorsTruncated: true });
    expect(res.body.errors).toHaveLength(1000);
    expect(res.body.errors[0].row).toBe(3);
    expect(res.body.errors[999].row).toBe(1002);
  });

  it('writes nothing when the file turns out malformed part-way', async () => {
    const ws = await t.createWorkspace();
    const good = Array.from({ length: 2000 }, (_, i) => `E${i},e${i}@example.com,fine`);
    const res = await importCsv(ws, lines('externalId,email,note', ...good, 'BAD,bad@example.com,"unterminated', 'E9,x@example.com,y')).expect(400);
    expect(res.body.error.code).toBe('IMPORT.MALFORMED_CSV');
    expect((await stored(ws)).size).toBe(0);
    // The connection went back to the pool in a usable state.
    expect((await importCsv(ws, lines('externalId,email', 'E1,e1@example.com')).expect(200)).body.created).toBe(1);
  });

  it('refuses a body that is not CSV with 400 naming content-type', async () => {
    const ws = await t.createWorkspace();
    const res = await t.http().post('/v1/learners/import').set(...bearer(ws.key)).send({ externalId: 'E1', email: 'a@example.com' }).expect(400);
    expect(res.body.error).toMatchObject({ code: 'IMPORT.UNSUPPORTED_MEDIA_TYPE', details: [{ path: 'content-type' }] });
  });

  it('lets admins and planners import and refuses editors and viewers', async () => {
    const ws = await t.createWorkspace();
    for (const role of ['editor', 'viewer'] as const) {
      const res = await importCsv(ws, lines('externalId,email', 'E1,a@example.com'), ws.keys[role]).expect(403);
      expect(res.body.error.code).toBe('AUTH.ROLE_FORBIDDEN');
    }
    await importCsv(ws, lines('externalId,email', 'E1,a@example.com'), ws.keys.planner).expect(200);
  });

  it('keeps workspaces apart: the same external ids and emails elsewhere are other learners', async () => {
    const a = await t.createWorkspace();
    const b = await t.createWorkspace();
    await importCsv(a, lines('externalId,email,site', 'E1,same@example.com,Lyon')).expect(200);
    const res = await importCsv(b, lines('externalId,email,site', 'E1,same@example.com,Oslo')).expect(200);
    expect(res.body).toMatchObject({ created: 1, failed: 0 });
    expect((await stored(a)).get('E1')?.site).toBe('Lyon');
    expect((await stored(b)).get('E1')?.site).toBe('Oslo');
  });

  it('imports a 100,000-row file, then finds it all unchanged on a second pass', async () => {
    const ws = await t.createWorkspace();
    const departments = ['Sales', 'Finance', 'IT', 'HR', 'Legal'];
    const rows = ['employee_id,email,first_name,last_name,department,site,country,locale,time_zone,hire_date,Cost Center'];
    for (let i = 0; i < 100_000; i++) {
      rows.push(
        `P${i},person.${i}@big.example.com,First${i},"Last, ${i}",${departments[i % 5]},Site ${i % 40},${i % 2 ? 'FR' : 'DE'},${i % 2 ? 'fr-FR' : 'de-DE'},Europe/Paris,2020-01-${String((i % 28) + 1).padStart(2, '0')},CC-${i % 100}`,
      );
    }
    const csv = lines(...rows);

    const first = await importCsv(ws, csv).expect(200);
    expect(first.body).toEqual({ created: 100_000, updated: 0, unchanged: 0, failed: 0, errors: [], errorsTruncated: false, encoding: UTF8 });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM learners WHERE workspace_id = $1`, [ws.id]);
    expect(count).toBe(100_000);
    const sample: StoredLearner[] = await t.dataSource.query(
      `SELECT external_id, email, last_name, department, country, locale, to_char(hire_date, 'YYYY-MM-DD') AS hire_date, attributes
         FROM learners WHERE workspace_id = $1 AND external_id = ANY($2) ORDER BY external_id`,
      [ws.id, ['P0', 'P54321', 'P99999']],
    );
    expect(sample).toEqual([
      { external_id: 'P0', email: 'person.0@big.example.com', last_name: 'Last, 0', department: 'Sales', country: 'DE', locale: 'de-DE', hire_date: '2020-01-01', attributes: { cost_center: 'CC-0' } },
      { external_id: 'P54321', email: 'person.54321@big.example.com', last_name: 'Last, 54321', department: 'Finance', country: 'FR', locale: 'fr-FR', hire_date: '2020-01-02', attributes: { cost_center: 'CC-21' } },
      { external_id: 'P99999', email: 'person.99999@big.example.com', last_name: 'Last, 99999', department: 'Legal', country: 'FR', locale: 'fr-FR', hire_date: '2020-01-12', attributes: { cost_center: 'CC-99' } },
    ]);

    const second = await importCsv(ws, csv).expect(200);
    expect(second.body).toMatchObject({ created: 0, updated: 0, unchanged: 100_000, failed: 0 });
  }, 120_000);
});
