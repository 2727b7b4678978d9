import { describe, expect, it } from 'vitest';
import {
  fromWallMs,
  offsetMinutes,
  offsetParts,
  phaseAt,
  placeCards,
  stepInstant,
  stepsInThePast,
  timelineScale,
  toOffset,
  toWallMs,
  zoneLanes,
} from './timeline-layout';

const DAY = 86_400_000;
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('step offsets', () => {
  it.each([
    ['-P14D', -14 * 1440],
    ['PT2H', 120],
    ['-P1DT12H', -36 * 60],
    ['P2W', 14 * 1440],
    ['PT0M', 0],
    ['P1DT30M', 1470],
    ['-PT90M', -90],
  ])('%s is %i minutes', (offset, minutes) => expect(offsetMinutes(offset)).toBe(minutes));

  it.each(['', 'P', 'PT', '14D', '-P1.5D', 'P1Y', 'P1DT'])('%j is not an offset', (offset) => expect(offsetMinutes(offset)).toBeNull());

  it.each([
    ['-P14D', { direction: 'before', days: 14, hours: 0, minutes: 0 }],
    ['P1DT2H30M', { direction: 'after', days: 1, hours: 2, minutes: 30 }],
    ['PT0M', { direction: 'at', days: 0, hours: 0, minutes: 0 }],
  ] as const)('%s says %j', (offset, parts) => expect(offsetParts(offset)).toEqual(parts));

  it.each([
    ['before', 14, 0, '-P14D'],
    ['after', 2, 0, 'P2D'],
    ['before', 1, 12, '-P1DT12H'],
    ['after', 0, 3, 'PT3H'],
    ['before', 0, 0, 'PT0M'],
  ] as const)('%s %i days %i hours is %s, and reads back the same', (direction, days, hours, offset) => {
    expect(toOffset(direction, days, hours)).toBe(offset);
    expect(offsetMinutes(offset)).toBe((direction === 'before' ? -1 : 1) * (days * 1440 + hours * 60) || 0);
  });
});

