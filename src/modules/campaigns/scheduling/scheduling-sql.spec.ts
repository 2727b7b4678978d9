import { sendTimeSql, variantSql } from './scheduling-sql';
import { OPEN_WINDOW } from './send-window';

describe('sendTimeSql', () => {
  it('numbers its placeholders from the given index and passes every value as a parameter', () => {
    const expression = sendTimeSql(
      {
        anchorSql: 'e.enrolled_at',
        zoneSql: 'l.time_zone',
        offset: { minutes: -14 * 1440 },
        localTime: { hour: 9, minute: 0 },
        window: { quietHours: { start: { hour: 20, minute: 0 }, end: { hour: 8, minute: 0 } }, allowedWeekdays: [1, 2, 3, 4, 5] },
      },
      3,
    );
    expect(expression).toEqual({
      sql: 'clarion_send_time(e.enrolled_at, $3::interval, $4::time, l.time_zone, $5::time, $6::time, $7::int[])',
      params: ['-14 days', '09:00', '20:00', '08:00', [1, 2, 3, 4, 5]],
    });
  });

  it('passes nulls for an exact offset with no quiet hours', () => {
    const expression = sendTimeSql(
      { anchorSql: '$1::timestamptz', zoneSql: 'l.time_zone', offset: { minutes: 90 }, localTime: null, window: OPEN_WINDOW },
      2,
    );
    expect(expression.sql).toBe('clarion_send_time($1::timestamptz, $2::interval, $3::time, l.time_zone, $4::time, $5::time, $6::int[])');
    expect(expression.params).toEqual(['1 hours 30 minutes', null, null, null, [1, 2, 3, 4, 5, 6, 7]]);
  });

  it.each([0, -1, 1.5])('refuses to start numbering at $%p', (index) => {
    expect(() => sendTimeSql({ anchorSql: 'x', zoneSql: 'z', offset: { minutes: 0 }, localTime: null, window: OPEN_WINDOW }, index)).toThrow(
      /Placeholders start at \$1/,
    );
  });
});

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
