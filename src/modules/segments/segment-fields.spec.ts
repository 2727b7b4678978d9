import { DomainError } from '../../common/errors/domain-error';
import { compileSegmentRule } from './segment-compiler';
import { describeSegmentFields } from './segment-fields';
import { SEGMENT_OPERATORS, type SegmentFieldType, type SegmentOperator } from './segment-rule.types';

const COURSE = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

// A value each (type, operator) accepts, so that only the field and operator are under test.
function sampleValue(type: SegmentFieldType, op: SegmentOperator): unknown {
  if (op === 'exists') return undefined;
  if (op === 'within_last_days') return 30;
  const one: Record<SegmentFieldType, unknown> = {
    text: 'Sales',
    date: '2026-01-15',
    timestamp: '2026-01-15T09:00:00Z',
    boolean: true,
    attribute: op === 'before' || op === 'after' ? '2026-01-15' : op === 'contains' || op === 'starts_with' ? 'abc' : 3,
    persona: 'Newcomer',
    enrollment: 'enrolled',
    engagement: 30,
  };
  if (op === 'in' || op === 'nin') return [one[type]];
  if (op === 'between') return type === 'timestamp' ? ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'] : type === 'attribute' ? [1, 5] : ['2026-01-01', '2026-02-01'];
  return one[type];
}

function conditionFor(field: string, type: SegmentFieldType, op: SegmentOperator) {
  const name = field === 'attributes.<key>' ? 'attributes.level' : field;
  const value = sampleValue(type, op);
  return { field: name, op, ...(value !== undefined && { value }), ...(type === 'enrollment' && { courseId: COURSE }) };
}

function codesOf(rule: unknown): string[] {
  try {
    compileSegmentRule(rule);
    return [];
  } catch (error) {
    return ((error as DomainError).details as unknown as { code: string }[]).map((d) => d.code);
  }
}

describe('describeSegmentFields: the catalog clients build rules from', () => {
  const catalog = describeSegmentFields();

  it('lists every field once, attributes as a pattern, operators in the language order', () => {
    const names = catalog.map((f) => f.field);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['department', 'hireDate', 'persona', 'enrollment.status', 'engagement.opened', 'attributes.<key>']));
    for (const f of catalog) {
      expect(f.operators.length).toBeGreaterThan(0);
      expect(f.operators).toEqual(SEGMENT_OPERATORS.filter((op) => f.operators.includes(op)));
    }
    expect(catalog.find((f) => f.field === 'attributes.<key>')?.keyPattern).toBe('^[A-Za-z0-9_.-]{1,64}$');
    expect(catalog.find((f) => f.field === 'enrollment.status')).toMatchObject({
      values: ['invited', 'enrolled', 'started', 'completed', 'dropped'],
      scope: ['courseId', 'sessionId'],
    });
  });

  it('offers exactly the operators the compiler accepts for each field', () => {
    for (const f of catalog) {
      for (const op of SEGMENT_OPERATORS) {
        const codes = codesOf(conditionFor(f.field, f.type, op));
        if (f.operators.includes(op)) expect({ field: f.field, op, codes }).toEqual({ field: f.field, op, codes: [] });
        else expect({ field: f.field, op, codes }).toEqual({ field: f.field, op, codes: ['SEGMENT.OPERATOR_NOT_ALLOWED'] });
      }
    }
  });
});