describe('wall clocks', () => {
  it('reads and writes Paris time across the spring change (02:30 on 29 March 2026 does not exist)', () => {
    const noon = Date.parse('2026-03-29T10:00:00Z'); // 12:00 CEST
    expect(iso(toWallMs(noon, 'Europe/Paris'))).toBe('2026-03-29T12:00:00.000Z');
    expect(iso(fromWallMs(Date.parse('2026-03-29T12:00:00Z'), 'Europe/Paris'))).toBe('2026-03-29T10:00:00.000Z');
    expect(iso(fromWallMs(Date.parse('2026-03-29T02:30:00Z'), 'Europe/Paris'))).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });

  it('takes the earlier of a repeated time (01:30 on 1 November 2026 in New York)', () => {
    expect(iso(fromWallMs(Date.parse('2026-11-01T01:30:00Z'), 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('stepInstant: where a step sits, by its anchor and offset', () => {
  const session = {
    startsAt: Date.parse('2026-04-14T07:00:00Z'), // 09:00 in Paris
    endsAt: Date.parse('2026-04-15T15:30:00Z'),
    enrolBy: Date.parse('2026-04-07T21:59:00Z'),
    timeZone: 'Europe/Paris',
  };
  const launch = Date.parse('2026-03-01T10:00:00Z');
  it.each([
    ['session_start', '-P14D', '09:00', '2026-03-31T07:00:00.000Z'],
    ['session_start', '-P21D', '09:00', '2026-03-24T08:00:00.000Z'], // still winter time in Paris
    ['session_start', '-PT2H', null, '2026-04-14T05:00:00.000Z'],
    ['session_end', 'P2D', '10:30', '2026-04-17T08:30:00.000Z'],
    ['enrol_by', '-P1D', '08:00', '2026-04-06T06:00:00.000Z'],
    ['launch', 'PT0M', null, '2026-03-01T10:00:00.000Z'],
    ['learner_enrolled', 'P1D', '09:00', null],
    ['learner_completed', 'PT0M', null, null],
  ])('%s %s at %s → %s', (anchor, offset, localTime, expected) => {
    expect(iso(stepInstant({ id: 's', anchor, offset, localTime }, session, launch))).toBe(expected);
  });

  it('has no date for a session anchor without a session, nor for enrol-by when the session has none', () => {
    expect(stepInstant({ id: 's', anchor: 'session_start', offset: '-P1D', localTime: null }, null, launch)).toBeNull();
    expect(stepInstant({ id: 's', anchor: 'enrol_by', offset: '-P1D', localTime: null }, { ...session, enrolBy: null }, launch)).toBeNull();
  });
});

describe('timelineScale', () => {
  const session = { startsAt: 100 * DAY, endsAt: 101 * DAY };

  it('keeps order, puts the first and last step inside the margins and gives a short session at least a fifth of the width', () => {
    const scale = timelineScale([58 * DAY, 86 * DAY, 103 * DAY], session);
    const xs = [58, 86, 100, 101, 103].map((d) => scale.at(d * DAY));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs[0]).toBeCloseTo(0.04);
    expect(xs[4]).toBeCloseTo(0.96);
    expect(scale.sessionTo! - scale.sessionFrom!).toBeGreaterThanOrEqual(0.2 * 0.92 - 1e-9);
    expect(scale.sessionFrom).toBe(xs[2]);
  });

  it('is linear without a session, and widens a single instant to a day', () => {
    const scale = timelineScale([0, 10 * DAY], null);
    expect(scale.at(5 * DAY)).toBeCloseTo(0.5);
    const one = timelineScale([5 * DAY], null);
    expect(one.at(5 * DAY)).toBeCloseTo(0.5);
  });

  it('gives the session the whole width when every step is inside it', () => {
    const scale = timelineScale([100.5 * DAY], session);
    expect(scale.sessionFrom).toBeCloseTo(0.04);
    expect(scale.sessionTo).toBeCloseTo(0.96);
  });
});

describe('placeCards', () => {
  it('puts cards that would overlap on the next free row, and keeps edge cards inside', () => {
    const placed = placeCards(
      [
        { id: 'c', x: 0.5 },
        { id: 'a', x: 0.02 },
        { id: 'b', x: 0.1 },
        { id: 'd', x: 0.99 },
        { id: 'e', x: 0.3 },
      ],
      0.2,
    );
    const byId = Object.fromEntries(placed.map((p) => [p.id, p]));
    expect(byId.a).toMatchObject({ left: 0, row: 0 });
    expect(byId.b!.row).toBe(1);
    expect(byId.e!.row).toBe(2); // starts at 0.2, where the first two end: no room for the gap on their rows
    expect(byId.c!.row).toBe(0);
    expect(byId.d).toMatchObject({ left: 0.8, row: 0 });
    for (const row of new Set(placed.map((p) => p.row))) {
      const cards = placed.filter((p) => p.row === row).sort((p, q) => p.left - q.left);
      cards.slice(1).forEach((card, i) => expect(card.left).toBeGreaterThanOrEqual(cards[i]!.left + cards[i]!.width));
    }
  });
});

describe('phaseAt, zoneLanes and stepsInThePast', () => {
  it('names the phase of an instant by the session', () => {
    const session = { startsAt: 10, endsAt: 20 };
    expect([5, 10, 15, 20, 25].map((t) => phaseAt(t, session))).toEqual(['before', 'during', 'during', 'during', 'after']);
    expect(phaseAt(5, null)).toBeNull();
  });

  it('makes one lane per zone with learners, largest first, marks in time order', () => {
    const lanes = zoneLanes([
      { stepId: 's2', name: 'Reminder', zones: [{ zone: 'Europe/Paris', count: 40, sendAt: '2026-04-10T07:00:00Z' }, { zone: 'Asia/Tokyo', count: 5, sendAt: '2026-04-10T00:00:00Z' }] },
      { stepId: 's1', name: 'Invitation', zones: [{ zone: 'Europe/Paris', count: 50, sendAt: '2026-04-01T07:00:00Z' }, { zone: 'America/New_York', count: 0, sendAt: '2026-04-01T13:00:00Z' }] },
      { stepId: 's3', name: 'Welcome', zones: [{ zone: 'Asia/Tokyo', count: 5, sendAt: null }] },
    ]);
    expect(lanes.map((l) => [l.zone, l.learners, l.marks.map((m) => m.stepId)])).toEqual([
      ['Europe/Paris', 50, ['s1', 's2']],
      ['Asia/Tokyo', 5, ['s2']],
    ]);
  });

  it('finds the steps whose first send is already past', () => {
    const now = Date.parse('2026-04-05T00:00:00Z');
    expect(
      stepsInThePast(
        [
          { stepId: 'a', firstSendAt: '2026-04-01T07:00:00Z' },
          { stepId: 'b', firstSendAt: '2026-04-06T07:00:00Z' },
          { stepId: 'c', firstSendAt: null },
        ],
        now,
      ),
    ).toEqual(['a']);
  });
});
