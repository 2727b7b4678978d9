import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', 'learners', name));

describe('CSV imports read the encodings spreadsheets write', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const importCsv = (ws: TestWorkspace, csv: Buffer, contentType = 'text/csv') =>
    t.http().post('/v1/learners/import').set(...bearer(ws.key)).set('Content-Type', contentType).send(csv);

  const names = async (ws: TestWorkspace) => {
    const res = await t.http().get('/v1/learners?limit=50').set(...bearer(ws.key)).expect(200);
    return Object.fromEntries((res.body.items as Array<{ externalId: string; firstName: string; lastName: string; department: string }>).map((l) => [l.externalId, [l.firstName, l.lastName, l.department]]));
  };

  const expectFrenchNames = async (ws: TestWorkspace, body: { created: number; failed: number; errors: unknown[] }) => {
    expect(body).toMatchObject({ created: 2, failed: 1 });
    expect(body.errors).toEqual([{ row: 4, field: "Date d'embauche", message: '"31/02/2024" is not a real date', code: 'FIELD.INVALID_DATE', value: '31/02/2024' }]);
    expect(await names(ws)).toEqual({
      'CP-001': ['Françoise', 'Lefèvre', 'Ressources humaines'],
      'CP-002': ['Zoë', 'Œillet', 'Achats – Europe'],
    });
  };

  it('reads a Windows-1252 file declared as such', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(ws, fixture('french-excel-cp1252.csv'), 'text/csv; charset=windows-1252').expect(200);
    expect(res.body.encoding).toEqual({ used: 'windows-1252', declared: 'windows-1252', detected: null, note: null });
    await expectFrenchNames(ws, res.body);
  });

  it('detects an undeclared Windows-1252 file and says so', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(ws, fixture('french-excel-cp1252.csv')).expect(200);
    expect(res.body.encoding).toMatchObject({ used: 'windows-1252', declared: null, detected: 'windows-1252', note: expect.stringContaining('not UTF-8') });
    await expectFrenchNames(ws, res.body);
  });

  it('honours the charset of a multipart part', async () => {
    const ws = await t.createWorkspace();
    const res = await t
      .http()
      .post('/v1/learners/import')
      .set(...bearer(ws.key))
      .attach('file', fixture('french-excel-cp1252.csv'), { filename: 'export.csv', contentType: 'text/csv; charset=cp1252' })
      .expect(200);
    expect(res.body.encoding).toMatchObject({ used: 'windows-1252', declared: 'cp1252', detected: null });
    await expectFrenchNames(ws, res.body);
  });

  it('reads UTF-8 with a BOM and UTF-16LE with a BOM', async () => {
    for (const [file, used] of [
      ['french-utf8-bom.csv', 'utf-8'],
      ['french-utf16le-bom.csv', 'utf-16le'],
    ]) {
      const ws = await t.createWorkspace();
      const res = await importCsv(ws, fixture(file)).expect(200);
      expect(res.body.encoding).toEqual({ used, declared: null, detected: null, note: null });
      await expectFrenchNames(ws, res.body);
    }
  });

  it('reports, never stores, a row whose bytes the chosen encoding cannot read', async () => {
    const ws = await t.createWorkspace();
    // Valid UTF-8 for the first 64 KB, so read as UTF-8; then one Windows-1252 "è".
    const filler = Array.from({ length: 2000 }, (_, i) => `F-${i};f${i}@exemple.fr;Équipe ${'x'.repeat(20)}`).join('\n');
    const csv = Buffer.concat([Buffer.from(`externalId;email;department\n${filler}\n`), Buffer.from('BAD-1;bad@exemple.fr;Lef\xe8vre\n', 'latin1')]);
    const res = await importCsv(ws, csv).expect(200);
    expect(res.body).toMatchObject({ created: 2000, failed: 1, encoding: { used: 'utf-8' } });
    expect(res.body.errors).toEqual([{ row: 2002, field: 'department', message: expect.stringContaining('not valid utf-8'), code: 'ROW.UNDECODABLE', value: 'Lef\uFFFDvre' }]);
    const found = await t.http().get('/v1/learners?limit=100').set(...bearer(ws.key)).expect(200);
    expect(JSON.stringify(found.body)).not.toContain('\uFFFD');
  });

  it('refuses a charset it cannot read, naming it', async () => {
    const ws = await t.createWorkspace();
    const res = await importCsv(ws, Buffer.from('externalId;email\nA;a@exemple.fr\n'), 'text/csv; charset=koi8-r').expect(400);
    expect(res.body.error).toMatchObject({ code: 'IMPORT.UNSUPPORTED_CHARSET', details: [{ path: 'content-type', message: 'unsupported charset "koi8-r"' }] });
  });

  it('reads enrolment files in Windows-1252 too', async () => {
    const ws = await t.createWorkspace();
    const csv = Buffer.from('session_id;email;status\n3f2504e0-4f89-41d3-9a0c-0305e82c3301;zo\xeb@exemple.fr;enrolled\n', 'latin1');
    const res = await t.http().post('/v1/enrollments/import').set(...bearer(ws.key)).set('Content-Type', 'text/csv').send(csv).expect(200);
    expect(res.body.encoding).toMatchObject({ used: 'windows-1252', detected: 'windows-1252' });
    expect(res.body.errors).toEqual([{ row: 2, field: 'session_id', message: expect.stringContaining('no session'), code: 'ROW.UNKNOWN_SESSION', value: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' }]);
  });
});
