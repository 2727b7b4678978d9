import { SessionStatus } from '../../common/enums';
import type { KnownZones } from '../../infrastructure/database/time-zones';
import { isHttpUrl, nextInviteSequence, planSessionUpdate, scheduleProblems, sessionChangeKind, type SessionSchedule, type SessionState } from './session-rules';

const d = (iso: string) => new Date(iso);
const zones: KnownZones = { canonical: (zone) => (['Europe/Paris', 'UTC'].includes(zone) ? zone : undefined) };
const NOW = d('2026-02-01T10:00:00Z');

const schedule: SessionSchedule = {
  startsAt: d('2026-03-02T08:00:00Z'),
  endsAt: d('2026-03-02T16:00:00Z'),
  enrolBy: d('2026-02-25T23:00:00Z'),
  capacity: 12,
  meetingUrl: null,
  timeZone: 'Europe/Paris',
};

const session: SessionState = {
  ...schedule,
  status: SessionStatus.Scheduled,
  title: 'Paris, March',
  location: 'Paris, room 4',
  cancelledAt: null,
  cancellationReason: null,
};

describe('scheduleProblems', () => {
  it.each<[string, Partial<SessionSchedule>, string[]]>([
    ['a sound session', {}, []],
    ['no enrol-by date and no capacity', { enrolBy: null, capacity: null }, []],
    ['enrol-by equal to the start', { enrolBy: d('2026-03-02T08:00:00Z') }, []],
    ['an end before the start', { endsAt: d('2026-03-02T07:00:00Z') }, ['endsAt']],
    ['an end equal to the start', { endsAt: d('2026-03-02T08:00:00Z') }, ['endsAt']],
    ['enrol-by after the start', { enrolBy: d('2026-03-02T08:00:01Z') }, ['enrolBy']],
    ['an unknown zone', { timeZone: 'Paris' }, ['timeZone']],
    ['an offset instead of a zone', { timeZone: '+01:00' }, ['timeZone']],
    ['a zone the catalogue lacks', { timeZone: 'US/Pacific-New' }, ['timeZone']],
    ['zero capacity', { capacity: 0 }, ['capacity']],
    ['fractional capacity', { capacity: 2.5 }, ['capacity']],
    ['a javascript: link', { meetingUrl: 'javascript:alert(1)' }, ['meetingUrl']],
    ['an https meeting link', { meetingUrl: 'https://teams.example.com/l/meetup/123' }, []],
    ['several problems at once', { endsAt: d('2026-03-01T08:00:00Z'), timeZone: 'Mars/Olympus', capacity: -1 }, ['endsAt', 'timeZone', 'capacity']],
  ])('%s', (_, change, paths) => {
    expect(scheduleProblems({ ...schedule, ...change }, zones).map((p) => p.path)).toEqual(paths);
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://lms.example.com/course/42', true],
    ['http://intranet/lms', true],
    ['ftp://files.example.com', false],
    ['javascript:alert(1)', false],
    ['lms.example.com', false],
    ['', false],
  ])('%j → %s', (value, expected) => expect(isHttpUrl(value)).toBe(expected));
});

