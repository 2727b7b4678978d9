import { variantSql } from './scheduling-sql';
import { OPEN_WINDOW } from './send-window';

describe('variantSql', () => {
  it('passes the step id, keys and weights as parameters', () => {
    const variants = [
      { key: 'A', weight: 90 },
      { key: 'B', weight: 10 },
    ];
    expect(variantSql({ stepId: 'c0ffee00-0000-4000-8000-000000000000', learnerIdSql: 'l.id', variants }, 8)).toEqual({
      sql: 'clarion_pick_variant($8::uuid, l.id, $9::text[], $10::int[])',
      params: ['c0ffee00-0000-4000-8000-000000000000', ['A', 'B'], [90, 10]],
    });
  });

  it('refuses a split that cannot be made', () => {
    expect(() => variantSql({ stepId: 'x', learnerIdSql: 'l.id', variants: [{ key: 'A', weight: 0 }, { key: 'B', weight: 0 }] }, 1)).toThrow(
      /weight above 0/,
    );
  });
});
