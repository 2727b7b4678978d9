import { formatStepOffset, parseStepOffset, toPostgresInterval } from './step-offset';

describe('parseStepOffset', () => {
  it.each([
    ['-P14D', -14 * 1440],
    ['PT2H', 120],
    ['-P1W', -7 * 1440],
    ['P1DT12H', 1440 + 720],
    ['-PT30M', -30],
    ['+P1D', 1440],
    ['p2d', 2 * 1440],
    ['P1W2D', 9 * 1440],
    ['PT36H', 36 * 60],
    ['-P1DT2H30M', -(1440 + 150)],
    [' P3D ', 3 * 1440],
    ['-P0D', 0],
    ['P3660D', 3660 * 1440],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseStepOffset(text)).toEqual({ ok: true, value: { minutes } });
  });

  it.each([
    ['', /an offset is required/],
    ['P1M', /years and months are not supported.*-P4W or -P30D/],
    ['-P1Y', /years and months are not supported/],
    ['P1Y2M3D', /years and months are not supported/],
    ['PT30S', /seconds are not supported; use minutes/],
    ['P1.5D', /fractions are not supported/],
    ['PT0,5H', /fractions are not supported/],
    ['P', /has no weeks, days, hours or minutes/],
    ['-P', /has no weeks, days, hours or minutes/],
    ['PT', /is not an ISO 8601 duration/],
    ['P1DT', /is not an ISO 8601 duration/],
    ['14D', /is not an ISO 8601 duration/],
    ['P-1D', /is not an ISO 8601 duration/],
    ['--P1D', /is not an ISO 8601 duration/],
    ['P2D1W', /is not an ISO 8601 duration/],
    ['-14 days', /is not an ISO 8601 duration/],
    ['P3661D', /longer than 3660 days/],
    ['PT99999999999999999999H', /longer than 3660 days/],
  ])('refuses %p', (text, message) => {
    const result = parseStepOffset(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('formatStepOffset and toPostgresInterval', () => {
  it.each([
    [-14 * 1440, '-P14D', '-14 days'],
    [1440 + 720, 'P1DT12H', '1 days 12 hours'],
    [-30, '-PT30M', '-30 minutes'],
    [120, 'PT2H', '2 hours'],
    [-(1440 + 150), '-P1DT2H30M', '-1 days -2 hours -30 minutes'],
    [0, 'PT0M', '0 minutes'],
  ])('writes %i minutes as %s and %p', (minutes, iso, interval) => {
    expect(formatStepOffset({ minutes })).toBe(iso);
    expect(toPostgresInterval({ minutes })).toBe(interval);
    expect(parseStepOffset(iso)).toEqual({ ok: true, value: { minutes } });
  });

  it('spells weeks as days', () => {
    const result = parseStepOffset('-P2W');
    expect(result.ok && formatStepOffset(result.value)).toBe('-P14D');
  });
});
