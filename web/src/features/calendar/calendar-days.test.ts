import { describe, expect, it } from 'vitest';
import { addDays, byDate, covers, isoWeekday, shiftAnchor, startOfWeek, viewDays, weeksOf } from './calendar-days';

describe('calendar days', () => {
  it('counts days across month, year and daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30');
  });

  it('shows whole weeks around a month, Monday first', () => {
    const december = viewDays('month', '2026-12-15');
    expect(december[0]).toEqual({ day: '2026-11-30', inMonth: false });
    expect(december.at(-1)).toEqual({ day: '2027-01-03', inMonth: false });
    expect(december.filter((d) => d.inMonth)).toHaveLength(31);
    expect(weeksOf(december)).toHaveLength(5);
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(viewDays('month', '2027-02-10')).toHaveLength(28);
  });

  it('shows one week, and moves by a week or a month', () => {
    expect(viewDays('week', '2026-12-03').map((d) => d.day)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(shiftAnchor('week', '2026-12-03', 1)).toBe('2026-12-10');
    expect(shiftAnchor('month', '2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftAnchor('month', '2026-01-15', -1)).toBe('2025-12-01');
  });

  it('groups by date and finds the blackouts of a day', () => {
    expect([...byDate([{ date: 'b', n: 1 }, { date: 'a', n: 2 }, { date: 'b', n: 3 }])]).toEqual([
      ['b', [{ date: 'b', n: 1 }, { date: 'b', n: 3 }]],
      ['a', [{ date: 'a', n: 2 }]],
    ]);
    expect(covers({ startsOn: '2026-12-24', endsOn: '2027-01-01' }, '2026-12-31')).toBe(true);
    expect(covers({ startsOn: '2026-12-24', endsOn: '2027-01-01' }, '2027-01-02')).toBe(false);
  });
});
