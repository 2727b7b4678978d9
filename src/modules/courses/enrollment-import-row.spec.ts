import { EnrollmentStatus } from '../../common/enums';
import { type ImportColumns, parseImportRow, resolveImportColumns } from './enrollment-import-row';

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

describe('parseImportRow', () => {
  const columns: ImportColumns = { sessionId: 0, externalId: 1, email: 2, status: 3, occurredAt: 4 };

  it.each<[string, string[], object]>([
    ['a full row', [SESSION, 'E-1', '', 'completed', '2026-03-02T17:00:00+01:00'], { externalId: 'E-1', email: null, status: EnrollmentStatus.Completed, occurredAt: new Date('2026-03-02T16:00:00Z') }],
    ['defaults: enrolled, now', [SESSION, 'E-1', '', '', ''], { status: EnrollmentStatus.Enrolled, occurredAt: NOW }],
    ['an email, lower-cased', [SESSION, '', 'Camille.Martin@Example.com', 'Invited', ''], { externalId: null, email: 'camille.martin@example.com', status: EnrollmentStatus.Invited }],
    ['an upper-case session id', [SESSION.toUpperCase(), 'E-1', '', 'started', ''], { sessionId: SESSION, status: EnrollmentStatus.Started }],
    ['a short row', [SESSION, 'E-1'], { status: EnrollmentStatus.Enrolled }],
  ])('reads %s', (_, cells, expected) => {
    expect(parseImportRow(columns, cells, NOW)).toEqual({ ok: true, value: expect.objectContaining(expected) });
  });

  it.each<[string, string[], string, RegExp]>([
    ['no session', ['', 'E-1', '', '', ''], 'session_id', /required/],
    ['a session that is not a UUID', ['42', 'E-1', '', '', ''], 'session_id', /not a session id/],
    ['no learner', [SESSION, '', '', '', ''], 'external_id', /external_id or email/],
    ['a broken email', [SESSION, '', 'camille', '', ''], 'email', /not an email/],
    ['an unknown status', [SESSION, 'E-1', '', 'registered', ''], 'status', /not one of invited, enrolled/],
    ['a local time', [SESSION, 'E-1', '', 'completed', '2026-03-02 17:00'], 'occurred_at', /UTC offset/],
    ['a future time', [SESSION, 'E-1', '', 'completed', '2026-04-01T09:00:00Z'], 'occurred_at', /future/],
  ])('refuses %s, naming the field', (_, cells, field, message) => {
    const result = parseImportRow(columns, cells, NOW);
    expect(result).toMatchObject({ ok: false, field });
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