describe('planSessionUpdate', () => {
  it('reschedules, listing what changed', () => {
    const plan = planSessionUpdate(session, { startsAt: d('2026-03-09T08:00:00Z'), endsAt: d('2026-03-09T16:00:00Z'), title: 'Paris, March' }, 3, NOW, zones);
    expect(plan).toEqual({
      kind: 'changed',
      next: { ...session, startsAt: d('2026-03-09T08:00:00Z'), endsAt: d('2026-03-09T16:00:00Z') },
      changed: ['startsAt', 'endsAt'],
    });
  });

  it('clears an optional field with null', () => {
    expect(planSessionUpdate(session, { enrolBy: null, capacity: null }, 3, NOW, zones)).toMatchObject({ kind: 'changed', changed: ['enrolBy', 'capacity'] });
  });

  it.each<[string, Parameters<typeof planSessionUpdate>[1], number, string]>([
    ['the same values again', { startsAt: d('2026-03-02T09:00:00+01:00'), capacity: 12 }, 3, 'unchanged'],
    ['an empty patch', {}, 0, 'unchanged'],
    ['an end before the new start', { startsAt: d('2026-03-03T08:00:00Z') }, 0, 'invalid'],
    ['capacity below the seats taken', { capacity: 4 }, 5, 'over_capacity'],
    ['capacity equal to the seats taken', { capacity: 5 }, 5, 'changed'],
    ['a reason without cancelling', { cancellationReason: 'Trainer ill' }, 0, 'invalid'],
    ['cancelling and moving at once', { status: SessionStatus.Cancelled, startsAt: d('2026-03-09T08:00:00Z') }, 0, 'invalid'],
  ])('%s → %s', (_, patch, seats, kind) => {
    expect(planSessionUpdate(session, patch, seats, NOW, zones).kind).toBe(kind);
  });

  it('cancels with a reason and a timestamp, keeping the schedule', () => {
    const plan = planSessionUpdate(session, { status: SessionStatus.Cancelled, cancellationReason: 'Trainer ill' }, 7, NOW, zones);
    expect(plan).toEqual({
      kind: 'changed',
      next: { ...session, status: SessionStatus.Cancelled, cancelledAt: NOW, cancellationReason: 'Trainer ill' },
      changed: ['status', 'cancelledAt', 'cancellationReason'],
    });
  });

  const cancelled: SessionState = { ...session, status: SessionStatus.Cancelled, cancelledAt: NOW, cancellationReason: 'Trainer ill' };

  it.each<[string, Parameters<typeof planSessionUpdate>[1], string]>([
    ['moving a cancelled session', { startsAt: d('2026-03-09T08:00:00Z') }, 'cancelled'],
    ['raising its capacity', { capacity: 20 }, 'cancelled'],
    ['cancelling it again', { status: SessionStatus.Cancelled }, 'unchanged'],
    ['cancelling it again with the same reason', { status: SessionStatus.Cancelled, cancellationReason: 'Trainer ill' }, 'unchanged'],
    ['correcting the reason', { status: SessionStatus.Cancelled, cancellationReason: 'Venue flooded' }, 'changed'],
  ])('%s → %s', (_, patch, kind) => {
    expect(planSessionUpdate(cancelled, patch, 0, NOW, zones).kind).toBe(kind);
  });
});

describe('invite sequence and change kind', () => {
  const plan = (patch: Parameters<typeof planSessionUpdate>[1], current: SessionState = session) => planSessionUpdate(current, patch, 3, NOW, zones);
  const cancelled: SessionState = { ...session, status: SessionStatus.Cancelled, cancelledAt: NOW, cancellationReason: 'Trainer ill' };

  it.each([
    ['a new start', plan({ startsAt: d('2026-03-03T08:00:00Z'), endsAt: d('2026-03-03T16:00:00Z') }), 5, 'reschedule'],
    ['a new room', plan({ location: 'Lyon, room 2' }), 5, 'reschedule'],
    ['a meeting link', plan({ meetingUrl: 'https://meet.example.com/x' }), 5, 'reschedule'],
    ['another zone', plan({ timeZone: 'UTC' }), 5, 'reschedule'],
    ['a cancellation', plan({ status: SessionStatus.Cancelled, cancellationReason: 'Trainer ill' }), 5, 'cancel'],
    // Not in the invite: nobody's calendar changes.
    ['more seats', plan({ capacity: 20 }), 4, 'none'],
    ['a new title', plan({ title: 'Paris, spring' }), 4, 'none'],
    ['a later enrol-by date', plan({ enrolBy: d('2026-02-27T23:00:00Z') }), 4, 'none'],
    ['the same start again', plan({ startsAt: session.startsAt }), 4, 'none'],
    ['a reworded cancellation reason', plan({ status: SessionStatus.Cancelled, cancellationReason: 'Trainer on leave' }, cancelled), 4, 'none'],
  ] as const)('%s', (_name, p, sequence, kind) => {
    expect(nextInviteSequence(4, p.kind === 'changed' ? p.changed : [])).toBe(sequence);
    expect(sessionChangeKind(p)).toBe(kind);
  });
});
