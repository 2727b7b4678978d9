import { EnrollmentStatus as S } from '../../common/enums';
import { applyTransition, type EnrollmentState, planEnrollmentChange, type SessionGate, transitionRefusal } from './enrollment-status';

const T0 = new Date('2026-01-05T09:00:00Z');
const T1 = new Date('2026-01-20T16:30:00Z');

function state(status: S, stamps: Partial<EnrollmentState> = {}): EnrollmentState {
  return { status, invitedAt: null, enrolledAt: null, startedAt: null, completedAt: null, droppedAt: null, ...stamps };
}

describe('transitionRefusal', () => {
  // from, to, allowed
  it.each<[S | null, S, boolean]>([
    [null, S.Invited, true],
    [null, S.Enrolled, true],
    [null, S.Completed, true],
    [null, S.Dropped, true],
    [S.Invited, S.Enrolled, true],
    [S.Invited, S.Started, true],
    [S.Invited, S.Completed, true],
    [S.Invited, S.Dropped, true],
    [S.Enrolled, S.Started, true],
    [S.Enrolled, S.Completed, true],
    [S.Enrolled, S.Dropped, true],
    [S.Enrolled, S.Invited, false],
    [S.Started, S.Completed, true],
    [S.Started, S.Dropped, true],
    [S.Started, S.Enrolled, false],
    [S.Started, S.Invited, false],
    [S.Completed, S.Invited, false],
    [S.Completed, S.Enrolled, false],
    [S.Completed, S.Started, false],
    [S.Completed, S.Dropped, false],
    [S.Dropped, S.Invited, true],
    [S.Dropped, S.Enrolled, true],
    [S.Dropped, S.Started, true],
    [S.Dropped, S.Completed, true],
    [S.Invited, S.Invited, true],
    [S.Completed, S.Completed, true],
    [S.Dropped, S.Dropped, true],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(transitionRefusal(from, to) === null).toBe(allowed);
  });

  it('says why a completed enrolment does not move', () => {
    expect(transitionRefusal(S.Completed, S.Enrolled)).toBe('a completed enrolment is final');
    expect(transitionRefusal(S.Started, S.Invited)).toBe('an enrolment cannot go back from started to invited');
  });
});

describe('applyTransition', () => {
  it.each<[string, EnrollmentState | null, S, Partial<EnrollmentState>, number]>([
    ['a new invitation', null, S.Invited, { invitedAt: T1 }, 0],
    ['a new enrolment takes a seat', null, S.Enrolled, { enrolledAt: T1 }, 1],
    ['invited then enrolled', state(S.Invited, { invitedAt: T0 }), S.Enrolled, { invitedAt: T0, enrolledAt: T1 }, 1],
    ['enrolled then started keeps its seat', state(S.Enrolled, { enrolledAt: T0 }), S.Started, { enrolledAt: T0, startedAt: T1 }, 0],
    ['completed directly fills enrolled and started, not invited', null, S.Completed, { enrolledAt: T1, startedAt: T1, completedAt: T1 }, 1],
    ['a jump keeps the timestamps already known', state(S.Enrolled, { enrolledAt: T0 }), S.Completed, { enrolledAt: T0, startedAt: T1, completedAt: T1 }, 0],
    ['dropping frees the seat', state(S.Started, { enrolledAt: T0, startedAt: T0 }), S.Dropped, { enrolledAt: T0, startedAt: T0, droppedAt: T1 }, -1],
    ['dropping an invitation frees nothing', state(S.Invited, { invitedAt: T0 }), S.Dropped, { invitedAt: T0, droppedAt: T1 }, 0],
    ['re-enrolling after a drop', state(S.Dropped, { enrolledAt: T0, droppedAt: T0 }), S.Enrolled, { enrolledAt: T1, droppedAt: T0 }, 1],
    ['re-inviting after a drop', state(S.Dropped, { droppedAt: T0 }), S.Invited, { invitedAt: T1, droppedAt: T0 }, 0],
  ])('%s', (_, current, to, stamps, seatDelta) => {
    expect(applyTransition(current, to, T1)).toEqual({ kind: 'changed', next: state(to, stamps), seatDelta });
  });

  it.each([S.Invited, S.Enrolled, S.Started, S.Completed, S.Dropped])('treats %s again as a no-op', (status) => {
    expect(applyTransition(state(status, { invitedAt: T0 }), status, T1)).toEqual({ kind: 'unchanged' });
  });

  it.each<[S, S]>([
    [S.Completed, S.Enrolled],
    [S.Completed, S.Dropped],
    [S.Started, S.Invited],
  ])('refuses %s → %s, naming both', (from, to) => {
    expect(applyTransition(state(from), to, T1)).toMatchObject({ kind: 'refused', from, to });
  });
});

