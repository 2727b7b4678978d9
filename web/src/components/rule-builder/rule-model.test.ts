import { describe, expect, it } from 'vitest';
import { addChild, emptyCondition, fromRule, moveNode, removeNode, RuleShapeError, sameJson, toRule } from './rule-model';
import { nodePaths, ownerOf, validateRule, valueProblem } from './rule-validation';
import { TEST_CATALOG } from './test-catalog';

const COURSE = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

describe('rule model', () => {
  it.each([
    ['a flat all', { all: [{ field: 'department', op: 'eq', value: 'Sales' }] }],
    ['nested groups with exclusions', { all: [{ field: 'site', op: 'in', value: ['Lyon', 'Paris'] }, { not: { any: [{ field: 'hireDate', op: 'after', value: '2025-01-01' }, { not: { field: 'consentEmail', op: 'eq', value: true } }] } }] }],
    ['an enrolment with its course and an attribute', { any: [{ field: 'enrollment.status', op: 'in', value: ['enrolled'], courseId: COURSE }, { field: 'attributes.level', op: 'between', value: [2, 4] }] }],
    ['an exists without value', { all: [{ field: 'engagement.opened', op: 'exists' }] }],
    ['an empty any', { any: [] }],
  ])('reads and writes back %s unchanged', (_, rule) => {
    expect(toRule(fromRule(rule))).toEqual(rule);
  });

  it('puts a bare condition in an "all" group and keeps a double negation', () => {
    expect(toRule(fromRule({ field: 'site', op: 'eq', value: 'Lyon' }))).toEqual({ all: [{ field: 'site', op: 'eq', value: 'Lyon' }] });
    expect(toRule(fromRule({ not: { not: { field: 'site', op: 'exists' } } }))).toEqual({ not: { all: [{ not: { field: 'site', op: 'exists' } }] } });
  });

  it.each([
    [[1], 'rule', 'must be a group'],
    [{ all: [], any: [] }, 'rule', 'exactly one of all, any, not'],
    [{ all: {} }, 'rule.all', 'must be an array'],
    [{ all: [{ field: 'site', op: 'eq', value: 'x', extra: 1 }] }, 'rule.all[0].extra', 'unknown key "extra"'],
  ])('refuses what is not a rule, at its path: %j', (rule, path, message) => {
    const read = () => fromRule(rule);
    expect(read).toThrow(RuleShapeError);
    try {
      read();
    } catch (error) {
      expect((error as RuleShapeError).path).toBe(path);
      expect((error as RuleShapeError).message).toContain(message);
    }
  });

  it('compares a rule with the stored one whatever the order of keys (jsonb reorders them)', () => {
    expect(sameJson({ all: [{ field: 'site', op: 'eq', value: 'Lyon' }] }, { all: [{ op: 'eq', value: 'Lyon', field: 'site' }] })).toBe(true);
    expect(sameJson({ all: [{ field: 'site', op: 'eq', value: 'Lyon' }] }, { all: [{ field: 'site', op: 'eq', value: 'Paris' }] })).toBe(false);
    expect(sameJson({ any: [1, 2] }, { any: [2, 1] })).toBe(false);
    expect(sameJson(null, { all: [] })).toBe(false);
  });

  it('adds, moves and removes nodes without touching the others', () => {
    let root = fromRule({ all: [{ field: 'site', op: 'eq', value: 'A' }, { field: 'site', op: 'eq', value: 'B' }] });
    const [first, second] = root.children;
    root = moveNode(root, second!.id, -1);
    expect(toRule(root)).toEqual({ all: [{ field: 'site', op: 'eq', value: 'B' }, { field: 'site', op: 'eq', value: 'A' }] });
    root = moveNode(root, second!.id, -1);
    expect(root.children[0]!.id).toBe(second!.id);
    root = removeNode(root, first!.id);
    root = addChild(root, root.id, emptyCondition());
    expect(root.children).toHaveLength(2);
    expect(root.children[0]!.id).toBe(second!.id);
  });
});

describe('rule validation (the api compiler’s checks)', () => {
  it('names each incomplete or wrong part at its JSON path', () => {
    const root = fromRule({
      all: [
        { field: '', op: '' },
        { field: 'hireDate', op: 'contains', value: 'x' },
        { not: { any: [{ field: 'enrollment.status', op: 'eq', value: 'enrolled', courseId: '' }, { field: 'attributes.bad key', op: 'exists' }] } },
        { field: 'engagement.opened', op: 'within_last_days', value: 0 },
        // Neither course nor session: any enrolment of the learner, a complete condition.
        { field: 'enrollment.status', op: 'exists', value: false },
      ],
    });
    expect(validateRule(root, TEST_CATALOG).map((p) => [p.path, p.message])).toEqual([
      ['rule.all[0].field', 'problems.chooseField'],
      ['rule.all[1].op', 'problems.operatorNotAllowed'],
      ['rule.all[2].not.any[0].courseId', 'problems.chooseCourse'],
      ['rule.all[2].not.any[1].field', 'problems.attributeKey'],
      ['rule.all[3].value', 'problems.days'],
    ]);
  });

  it.each([
    ['date', 'eq', '2026-02-30', 'problems.date'],
    ['date', 'between', ['2026-03-01', '2026-02-01'], 'problems.range'],
    ['date', 'between', ['2026-01-01', '2026-02-01'], null],
    ['text', 'in', [], 'problems.required'],
    ['text', 'eq', 'x'.repeat(1001), 'problems.tooLong'],
    ['boolean', 'eq', 'true', 'problems.boolean'],
    ['attribute', 'gt', 'abc', 'problems.numberOrDate'],
    ['attribute', 'gt', 3, null],
    ['attribute', 'between', [1, '2026-01-01'], 'problems.range'],
    ['text', 'exists', undefined, null],
    ['text', 'exists', 'yes', 'problems.existsFlag'],
  ] as const)('%s %s %j → %s', (type, op, value, expected) => {
    expect(valueProblem(type, op, value)).toBe(expected);
  });

  it('places an error on the deepest node its path names', () => {
    const root = fromRule({ all: [{ field: 'site', op: 'eq', value: 'A' }, { any: [{ field: 'site', op: 'eq', value: 'B' }] }] });
    const paths = nodePaths(root);
    expect(paths).toEqual(['rule', 'rule.all[0]', 'rule.all[1]', 'rule.all[1].any[0]']);
    expect(ownerOf('rule.all[1].any[0].value', paths)).toBe('rule.all[1].any[0]');
    expect(ownerOf('rule.all[1]', paths)).toBe('rule.all[1]');
    expect(ownerOf('rule.all[10].value', paths)).toBe('rule');
    expect(ownerOf('assignmentRule.all[0]', paths)).toBeNull();
  });
});
