import { isInFuture, parseOffsetTimestamp } from './timestamp';

describe('parseOffsetTimestamp', () => {
  it.each([
    ['2026-03-02T09:00:00+01:00', '2026-03-02T08:00:00.000Z'],
    ['2026-03-02T09:00:00Z', '2026-03-02T09:00:00.000Z'],
    ['2026-03-02T09:00Z', '2026-03-02T09:00:00.000Z'],
    ['2026-03-02T09:00:00.250-05:00', '2026-03-02T14:00:00.250Z'],
    ['2026-03-02T09:00:00+0530', '2026-03-02T03:30:00.000Z'],
    [' 2026-10-25T02:30:00+02:00 ', '2026-10-25T00:30:00.000Z'],
  ])('reads %s as the instant %s', (input, instant) => {
    const result = parseOffsetTimestamp(input);
    expect(result).toEqual({ ok: true, value: new Date(instant) });
  });

  it.each([
    ['2026-03-02T09:00:00', /UTC offset/],
    ['2026-03-02 09:00', /UTC offset/],
    ['2026-03-02', /UTC offset/],
    ['02/03/2026 09:00', /ISO 8601/],
    ['tomorrow', /ISO 8601/],
    ['', /ISO 8601/],
    ['2026-02-30T09:00:00Z', /not a valid date-time/],
    ['2026-03-02T25:00:00Z', /not a valid date-time/],
  ])('refuses %j', (input, message) => {
    const result = parseOffsetTimestamp(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('isInFuture', () => {
  const now = new Date('2026-03-02T09:00:00Z');
  it.each([
    ['2026-03-01T09:00:00Z', false],
    ['2026-03-02T09:00:00Z', false],
    ['2026-03-02T09:04:59Z', false],
    ['2026-03-02T09:05:01Z', true],
    ['2027-01-01T00:00:00Z', true],
  ])('%s → %s', (iso, expected) => expect(isInFuture(new Date(iso), now)).toBe(expected));
});
