import { EnrollmentStatus } from '../../common/enums';
import { FieldProblem } from '../../common/errors/field-problem';
import { type ImportColumns, parseImportRow, readHeaders, resolveImportColumns } from './enrollment-import-row';

const SESSION = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const NOW = new Date('2026-03-10T12:00:00Z');

describe('resolveImportColumns', () => {
  it.each<[string[], Partial<ImportColumns>]>([
    [['session_id', 'external_id', 'status', 'occurred_at'], { sessionId: 0, externalId: 1, email: null, status: 2, occurredAt: 3 }],
    [['Email', 'Session ID', 'comment'], { sessionId: 1, externalId: null, email: 0, status: null, occurredAt: null }],
    [['SESSION-ID', 'external_id', 'email'], { sessionId: 0, externalId: 1, email: 2 }],
  ])('finds the columns of %j', (header, expected) => {
    const result = resolveImportColumns(header);
    expect(result).toMatchObject({ ok: true, columns: expected });
  });

  it.each<[string[], string[]]>([
    [['external_id', 'status'], ['session_id']],
    [['session_id', 'status'], ['external_id']],
    [['name'], ['session_id', 'external_id']],
  ])('names what %j lacks', (header, missing) => {
    const result = resolveImportColumns(header);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(missing);
  });
});

describe("a session's own import", () => {
  it('needs no session_id column, still a learner one', () => {
    expect(resolveImportColumns(['Email', 'status'], true)).toMatchObject({ ok: true, columns: { sessionId: null, email: 0, status: 1 } });
    const result = resolveImportColumns(['status'], true);
    expect(result.ok || result.problems.map((p) => p.path)).toEqual(['external_id']);
  });

  const OTHER = '9b2f1c3e-7a41-4f0e-8c1d-2a6b5e4d3c21';
  it.each<[string, ImportColumns, string[], object]>([
    ['no session_id column', { sessionId: null, externalId: null, email: 0, status: 1, occurredAt: null }, ['ana@example.com', 'started'], { ok: true, value: expect.objectContaining({ sessionId: SESSION }) }],
    ['an empty session_id', { sessionId: 0, externalId: 1, email: null, status: null, occurredAt: null }, ['', 'E-1'], { ok: true, value: expect.objectContaining({ sessionId: SESSION }) }],
    ['the session itself, upper-case', { sessionId: 0, externalId: 1, email: null, status: null, occurredAt: null }, [SESSION.toUpperCase(), 'E-1'], { ok: true, value: expect.objectContaining({ sessionId: SESSION }) }],
    ['another session', { sessionId: 0, externalId: 1, email: null, status: null, occurredAt: null }, [OTHER, 'E-1'], { ok: false, field: 'session_id', value: OTHER, message: expect.stringMatching(/another session/), code: FieldProblem.OtherSession }],
  ])('reads a row with %s', (_, columns, cells, expected) => {
    expect(parseImportRow(columns, cells, NOW, SESSION)).toEqual(expected);
  });
});

describe('readHeaders', () => {
  it('says how each header is read: a column, or unknown, empty, or named again', () => {
    expect(readHeaders(['E-mail', 'Email', '', 'Session ID', 'status', 'STATUS']).map((r) => r.column ?? r.ignored)).toEqual([
      'unknown',
      'email',
      'no_header',
      'session_id',
      'status',
      'ambiguous',
    ]);
  });
});

describe('parseImportRow', () => {
  const columns: ImportColumns = { sessionId: 0, externalId: 1, email: 2, status: 3, occurredAt: 4 };

  it.each<[string, string[], object]>([
    ['a full row', [SESSION, 'E-1', '', 'completed', '2026-03-02T17:00:00+01:00'], { externalId: 'E-1', email: null, status: EnrollmentStatus.Completed, occurredAt: new Date('2026-03-02T16:00:00Z') }],
    ['defaults: enrolled, now', [SESSION, 'E-1', '', '', ''], { status: EnrollmentStatus.Enrolled, occurredAt: NOW }],
    ['an email, lower-cased', [SESSION, '', 'Camille.Martin@Example.com', 'Invited', ''], { externalId: null, email: 'camille.martin@example.com', status: EnrollmentStatus.Invited }],
    ['an upper-case session id', [SESSION.toUpperCase(), 'E-1', '', 'started', ''], { sessionId: SESSION, status: EnrollmentStatus.Started }],
    ['a short row', [SESSION, 'E-1'], { status: EnrollmentStatus.Enrolled }],
    ['the cells as written', [` ${SESSION.toUpperCase()}`, '', ' Camille@Example.com', 'Started ', ''], { written: { sessionId: ` ${SESSION.toUpperCase()}`, learner: ' Camille@Example.com', status: 'Started ' } }],
    ['the learner cell: external_id when given', [SESSION, 'E-1 ', 'camille@example.com', '', ''], { written: { sessionId: SESSION, learner: 'E-1 ', status: '' } }],
  ])('reads %s', (_, cells, expected) => {
    expect(parseImportRow(columns, cells, NOW)).toEqual({ ok: true, value: expect.objectContaining(expected) });
  });

  it.each<[string, string[], string, RegExp, string | undefined]>([
    ['no session', ['', 'E-1', '', '', ''], 'session_id', /required/, undefined],
    ['a session that is not a UUID', [' 42', 'E-1', '', '', ''], 'session_id', /not a session id/, ' 42'],
    ['no learner', [SESSION, '', '', '', ''], 'external_id', /external_id or email/, undefined],
    ['a broken email', [SESSION, '', 'Camille', '', ''], 'email', /"Camille" is not an email/, 'Camille'],
    ['an unknown status', [SESSION, 'E-1', '', 'Registered', ''], 'status', /"Registered" is not one of invited, enrolled/, 'Registered'],
    ['a local time', [SESSION, 'E-1', '', 'completed', '2026-03-02 17:00'], 'occurred_at', /UTC offset/, '2026-03-02 17:00'],
    ['a future time', [SESSION, 'E-1', '', 'completed', '2026-04-01T09:00:00Z'], 'occurred_at', /future/, '2026-04-01T09:00:00Z'],
  ])('refuses %s, naming the field and quoting the cell as written', (_, cells, field, message, value) => {
    const result = parseImportRow(columns, cells, NOW);
    expect(result).toMatchObject({ ok: false, field });
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.value).toBe(value);
    }
  });
});
