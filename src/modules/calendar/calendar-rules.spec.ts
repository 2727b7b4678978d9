import { CalendarEntryStatus, campaignColour, entryStatus, isCalendarDate, parseCalendarRange } from './calendar-rules';

describe('parseCalendarRange', () => {
  it('accepts a range and counts its days, both ends included', () => {
    expect(parseCalendarRange('2026-12-01', '2026-12-31')).toEqual({ ok: true, value: { from: '2026-12-01', to: '2026-12-31', days: 31 } });
    expect(parseCalendarRange('2026-03-29', '2026-03-29')).toEqual({ ok: true, value: { from: '2026-03-29', to: '2026-03-29', days: 1 } });
    expect(parseCalendarRange('2026-01-01', '2027-02-04')).toMatchObject({ ok: true, value: { days: 400 } });
  });

  it.each([
    [undefined, '2026-12-31', [{ path: 'from', code: 'required' }]],
    ['', undefined, [{ path: 'from', code: 'required' }, { path: 'to', code: 'required' }]],
    ['2026-02-30', '2026-03-01', [{ path: 'from', code: 'format' }]],
    ['2026-12-01', '01/12/2026', [{ path: 'to', code: 'format' }]],
    ['2026-12-02', '2026-12-01', [{ path: 'to', code: 'range' }]],
    ['2026-01-01', '2027-02-05', [{ path: 'to', code: 'range' }]],
  ])('refuses from=%j to=%j naming the field', (from, to, errors) => {
    const result = parseCalendarRange(from, to);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map(({ path, code }) => ({ path, code }))).toEqual(errors);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    [20261201, false],
  ])('%j: %p', (text, ok) => expect(isCalendarDate(text)).toBe(ok));
});

describe('campaignColour', () => {
  it('is stable and within the palette', () => {
    expect(campaignColour('0000000b-0000-4000-8000-000000000000')).toBe(1);
    expect(campaignColour('ffffffff-0000-4000-8000-000000000000')).toBe(0xffffffff % 10);
  });
});

describe('entryStatus', () => {
  it.each([
    [5, 0, CalendarEntryStatus.Scheduled],
    [2, 3, CalendarEntryStatus.Sending],
    [0, 5, CalendarEntryStatus.Sent],
  ])('%d planned, %d sent: %s', (planned, sent, status) => expect(entryStatus(planned, sent)).toBe(status));
});
