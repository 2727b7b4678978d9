import { formatLocalTime, localTimeMs, parseLocalTime } from './local-time';

describe('parseLocalTime', () => {
  it.each([
    ['09:00', 9, 0],
    ['00:00', 0, 0],
    ['23:59', 23, 59],
    ['08:30:00', 8, 30],
    [' 20:15 ', 20, 15],
  ])('reads %p', (text, hour, minute) => {
    expect(parseLocalTime(text)).toEqual({ ok: true, value: { hour, minute } });
  });

  it.each([
    ['9:00', /expected HH:MM on a 24-hour clock/],
    ['24:00', /expected HH:MM/],
    ['12:60', /expected HH:MM/],
    ['noon', /expected HH:MM/],
    ['', /expected HH:MM/],
    ['09:00:30', /seconds are not supported/],
  ])('refuses %p', (text, message) => {
    const result = parseLocalTime(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('formats for humans and for a ::time bind parameter, and measures from midnight', () => {
    expect(formatLocalTime({ hour: 9, minute: 5 })).toBe('09:05');
    expect(localTimeMs({ hour: 9, minute: 5 })).toBe((9 * 60 + 5) * 60_000);
  });
});