describe('planEnrollmentChange', () => {
  const open: SessionGate = { cancelled: false, capacity: 10, seatsTaken: 3, checkCapacity: true };

  it.each<[string, EnrollmentState | null, S, Partial<SessionGate>, string]>([
    ['a seat left', null, S.Enrolled, { seatsTaken: 9 }, 'changed'],
    ['the last seat taken', null, S.Enrolled, { seatsTaken: 10 }, 'full'],
    ['no capacity at all', null, S.Enrolled, { capacity: null, seatsTaken: 500 }, 'changed'],
    ['an invitation needs no seat', null, S.Invited, { seatsTaken: 10 }, 'changed'],
    ['invited to enrolled on a full session', state(S.Invited), S.Enrolled, { seatsTaken: 10 }, 'full'],
    ['started to completed keeps its seat on a full session', state(S.Started), S.Completed, { seatsTaken: 10 }, 'changed'],
    ['re-enrolling after a drop on a full session', state(S.Dropped), S.Enrolled, { seatsTaken: 10 }, 'full'],
    ['an LMS fact beyond capacity', null, S.Completed, { seatsTaken: 10, checkCapacity: false }, 'changed'],
    ['enrolling on a cancelled session', null, S.Enrolled, { cancelled: true }, 'cancelled'],
    ['inviting to a cancelled session', null, S.Invited, { cancelled: true }, 'cancelled'],
    ['dropping from a cancelled session', state(S.Enrolled), S.Dropped, { cancelled: true }, 'changed'],
    ['the same status on a cancelled session', state(S.Enrolled), S.Enrolled, { cancelled: true }, 'unchanged'],
    ['a backward move on a full session', state(S.Completed), S.Enrolled, { seatsTaken: 10 }, 'refused'],
  ])('%s → %s', (_, current, to, gate, kind) => {
    expect(planEnrollmentChange(current, to, T1, { ...open, ...gate }).kind).toBe(kind);
  });
});

describe('report mode (CSV, LMS, xAPI): late, repeated or out-of-order facts', () => {
  const T2 = new Date('2026-02-10T09:00:00Z');

  it.each<[string, EnrollmentState, S, Date, string]>([
    ['enrolled reported after started', state(S.Started, { enrolledAt: T0, startedAt: T1 }), S.Enrolled, T2, 'unchanged'],
    ['invited reported after completion', state(S.Completed, { completedAt: T1 }), S.Invited, T2, 'unchanged'],
    ['started reported late to a completed enrolment', state(S.Completed, { completedAt: T0 }), S.Started, T1, 'unchanged'],
    ['an old drop after a re-enrolment', state(S.Enrolled, { enrolledAt: T1, droppedAt: T0 }), S.Dropped, T0, 'unchanged'],
    ['an old enrolment after a drop', state(S.Dropped, { enrolledAt: T0, droppedAt: T2 }), S.Enrolled, T0, 'unchanged'],
    ['a new enrolment after a drop', state(S.Dropped, { droppedAt: T0 }), S.Enrolled, T2, 'changed'],
    ['a new drop', state(S.Enrolled, { enrolledAt: T0 }), S.Dropped, T2, 'changed'],
    ['a drop at the very time of the enrolment', state(S.Enrolled, { enrolledAt: T2 }), S.Dropped, T2, 'changed'],
    ['a drop older than the completion', state(S.Completed, { completedAt: T2 }), S.Dropped, T0, 'unchanged'],
    ['a drop newer than the completion', state(S.Completed, { completedAt: T0 }), S.Dropped, T2, 'refused'],
    ['forward progress with an earlier time', state(S.Enrolled, { enrolledAt: T2 }), S.Started, T0, 'changed'],
  ])('%s → %s', (_, current, to, at, kind) => {
    expect(applyTransition(current, to, at, 'report').kind).toBe(kind);
    expect(planEnrollmentChange(current, to, at, { cancelled: false, capacity: null, seatsTaken: 0, checkCapacity: true }, 'report').kind).toBe(kind);
  });

  it('stays strict in command mode', () => {
    expect(applyTransition(state(S.Started, { startedAt: T1 }), S.Enrolled, T2, 'command').kind).toBe('refused');
  });
});
