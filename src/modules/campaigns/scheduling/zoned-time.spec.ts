import { fromWallMs, isoWeekday, toWallMs } from './zoned-time';

const wall = (iso: string): number => Date.parse(`${iso}Z`);

describe('fromWallMs: the instant a local time denotes', () => {
  it.each([
    // zone, local time, instant, why
    ['Europe/Paris', '2026-01-15T09:00', '2026-01-15T08:00:00Z', 'winter, CET'],
    ['Europe/Paris', '2026-07-15T09:00', '2026-07-15T07:00:00Z', 'summer, CEST'],
    ['Europe/Paris', '2026-03-29T02:30', '2026-03-29T01:30:00Z', 'gap: read at +01:00, i.e. 03:30 CEST'],
    ['Europe/Paris', '2026-03-29T02:00', '2026-03-29T01:00:00Z', 'gap start: the change itself, 03:00 CEST'],
    ['Europe/Paris', '2026-03-29T03:00', '2026-03-29T01:00:00Z', 'just after the gap'],
    ['Europe/Paris', '2026-10-25T02:30', '2026-10-25T00:30:00Z', 'repeated: first occurrence, CEST'],
    ['Europe/Paris', '2026-10-25T03:00', '2026-10-25T02:00:00Z', 'just after the repeated hour'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00Z', 'gap: read at -05:00, i.e. 03:30 EDT'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00Z', 'repeated: first occurrence, EDT'],
    ['Asia/Tokyo', '2026-03-29T02:30', '2026-03-28T17:30:00Z', 'no daylight saving'],
    ['Asia/Kolkata', '2026-10-25T09:00', '2026-10-25T03:30:00Z', '+05:30'],
    ['Pacific/Chatham', '2026-06-15T09:00', '2026-06-14T20:15:00Z', '+12:45 in winter'],
    ['Pacific/Chatham', '2026-09-27T03:00', '2026-09-26T14:15:00Z', 'gap 02:45–03:45: read at +12:45, i.e. 04:00'],
    ['Pacific/Chatham', '2026-04-05T03:00', '2026-04-04T13:15:00Z', 'repeated 02:45–03:45: first occurrence, +13:45'],
    ['America/Santiago', '2026-09-06T00:00', '2026-09-06T04:00:00Z', 'midnight that never happens: 01:00 -03'],
  ])('%s %s → %s (%s)', (zone, local, instant) => {
    expect(fromWallMs(wall(local), zone).toISOString()).toBe(new Date(instant).toISOString());
  });

  it.each([
    ['2026-10-25T00:00:00Z', '2026-10-25T00:30:00Z', 'first occurrence is not before the floor'],
    ['2026-10-25T00:30:00Z', '2026-10-25T00:30:00Z', 'the floor itself'],
    ['2026-10-25T01:00:00Z', '2026-10-25T01:30:00Z', 'only the second occurrence is not before the floor'],
    ['2026-10-25T05:00:00Z', '2026-10-25T01:30:00Z', 'both before the floor: the later one'],
  ])('a repeated time with notBefore %s → %s (%s)', (notBefore, instant) => {
    expect(fromWallMs(wall('2026-10-25T02:30'), 'Europe/Paris', new Date(notBefore)).toISOString()).toBe(new Date(instant).toISOString());
  });

  it('round-trips every quarter hour of both Paris change days, except inside the gap', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      for (let quarter = 0; quarter < 96; quarter++) {
        const local = wall(`${day}T00:00`) + quarter * 15 * 60_000;
        const back = toWallMs(fromWallMs(local, 'Europe/Paris'), 'Europe/Paris');
        const inGap = day === '2026-03-29' && quarter >= 8 && quarter < 12;
        expect(back).toBe(inGap ? local + 3_600_000 : local);
      }
    }
  });

  it('throws on a zone that is not an IANA name', () => {
    expect(() => fromWallMs(0, 'Mars/Olympus')).toThrow(/Unknown time zone "Mars\/Olympus"/);
  });
});

describe('toWallMs and isoWeekday', () => {
  it.each([
    ['2026-03-29T00:59:59Z', 'Europe/Paris', '2026-03-29T01:59:59', 7],
    ['2026-03-29T01:00:00Z', 'Europe/Paris', '2026-03-29T03:00', 7],
    ['2026-11-23T20:00:00Z', 'Asia/Kolkata', '2026-11-24T01:30', 2],
    ['2026-11-22T12:00:00Z', 'Pacific/Chatham', '2026-11-23T01:45', 1],
    ['2026-11-22T03:00:00Z', 'America/New_York', '2026-11-21T22:00', 6],
  ])('%s in %s shows %s, ISO weekday %i', (instant, zone, local, weekday) => {
    const wallMs = toWallMs(new Date(instant), zone);
    expect(wallMs).toBe(wall(local));
    expect(isoWeekday(wallMs)).toBe(weekday);
  });
});
