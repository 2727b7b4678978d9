import { DomainError } from '../../common/errors/domain-error';
import { compileSegmentRule } from './segment-compiler';
import { SEGMENT_OPERATORS } from './segment-rule.types';

const COURSE = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const SESSION = '9b2d7c1e-0f4a-4e8b-a1d2-5c6e7f809a1b';

function problemsOf(rule: unknown, path?: string): { path: string; code: string; message: string }[] {
  try {
    compileSegmentRule(rule, { path });
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('SEGMENT.INVALID_RULE');
    return (error as DomainError).details as { path: string; code: string; message: string }[];
  }
  throw new Error('expected the rule to be refused');
}

/** Every `$n` of the SQL is one of the parameters, and every parameter is used. */
function expectParamsConsistent(where: string, params: unknown[], first = 1): void {
  const used = new Set([...where.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  const expected = new Set(params.map((_, i) => first + i));
  expect(used).toEqual(expected);
}

describe('compileSegmentRule: every operator on every field type', () => {
  // [rule, SQL the predicate contains, parameters]
  const cases: [string, object, string, unknown[]][] = [
    // text
    ['text eq', { field: 'department', op: 'eq', value: 'Sales' }, '(l.department = $1)', ['Sales']],
    ['text neq keeps NULLs', { field: 'department', op: 'neq', value: 'Sales' }, '(l.department IS DISTINCT FROM $1)', ['Sales']],
    ['text in', { field: 'site', op: 'in', value: ['Lyon', 'Paris'] }, '(l.site = ANY($1::text[]))', [['Lyon', 'Paris']]],
    ['text nin keeps NULLs', { field: 'site', op: 'nin', value: ['Lyon'] }, '(l.site IS NULL OR l.site <> ALL($1::text[]))', [['Lyon']]],
    ['text contains escapes wildcards', { field: 'jobTitle', op: 'contains', value: '100%_\\' }, "(l.job_title ILIKE $1 ESCAPE '\\')", ['%100\\%\\_\\\\%']],
    ['text starts_with', { field: 'lastName', op: 'starts_with', value: 'Du' }, "(l.last_name ILIKE $1 ESCAPE '\\')", ['Du%']],
    ['text exists', { field: 'managerExternalId', op: 'exists' }, '(l.manager_external_id IS NOT NULL)', []],
    ['text exists false', { field: 'networkHandle', op: 'exists', value: false }, '(l.network_handle IS NULL)', []],
    ['email is compared lower-cased', { field: 'email', op: 'eq', value: 'Ada@Example.COM' }, '(l.email = $1)', ['ada@example.com']],
    ['country is compared upper-cased', { field: 'country', op: 'in', value: ['fr', 'BE'] }, '(l.country = ANY($1::text[]))', [['FR', 'BE']]],
    ['other text columns', { field: 'timeZone', op: 'eq', value: 'Europe/Paris' }, '(l.time_zone = $1)', ['Europe/Paris']],
    // date
    ['date eq', { field: 'hireDate', op: 'eq', value: '2024-02-29' }, '(l.hire_date = $1::date)', ['2024-02-29']],
    ['date neq', { field: 'hireDate', op: 'neq', value: '2024-02-29' }, '(l.hire_date IS DISTINCT FROM $1::date)', ['2024-02-29']],
    ['date in', { field: 'hireDate', op: 'in', value: ['2024-01-01'] }, '(l.hire_date = ANY($1::date[]))', [['2024-01-01']]],
    ['date nin', { field: 'hireDate', op: 'nin', value: ['2024-01-01'] }, '(l.hire_date IS NULL OR l.hire_date <> ALL($1::date[]))', [['2024-01-01']]],
    ['date gt', { field: 'hireDate', op: 'gt', value: '2024-01-01' }, '(l.hire_date > $1::date)', ['2024-01-01']],
    ['date gte', { field: 'hireDate', op: 'gte', value: '2024-01-01' }, '(l.hire_date >= $1::date)', ['2024-01-01']],
    ['date lt', { field: 'hireDate', op: 'lt', value: '2024-01-01' }, '(l.hire_date < $1::date)', ['2024-01-01']],
    ['date lte', { field: 'hireDate', op: 'lte', value: '2024-01-01' }, '(l.hire_date <= $1::date)', ['2024-01-01']],
    ['date before', { field: 'hireDate', op: 'before', value: '2024-01-01' }, '(l.hire_date < $1::date)', ['2024-01-01']],
    ['date after', { field: 'hireDate', op: 'after', value: '2024-01-01' }, '(l.hire_date > $1::date)', ['2024-01-01']],
    ['date between', { field: 'hireDate', op: 'between', value: ['2024-01-01', '2024-12-31'] }, '(l.hire_date BETWEEN $1::date AND $2::date)', ['2024-01-01', '2024-12-31']],
    ['date within_last_days', { field: 'hireDate', op: 'within_last_days', value: 30 }, '(l.hire_date BETWEEN current_date - $1::int AND current_date)', [30]],
    ['date exists', { field: 'hireDate', op: 'exists' }, '(l.hire_date IS NOT NULL)', []],
    // timestamp
    ['timestamp after (date taken as UTC midnight)', { field: 'createdAt', op: 'after', value: '2026-03-01' }, '(l.created_at > $1::timestamptz)', ['2026-03-01T00:00:00.000Z']],
    ['timestamp before keeps the offset', { field: 'createdAt', op: 'before', value: '2026-03-01T09:00:00+02:00' }, '(l.created_at < $1::timestamptz)', ['2026-03-01T07:00:00.000Z']],
    ['timestamp within_last_days', { field: 'createdAt', op: 'within_last_days', value: 7 }, '(l.created_at BETWEEN now() - make_interval(days => $1::int) AND now())', [7]],
    ['timestamp between', { field: 'createdAt', op: 'between', value: ['2026-01-01', '2026-02-01T00:00:00Z'] }, '(l.created_at BETWEEN $1::timestamptz AND $2::timestamptz)', ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']],
    // boolean
    ['boolean eq', { field: 'consentEmail', op: 'eq', value: true }, '(l.consent_email = $1::boolean)', [true]],
    ['boolean neq', { field: 'consentNetwork', op: 'neq', value: true }, '(l.consent_network IS DISTINCT FROM $1::boolean)', [true]],
    ['unsubscribed is derived from unsubscribed_at', { field: 'unsubscribed', op: 'eq', value: false }, '((l.unsubscribed_at IS NOT NULL) = $1::boolean)', [false]],
    // attributes
    ['attribute eq number uses containment', { field: 'attributes.level', op: 'eq', value: 3 }, '(l.attributes @> $1::jsonb)', ['{"level":3}']],
    ['attribute eq boolean', { field: 'attributes.remote', op: 'eq', value: true }, '(l.attributes @> $1::jsonb)', ['{"remote":true}']],
    ['attribute eq text', { field: 'attributes.team', op: 'eq', value: 'Blue' }, '(l.attributes @> $1::jsonb)', ['{"team":"Blue"}']],
    ['attribute eq numeric text also matches the number', { field: 'attributes.level', op: 'eq', value: '3' }, '((l.attributes @> $1::jsonb OR l.attributes @> $2::jsonb))', ['{"level":"3"}', '{"level":3}']],
    ['attribute neq', { field: 'attributes.team', op: 'neq', value: 'Blue' }, '(NOT (l.attributes @> $1::jsonb))', ['{"team":"Blue"}']],
    ['attribute in text', { field: 'attributes.team', op: 'in', value: ['Blue', 'Red'] }, '((l.attributes ->> $1::text) = ANY($2::text[]))', ['team', ['Blue', 'Red']]],
    [
      'attribute in mixed',
      { field: 'attributes.level', op: 'in', value: ['x', 2, true] },
      '(((l.attributes ->> $1::text) = ANY($2::text[]) OR (l.attributes -> $1::text) IN (SELECT jsonb_array_elements($3::jsonb))))',
      ['level', ['x'], '[2,true]'],
    ],
    ['attribute nin', { field: 'attributes.team', op: 'nin', value: ['Blue'] }, '(NOT coalesce((l.attributes ->> $1::text) = ANY($2::text[]), false))', ['team', ['Blue']]],
    ['attribute contains', { field: 'attributes.skills', op: 'contains', value: 'sql' }, "((l.attributes ->> $1::text) ILIKE $2 ESCAPE '\\')", ['skills', '%sql%']],
    ['attribute starts_with', { field: 'attributes.skills', op: 'starts_with', value: 'a_' }, "((l.attributes ->> $1::text) ILIKE $2 ESCAPE '\\')", ['skills', 'a\\_%']],
    ['attribute exists', { field: 'attributes.mentor', op: 'exists' }, '((l.attributes -> $1::text) IS NOT NULL)', ['mentor']],
    ['attribute gt number', { field: 'attributes.level', op: 'gt', value: 2.5 }, "(CASE WHEN jsonb_typeof(l.attributes -> $1::text) = 'number' OR (l.attributes ->> $1::text) ~ '^-?[0-9]{1,30}([.][0-9]{1,30})?$' THEN (l.attributes ->> $1::text)::numeric > $2::numeric END)", ['level', 2.5]],
    ['attribute gte number', { field: 'attributes.level', op: 'gte', value: 2 }, '::numeric >= $2::numeric END)', ['level', 2]],
    ['attribute lt number', { field: 'attributes.level', op: 'lt', value: 2 }, '::numeric < $2::numeric END)', ['level', 2]],
    ['attribute lte date', { field: 'attributes.since', op: 'lte', value: '2025-01-01' }, `left(l.attributes ->> $1::text, 10) COLLATE "C" <= $2::text END)`, ['since', '2025-01-01']],
    ['attribute before', { field: 'attributes.since', op: 'before', value: '2025-01-01' }, 'COLLATE "C" < $2::text END)', ['since', '2025-01-01']],
    ['attribute after', { field: 'attributes.since', op: 'after', value: '2025-01-01' }, 'COLLATE "C" > $2::text END)', ['since', '2025-01-01']],
    ['attribute between numbers', { field: 'attributes.level', op: 'between', value: [1, 3] }, '::numeric BETWEEN $2::numeric AND $3::numeric END)', ['level', 1, 3]],
    ['attribute between dates', { field: 'attributes.since', op: 'between', value: ['2025-01-01', '2025-06-30'] }, 'COLLATE "C" BETWEEN $2::text AND $3::text END)', ['since', '2025-01-01', '2025-06-30']],
    ['attribute within_last_days', { field: 'attributes.since', op: 'within_last_days', value: 90 }, "BETWEEN to_char(current_date - $2::int, 'YYYY-MM-DD') AND to_char(current_date, 'YYYY-MM-DD') END)", ['since', 90]],
    ['attribute keys may hold dots and dashes', { field: 'attributes.hr.grade-2', op: 'exists' }, '((l.attributes -> $1::text) IS NOT NULL)', ['hr.grade-2']],
    // persona
    ['persona eq by name', { field: 'persona', op: 'eq', value: 'Explorer' }, 'seg_p1.name = ANY($1::text[])', [['Explorer']]],
    ['persona eq by id (lower-cased)', { field: 'persona', op: 'eq', value: COURSE.toUpperCase() }, '(EXISTS (SELECT 1 FROM personas seg_p1 WHERE seg_p1.id = l.persona_id AND seg_p1.workspace_id = l.workspace_id', [[COURSE]]],
    ['persona neq', { field: 'persona', op: 'neq', value: 'Explorer' }, '(NOT EXISTS (SELECT 1 FROM personas', [['Explorer']]],
    ['persona in', { field: 'persona', op: 'in', value: ['A', 'B'] }, '(EXISTS (SELECT 1 FROM personas', [['A', 'B']]],
    ['persona nin', { field: 'persona', op: 'nin', value: ['A'] }, '(NOT EXISTS (SELECT 1 FROM personas', [['A']]],
    ['persona exists', { field: 'persona', op: 'exists' }, '(l.persona_id IS NOT NULL)', []],
    // enrolment
    ['enrolment eq on a course', { field: 'enrollment.status', op: 'eq', value: 'completed', courseId: COURSE }, 'seg_e1.course_id = $2::uuid AND seg_e1.status = ANY($1::text[]))', [['completed'], COURSE]],
    ['enrolment in on a session', { field: 'enrollment.status', op: 'in', value: ['enrolled', 'started'], sessionId: SESSION }, '(EXISTS (SELECT 1 FROM enrollments seg_e1 WHERE seg_e1.learner_id = l.id AND seg_e1.workspace_id = l.workspace_id AND seg_e1.session_id = $2::uuid', [['enrolled', 'started'], SESSION]],
    ['enrolment neq', { field: 'enrollment.status', op: 'neq', value: 'completed', courseId: COURSE }, '(NOT EXISTS (SELECT 1 FROM enrollments', [['completed'], COURSE]],
    ['enrolment nin', { field: 'enrollment.status', op: 'nin', value: ['dropped'], courseId: COURSE }, '(NOT EXISTS', [['dropped'], COURSE]],
    ['enrolment exists', { field: 'enrollment.status', op: 'exists', courseId: COURSE }, 'seg_e1.course_id = $1::uuid)', [COURSE]],
    ['enrolment exists false', { field: 'enrollment.status', op: 'exists', value: false, sessionId: SESSION }, '(NOT EXISTS', [SESSION]],
    // Neither course nor session: any enrolment of the learner ("never enrolled in anything").
    [
      'enrolment anywhere, exists false',
      { field: 'enrollment.status', op: 'exists', value: false },
      '(NOT EXISTS (SELECT 1 FROM enrollments seg_e1 WHERE seg_e1.learner_id = l.id AND seg_e1.workspace_id = l.workspace_id))',
      [],
    ],
    [
      'enrolment anywhere, in',
      { field: 'enrollment.status', op: 'in', value: ['completed'] },
      '(EXISTS (SELECT 1 FROM enrollments seg_e1 WHERE seg_e1.learner_id = l.id AND seg_e1.workspace_id = l.workspace_id AND seg_e1.status = ANY($1::text[])))',
      [['completed']],
    ],
  ];

  it.each(cases)('%s', (_name, rule, sql, params) => {
    const compiled = compileSegmentRule(rule);
    expect(compiled.where).toContain(sql);
    expect(compiled.params).toEqual(params);
    expectParamsConsistent(compiled.where, compiled.params);
  });

  it('covers every operator of the language', () => {
    const used = new Set(cases.map(([, rule]) => (rule as { op: string }).op));
    expect([...used].sort()).toEqual([...SEGMENT_OPERATORS].sort());
  });
});

describe('compileSegmentRule: groups, aliases and parameter numbering', () => {
  it('joins all with AND and any with OR, and makes not count a missing value as false', () => {
    const compiled = compileSegmentRule({
      all: [{ field: 'site', op: 'eq', value: 'Lyon' }, { any: [{ field: 'country', op: 'eq', value: 'FR' }, { not: { field: 'department', op: 'eq', value: 'Sales' } }] }],
    });
    expect(compiled.where).toBe('((l.site = $1) AND ((l.country = $2) OR (NOT coalesce((l.department = $3), false))))');
    expect(compiled.params).toEqual(['Lyon', 'FR', 'Sales']);
  });

  it('numbers parameters from firstParam and uses the given alias everywhere', () => {
    const compiled = compileSegmentRule(
      { all: [{ field: 'department', op: 'eq', value: 'Sales' }, { field: 'enrollment.status', op: 'eq', value: 'enrolled', courseId: COURSE }, { field: 'persona', op: 'exists' }] },
      { alias: 'learner', firstParam: 4 },
    );
    expect(compiled.where).toContain('learner.department = $4');
    expect(compiled.where).toContain('seg_e1.learner_id = learner.id');
    expect(compiled.where).toContain('learner.persona_id IS NOT NULL');
    expect(compiled.where).not.toMatch(/\bl\./);
    expectParamsConsistent(compiled.where, compiled.params, 4);
  });

  it('gives each subquery its own alias', () => {
    const compiled = compileSegmentRule({
      any: [
        { field: 'enrollment.status', op: 'eq', value: 'enrolled', courseId: COURSE },
        { field: 'enrollment.status', op: 'eq', value: 'started', sessionId: SESSION },
        { field: 'persona', op: 'eq', value: 'A' },
      ],
    });
    expect(compiled.where).toContain('seg_e1.');
    expect(compiled.where).toContain('seg_e2.');
    expect(compiled.where).toContain('seg_p3.');
  });

  it('reads an empty all as everyone and an empty any as no one', () => {
    expect(compileSegmentRule({ all: [] }).where).toBe('TRUE');
    expect(compileSegmentRule({ any: [] }).where).toBe('FALSE');
  });

  it('lists the personas, courses and sessions a rule refers to, with their paths', () => {
    const compiled = compileSegmentRule({
      all: [
        { field: 'persona', op: 'in', value: ['Explorer', COURSE.toUpperCase()] },
        { not: { field: 'enrollment.status', op: 'exists', sessionId: SESSION } },
      ],
    });
    expect(compiled.references).toEqual([
      { kind: 'persona', value: 'Explorer', path: 'rule.all[0].value[0]' },
      { kind: 'persona', value: COURSE, path: 'rule.all[0].value[1]' },
      { kind: 'session', value: SESSION, path: 'rule.all[1].not.sessionId' },
    ]);
  });

  it('refuses a SQL alias that is not an identifier (a programming error, not a user one)', () => {
    expect(() => compileSegmentRule({ all: [] }, { alias: 'l; DROP TABLE x' })).toThrow('Invalid SQL alias');
    expect(() => compileSegmentRule({ all: [] }, { firstParam: 0 })).toThrow('Invalid first parameter');
  });
});

describe('compileSegmentRule: errors carry the JSON path of the bad node', () => {
  const cases: [string, unknown, { path: string; code: string; message?: RegExp }[]][] = [
    ['unknown field', { all: [{ field: 'department', op: 'eq', value: 'x' }, { field: 'salary', op: 'gt', value: 1 }] }, [{ path: 'rule.all[1].field', code: 'SEGMENT.UNKNOWN_FIELD', message: /^unknown field "salary"$/ }]],
    ['unknown operator', { field: 'department', op: 'like', value: 'x' }, [{ path: 'rule.op', code: 'SEGMENT.UNKNOWN_OPERATOR', message: /unknown operator "like"/ }]],
    ['operator not for the type', { field: 'department', op: 'gt', value: 'x' }, [{ path: 'rule.op', code: 'SEGMENT.OPERATOR_NOT_ALLOWED', message: /"gt" does not apply to text field "department"/ }]],
    ['within_last_days only on dates', { field: 'consentEmail', op: 'within_last_days', value: 3 }, [{ path: 'rule.op', code: 'SEGMENT.OPERATOR_NOT_ALLOWED' }]],
    ['contains not on dates', { field: 'hireDate', op: 'contains', value: '2024' }, [{ path: 'rule.op', code: 'SEGMENT.OPERATOR_NOT_ALLOWED' }]],
    ['eq not on timestamps', { field: 'createdAt', op: 'eq', value: '2024-01-01' }, [{ path: 'rule.op', code: 'SEGMENT.OPERATOR_NOT_ALLOWED' }]],
    ['between needs a pair', { any: [{ field: 'hireDate', op: 'between', value: '2024-01-01' }] }, [{ path: 'rule.any[0].value', code: 'SEGMENT.BAD_VALUE', message: /^between needs \[low, high\]$/ }]],
    ['between low after high', { field: 'hireDate', op: 'between', value: ['2024-12-31', '2024-01-01'] }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['between mixed kinds on an attribute', { field: 'attributes.x', op: 'between', value: [1, '2024-01-01'] }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['bad date', { field: 'hireDate', op: 'eq', value: '2023-02-29' }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE', message: /YYYY-MM-DD/ }]],
    ['bad timestamp', { field: 'createdAt', op: 'after', value: 'yesterday' }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['missing value', { field: 'department', op: 'eq' }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE', message: /^is required$/ }]],
    ['number for a text field', { field: 'department', op: 'eq', value: 5 }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['empty string', { field: 'department', op: 'eq', value: '' }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['NUL character', { field: 'attributes.x', op: 'in', value: ['ok', 'a\u0000b'] }, [{ path: 'rule.value[1]', code: 'SEGMENT.BAD_VALUE', message: /NUL/ }]],
    ['string too long', { field: 'department', op: 'contains', value: 'x'.repeat(1001) }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE', message: /at most 1000/ }]],
    ['string for a boolean', { field: 'consentEmail', op: 'eq', value: 'yes' }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['empty in', { field: 'site', op: 'in', value: [] }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE', message: /non-empty array/ }]],
    ['in with a bad element', { field: 'site', op: 'in', value: ['Lyon', 3, 'Paris', null] }, [{ path: 'rule.value[1]', code: 'SEGMENT.BAD_VALUE' }, { path: 'rule.value[3]', code: 'SEGMENT.BAD_VALUE' }]],
    ['in with too many values', { field: 'site', op: 'in', value: Array.from({ length: 10_001 }, (_, i) => `s${i}`) }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE', message: /at most 10000/ }]],
    ['within_last_days needs a whole number', { field: 'hireDate', op: 'within_last_days', value: 1.5 }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['within_last_days needs a positive number', { field: 'hireDate', op: 'within_last_days', value: 0 }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['exists takes no value', { field: 'department', op: 'exists', value: 'Sales' }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['attribute null value', { field: 'attributes.x', op: 'eq', value: null }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['attribute before a number', { field: 'attributes.x', op: 'before', value: 3 }, [{ path: 'rule.value', code: 'SEGMENT.BAD_VALUE' }]],
    ['attribute key too long', { field: `attributes.${'k'.repeat(65)}`, op: 'exists' }, [{ path: 'rule.field', code: 'SEGMENT.UNKNOWN_FIELD' }]],
    ['empty attribute key', { field: 'attributes.', op: 'exists' }, [{ path: 'rule.field', code: 'SEGMENT.UNKNOWN_FIELD' }]],
    ['unknown enrolment status', { field: 'enrollment.status', op: 'in', value: ['enrolled', 'passed'], courseId: COURSE }, [{ path: 'rule.value[1]', code: 'SEGMENT.BAD_VALUE' }]],
    ['enrolment with both', { field: 'enrollment.status', op: 'eq', value: 'enrolled', courseId: COURSE, sessionId: SESSION }, [{ path: 'rule.sessionId', code: 'SEGMENT.BAD_VALUE' }]],
    ['enrolment course not a UUID', { field: 'enrollment.status', op: 'eq', value: 'enrolled', courseId: "1' OR '1'='1" }, [{ path: 'rule.courseId', code: 'SEGMENT.BAD_VALUE' }]],
    ['courseId on another field', { field: 'department', op: 'eq', value: 'x', courseId: COURSE }, [{ path: 'rule.courseId', code: 'SEGMENT.UNKNOWN_KEY' }]],
    ['unknown key in a condition', { field: 'department', op: 'eq', value: 'x', weight: 2 }, [{ path: 'rule.weight', code: 'SEGMENT.UNKNOWN_KEY' }]],
    ['unknown key beside a group', { all: [], also: 1 }, [{ path: 'rule.also', code: 'SEGMENT.UNKNOWN_KEY' }]],
    ['an odd key is quoted in the path', { field: 'site', op: 'eq', value: 'x', 'a b': 1 }, [{ path: 'rule["a b"]', code: 'SEGMENT.UNKNOWN_KEY' }]],
    ['two group keys', { all: [], any: [] }, [{ path: 'rule', code: 'SEGMENT.MALFORMED_NODE' }]],
    ['group body not an array', { any: { field: 'site', op: 'eq', value: 'x' } }, [{ path: 'rule.any', code: 'SEGMENT.MALFORMED_NODE' }]],
    ['node not an object', { all: ['department = 1'] }, [{ path: 'rule.all[0]', code: 'SEGMENT.MALFORMED_NODE' }]],
    ['null rule', null, [{ path: 'rule', code: 'SEGMENT.MALFORMED_NODE' }]],
    ['missing field and op', { value: 1 }, [{ path: 'rule.field', code: 'SEGMENT.MALFORMED_NODE' }, { path: 'rule.op', code: 'SEGMENT.MALFORMED_NODE' }]],
    ['not of something bad', { not: { field: 'site', op: 'eq', value: 1 } }, [{ path: 'rule.not.value', code: 'SEGMENT.BAD_VALUE' }]],
    [
      'collects every problem',
      { all: [{ field: 'salary', op: 'eq', value: 1 }, { any: [{ field: 'site', op: 'bogus', value: 'x' }, { field: 'hireDate', op: 'between', value: [] }] }] },
      [
        { path: 'rule.all[0].field', code: 'SEGMENT.UNKNOWN_FIELD' },
        { path: 'rule.all[1].any[0].op', code: 'SEGMENT.UNKNOWN_OPERATOR' },
        { path: 'rule.all[1].any[1].value', code: 'SEGMENT.BAD_VALUE' },
      ],
    ],
  ];

  it.each(cases)('%s', (_name, rule, expected) => {
    const problems = problemsOf(rule);
    expect(problems.map(({ path, code }) => ({ path, code }))).toEqual(expected.map(({ path, code }) => ({ path, code })));
    expected.forEach((e, i) => {
      if (e.message) expect(problems[i].message).toMatch(e.message);
    });
  });

  it('prefixes paths with the caller\'s path', () => {
    expect(problemsOf({ all: [{ field: 'salary', op: 'eq', value: 1 }] }, 'assignmentRule')[0].path).toBe('assignmentRule.all[0].field');
  });

  it('summarises the first problems in the message and caps the details', () => {
    const rule = { any: Array.from({ length: 150 }, () => ({ field: 'nope', op: 'eq', value: 1 })) };
    let error: DomainError | undefined;
    try {
      compileSegmentRule(rule);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.message).toMatch(/^Invalid segment rule: rule\.any\[0\]\.field: unknown field "nope"; rule\.any\[1\]/);
    expect(error?.details).toHaveLength(101);
    expect(error?.details[100].message).toBe('…and 50 more problems');
  });
});

describe('compileSegmentRule: limits', () => {
  const nest = (levels: number): unknown => {
    let rule: unknown = { field: 'site', op: 'eq', value: 'Lyon' };
    for (let i = 1; i < levels; i++) rule = i % 2 ? { all: [rule] } : { not: rule };
    return rule;
  };

  it('accepts 12 levels and refuses a 13th, naming where', () => {
    expect(() => compileSegmentRule(nest(12))).not.toThrow();
    const problems = problemsOf(nest(13));
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('SEGMENT.TOO_DEEP');
    expect(problems[0].path).toBe('rule.not.all[0].not.all[0].not.all[0].not.all[0].not.all[0].not.all[0]');
  });

  it('accepts 500 nodes and refuses the 501st, naming where', () => {
    const conditions = (n: number) => Array.from({ length: n }, (_, i) => ({ field: 'site', op: 'eq', value: `s${i}` }));
    expect(compileSegmentRule({ any: conditions(499) }).params).toHaveLength(499);
    const problems = problemsOf({ any: conditions(500) });
    expect(problems).toEqual([{ path: 'rule.any[499]', code: 'SEGMENT.TOO_LARGE', message: expect.stringMatching(/at most 500 nodes/) }]);
  });
});

describe('compileSegmentRule: injection attempts never reach the SQL text', () => {
  it.each([
    ['field with a statement', { field: 'department; DROP TABLE learners', op: 'eq', value: 'x' }, 'rule.field', 'SEGMENT.UNKNOWN_FIELD'],
    ['attribute key with a quote', { field: "attributes.x') OR 1=1 --", op: 'eq', value: 'x' }, 'rule.field', 'SEGMENT.UNKNOWN_FIELD'],
    ['prototype keys are not fields', { field: 'constructor', op: 'eq', value: 'x' }, 'rule.field', 'SEGMENT.UNKNOWN_FIELD'],
    ['operator with SQL', { field: 'department', op: 'eq OR 1=1', value: 'x' }, 'rule.op', 'SEGMENT.UNKNOWN_OPERATOR'],
  ])('%s is refused', (_name, rule, path, code) => {
    expect(problemsOf(rule)).toEqual([expect.objectContaining({ path, code })]);
  });

  const evil = ["'; DROP TABLE learners; --", '" OR 1=1 --', '$1 OR TRUE', '\\x00', 'Robert\'); DELETE FROM learners;--'];
  const rulesFor = (v: string): object[] => [
    { field: 'department', op: 'eq', value: v },
    { field: 'department', op: 'nin', value: [v] },
    { field: 'jobTitle', op: 'contains', value: v },
    { field: 'attributes.team', op: 'eq', value: v },
    { field: 'attributes.team', op: 'in', value: [v, 1] },
    { field: 'attributes.team', op: 'starts_with', value: v },
    { field: 'persona', op: 'eq', value: v },
  ];

  it.each(evil)('value %j is only ever a parameter', (value) => {
    for (const rule of rulesFor(value)) {
      const compiled = compileSegmentRule(rule);
      expect(compiled.where).not.toContain(value);
      expect(compiled.where).not.toMatch(/DROP|DELETE|OR 1=1/);
      expect(JSON.stringify(compiled.params)).toContain(JSON.stringify(value).slice(1, -1).slice(0, 5));
      expectParamsConsistent(compiled.where, compiled.params);
    }
  });

  it('keeps a hostile attribute key allowed by the pattern out of the SQL text', () => {
    const compiled = compileSegmentRule({ field: 'attributes.__proto__', op: 'eq', value: 'x' });
    expect(compiled.where).toBe('(l.attributes @> $1::jsonb)');
    expect(compiled.params).toEqual(['{"__proto__":"x"}']);
  });
});

describe('compileSegmentRule: engagement', () => {
  it('compiles opened / clicked to a scoped EXISTS over deliveries, values bound', () => {
    const compiled = compileSegmentRule({ field: 'engagement.clicked', op: 'within_last_days', value: 30 });
    expect(compiled.where).toContain('EXISTS (SELECT 1 FROM deliveries seg_d1 WHERE seg_d1.learner_id = l.id AND seg_d1.workspace_id = l.workspace_id');
    expect(compiled.where).toContain('seg_d1.clicked_at >= now() - make_interval(days => $1::int)');
    expect(compiled.params).toEqual([30]);
    expect(compileSegmentRule({ field: 'engagement.opened', op: 'exists', value: false }).where).toMatch(/^\(NOT EXISTS \(SELECT 1 FROM deliveries seg_d1 .* seg_d1\.opened_at IS NOT NULL\)\)$/);
  });

  it('refuses operators that do not apply', () => {
    expect(() => compileSegmentRule({ field: 'engagement.opened', op: 'eq', value: true })).toThrow(/operator "eq" does not apply to engagement field "engagement.opened"/);
  });
});
