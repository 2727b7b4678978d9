import { Weekday } from '../../../common/enums';
import { wallDayOf } from './blackout-days';
import { isQuiet, nextAllowedInstant, OPEN_WINDOW, parseSendWindow, type SendWindow, sendWindowFromColumns } from './send-window';

const WEEKDAYS = [Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday];

function window(quietHours: { start: string; end: string } | null, allowedWeekdays?: string[]): SendWindow {
  const result = parseSendWindow({ quietHours, allowedWeekdays });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const OFFICE = window({ start: '20:00', end: '08:00' }, WEEKDAYS);

describe('parseSendWindow', () => {
  it('reads quiet hours and weekdays, sorted and distinct, every day by default', () => {
    expect(parseSendWindow({ quietHours: { start: '20:00', end: '08:00' }, allowedWeekdays: ['fri', 'mon', 'fri'] })).toEqual({
      ok: true,
      value: { quietHours: { start: { hour: 20, minute: 0 }, end: { hour: 8, minute: 0 } }, allowedWeekdays: [1, 5] },
    });
    expect(parseSendWindow({})).toEqual({ ok: true, value: OPEN_WINDOW });
  });

  it.each([
    [{ quietHours: { start: '8pm', end: '08:00' } }, [{ path: 'quietHours.start', message: expect.stringMatching(/expected HH:MM/) }]],
    [{ quietHours: { start: '20:00', end: '20:00' } }, [{ path: 'quietHours.end', message: expect.stringMatching(/must end at another time/) }]],
    [{ allowedWeekdays: ['mon', 'funday'] }, [{ path: 'allowedWeekdays[1]', message: expect.stringMatching(/"funday" is not a weekday: expected one of mon, tue/) }]],
    [{ allowedWeekdays: [] }, [{ path: 'allowedWeekdays', message: 'at least one weekday must be allowed' }]],
    [
      { quietHours: { start: '25:00', end: 'x' }, allowedWeekdays: ['sunday'] },
      [
        { path: 'quietHours.start', message: expect.any(String) },
        { path: 'quietHours.end', message: expect.any(String) },
        { path: 'allowedWeekdays[0]', message: expect.any(String) },
      ],
    ],
  ])('refuses %j with every problem and its path', (input, errors) => {
    expect(parseSendWindow(input)).toEqual({ ok: false, errors });
  });
});

describe('isQuiet', () => {
  const hm = (text: string): number => (Number(text.slice(0, 2)) * 60 + Number(text.slice(3))) * 60_000;
  it.each([
    ['20:00', '08:00', '19:59', false],
    ['20:00', '08:00', '20:00', true],
    ['20:00', '08:00', '23:59', true],
    ['20:00', '08:00', '00:00', true],
    ['20:00', '08:00', '07:59', true],
    ['20:00', '08:00', '08:00', false],
    ['12:00', '14:00', '11:59', false],
    ['12:00', '14:00', '12:00', true],
    ['12:00', '14:00', '13:59', true],
    ['12:00', '14:00', '14:00', false],
    ['22:00', '00:00', '23:00', true],
    ['22:00', '00:00', '00:00', false],
  ])('%s–%s at %s: %p', (start, end, time, quiet) => {
    const w = window({ start, end });
    expect(isQuiet(hm(time), w.quietHours!)).toBe(quiet);
  });
});

describe('nextAllowedInstant', () => {
  const wed = window(null, [Weekday.Wednesday]);
  it.each([
    // zone, instant, window, expected, why
    ['Europe/Paris', '2026-11-18T09:00:00Z', OFFICE, '2026-11-18T09:00:00Z', 'Wednesday 10:00: allowed, unchanged'],
    ['Europe/Paris', '2026-11-18T20:30:00Z', OFFICE, '2026-11-19T07:00:00Z', 'Wednesday 21:30 → Thursday 08:00'],
    ['Europe/Paris', '2026-11-19T05:00:00Z', OFFICE, '2026-11-19T07:00:00Z', 'Thursday 06:00 → Thursday 08:00'],
    ['Europe/Paris', '2026-11-19T06:59:59Z', OFFICE, '2026-11-19T07:00:00Z', 'one second before the end'],
    ['Europe/Paris', '2026-11-19T18:59:59Z', OFFICE, '2026-11-19T18:59:59Z', 'one second before the start: unchanged'],
    ['Europe/Paris', '2026-11-20T20:00:00Z', OFFICE, '2026-11-23T07:00:00Z', 'Friday 21:00 → Monday 08:00'],
    ['Europe/Paris', '2026-11-21T11:00:00Z', OFFICE, '2026-11-23T11:00:00Z', 'Saturday noon → Monday noon'],
    ['Europe/Paris', '2026-11-22T23:30:00Z', OFFICE, '2026-11-23T07:00:00Z', 'Monday 00:30 → Monday 08:00'],
    ['Europe/Paris', '2026-10-23T19:00:00Z', OFFICE, '2026-10-26T07:00:00Z', 'Friday 21:00 CEST → Monday 08:00 CET (DST weekend)'],
    ['Europe/Paris', '2026-03-27T20:00:00Z', OFFICE, '2026-03-30T06:00:00Z', 'Friday 21:00 CET → Monday 08:00 CEST (DST weekend)'],
    ['America/New_York', '2026-03-07T03:00:00Z', OFFICE, '2026-03-09T12:00:00Z', 'Friday 22:00 EST → Monday 08:00 EDT'],
    ['America/New_York', '2026-10-31T14:00:00Z', OFFICE, '2026-11-02T15:00:00Z', 'Saturday 10:00 EDT → Monday 10:00 EST'],
    ['Asia/Tokyo', '2026-03-29T06:00:00Z', OFFICE, '2026-03-30T06:00:00Z', 'Sunday 15:00 → Monday 15:00 JST'],
    ['Asia/Kolkata', '2026-06-05T15:00:00Z', OFFICE, '2026-06-08T02:30:00Z', 'Friday 20:30 → Monday 08:00 IST'],
    ['Pacific/Chatham', '2026-09-25T21:15:00Z', OFFICE, '2026-09-27T20:15:00Z', 'Saturday 10:00 +12:45 → Monday 10:00 +13:45'],
    ['Pacific/Chatham', '2026-04-03T20:15:00Z', OFFICE, '2026-04-05T21:15:00Z', 'Saturday 10:00 +13:45 → Monday 10:00 +12:45'],
    ['Europe/Paris', '2026-11-22T14:00:00Z', window(null, WEEKDAYS), '2026-11-23T14:00:00Z', 'no quiet hours: Sunday 15:00 → Monday 15:00, not midnight'],
    ['Europe/Paris', '2026-11-21T20:00:00Z', window({ start: '20:00', end: '08:00' }), '2026-11-22T07:00:00Z', 'every day: Saturday 21:00 → Sunday 08:00'],
    ['Europe/Paris', '2026-11-18T21:00:00Z', window({ start: '20:00', end: '08:00' }, [Weekday.Wednesday]), '2026-11-25T07:00:00Z', 'only Wednesdays: a week later'],
    ['Europe/Paris', '2026-11-19T10:00:00Z', wed, '2026-11-25T10:00:00Z', 'only Wednesdays, no quiet hours: next Wednesday, same time'],
    ['Europe/Paris', '2026-11-18T12:00:00Z', window({ start: '12:00', end: '14:00' }), '2026-11-18T13:00:00Z', 'lunch break 13:00 → 14:00'],
    ['Europe/Paris', '2026-11-18T22:00:00Z', window({ start: '22:00', end: '00:00' }), '2026-11-18T23:00:00Z', 'quiet until midnight'],
    ['Europe/Paris', '2026-03-29T00:30:00Z', window({ start: '01:00', end: '02:30' }), '2026-03-29T01:30:00Z', 'quiet end 02:30 in the gap: 03:30 CEST'],
    ['Europe/Paris', '2026-10-25T00:10:00Z', window({ start: '01:00', end: '02:30' }), '2026-10-25T00:30:00Z', '02:10 CEST → 02:30 CEST'],
    ['Europe/Paris', '2026-10-25T01:15:00Z', window({ start: '01:00', end: '02:30' }), '2026-10-25T01:30:00Z', '02:15 CET (second pass) → 02:30 CET'],
    ['Europe/Paris', '2026-11-22T14:00:00Z', { quietHours: null, allowedWeekdays: [1, 1, 2, 3, 4, 5, 6] }, '2026-11-23T14:00:00Z', 'seven entries, no Sunday'],
    ['America/Santiago', '2026-09-05T16:00:00Z', window(null, [Weekday.Sunday]), '2026-09-06T15:00:00Z', 'Saturday noon -04 → Sunday noon -03'],
  ])('%s %s → %s (%s)', (zone, instant, rules, expected) => {
    const moved = nextAllowedInstant(new Date(instant), zone, rules);
    expect(moved.toISOString()).toBe(new Date(expected).toISOString());
    expect(moved.getTime()).toBeGreaterThanOrEqual(new Date(instant).getTime());
  });

  const hm = (h: number, m = 0): number => (h * 60 + m) * 60_000;
  it.each([
    ['Europe/Paris', '2026-11-22T08:00:00Z', window(null, WEEKDAYS), hm(9), '2026-11-23T08:00:00Z', 'Sunday 09:00 step → Monday 09:00, the step time'],
    ['Europe/Paris', '2026-11-22T08:00:00Z', OFFICE, hm(9), '2026-11-23T08:00:00Z', 'same with quiet hours'],
    ['Europe/Paris', '2026-11-20T21:30:00Z', OFFICE, hm(21), '2026-11-23T07:00:00Z', 'a 21:00 step on Friday night: Monday at the opening, 08:00'],
    ['Europe/Paris', '2026-11-18T20:30:00Z', OFFICE, hm(9), '2026-11-19T08:00:00Z', 'Wednesday 21:30 retry of a 09:00 step → Thursday 09:00'],
    ['America/Santiago', '2026-09-05T16:00:00Z', window(null, [Weekday.Sunday]), hm(0), '2026-09-06T04:00:00Z', 'Sunday midnight does not exist: 01:00 -03'],
  ])('%s %s with a step time → %s (%s)', (zone, instant, rules, timeOfDay, expected) => {
    expect(nextAllowedInstant(new Date(instant), zone, rules, timeOfDay).toISOString()).toBe(new Date(expected).toISOString());
  });

  // 14 July 2026 is a Tuesday; 1 May 2026 a Friday.
  const days = (...dates: string[]) => new Set(dates.map(wallDayOf));
  it.each<[string, string, SendWindow, number | undefined, string, string]>([
    ['Europe/Paris', '2026-07-14T07:00:00Z', { ...OFFICE, blackoutDays: days('2026-07-14') }, hm(9), '2026-07-15T07:00:00Z', 'Bastille Day 09:00 → Wednesday 09:00 CEST'],
    ['America/New_York', '2026-07-14T13:00:00Z', { ...OFFICE, blackoutDays: days('2026-07-14') }, hm(9), '2026-07-15T13:00:00Z', 'the same local day in New York → Wednesday 09:00 EDT'],
    ['Europe/Paris', '2026-07-13T21:00:00Z', { ...OFFICE, blackoutDays: days('2026-07-14') }, undefined, '2026-07-15T06:00:00Z', 'Monday 23:00 quiet, Tuesday a blackout → Wednesday 08:00'],
    ['Europe/Paris', '2026-04-30T22:30:00Z', { ...OFFICE, blackoutDays: days('2026-05-01') }, hm(10), '2026-05-04T08:00:00Z', 'Friday 1 May then the weekend → Monday 10:00'],
    ['Asia/Tokyo', '2026-07-13T23:00:00Z', { ...OPEN_WINDOW, blackoutDays: days('2026-07-14', '2026-07-15') }, undefined, '2026-07-15T23:00:00Z', 'two days closed, no quiet hours: Thursday at the same time, 08:00 JST'],
    ['Europe/Paris', '2026-07-15T07:00:00Z', { ...OFFICE, blackoutDays: days('2026-07-14') }, hm(9), '2026-07-15T07:00:00Z', 'the day after: unchanged'],
    [
      'Europe/Paris',
      '2026-12-24T08:00:00Z',
      { ...OFFICE, blackoutDays: days('2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01') },
      hm(9),
      '2027-01-04T08:00:00Z',
      'a closing over the holidays, weekends between: the first Monday of January',
    ],
  ])('%s %s with blackout days → %s (%s)', (zone, instant, rules, timeOfDay, expected) => {
    expect(nextAllowedInstant(new Date(instant), zone, rules, timeOfDay).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('returns the very same instant when the window is open', () => {
    const instant = new Date('2026-11-22T03:00:00.123Z');
    expect(nextAllowedInstant(instant, 'Europe/Paris', OPEN_WINDOW)).toBe(instant);
  });

  it('refuses a window with no weekday', () => {
    expect(() => nextAllowedInstant(new Date(), 'Europe/Paris', { quietHours: null, allowedWeekdays: [] })).toThrow(/at least one allowed weekday/);
  });
});

describe('sendWindowFromColumns', () => {
  it('reads the stored columns (time as HH:MM:SS, ISO weekdays)', () => {
    expect(sendWindowFromColumns('20:00:00', '08:00:00', [1, 2, 3, 4, 5])).toEqual({
      quietHours: { start: { hour: 20, minute: 0 }, end: { hour: 8, minute: 0 } },
      allowedWeekdays: [1, 2, 3, 4, 5],
    });
  });

  it('opens every day and hour when nothing is stored', () => {
    expect(sendWindowFromColumns(null, null, null)).toEqual({ quietHours: null, allowedWeekdays: [1, 2, 3, 4, 5, 6, 7] });
  });
});
