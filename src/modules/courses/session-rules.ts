import { SessionStatus } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { type KnownZones, unknownZoneMessage } from '../../infrastructure/database/time-zones';

/** The editable picture of a session, as the rules see it. */
export interface SessionState {
  status: SessionStatus;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  enrolBy: Date | null;
  capacity: number | null;
  location: string | null;
  meetingUrl: string | null;
  timeZone: string;
  cancelledAt: Date | null;
  cancellationReason: string | null;
}

export type SessionSchedule = Pick<SessionState, 'startsAt' | 'endsAt' | 'enrolBy' | 'capacity' | 'meetingUrl' | 'timeZone'>;

/** A requested change: absent fields stay as they are, null clears. `status` can only cancel. */
export type SessionPatch = Partial<Pick<SessionState, 'title' | 'startsAt' | 'endsAt' | 'enrolBy' | 'capacity' | 'location' | 'meetingUrl' | 'timeZone' | 'cancellationReason'>> & {
  status?: SessionStatus.Cancelled;
};

export type SessionUpdatePlan =
  | { kind: 'invalid'; details: ErrorDetail[] }
  | { kind: 'cancelled' }
  | { kind: 'over_capacity'; capacity: number; seatsTaken: number }
  | { kind: 'unchanged' }
  | { kind: 'changed'; next: SessionState; changed: (keyof SessionState)[] };

const SCHEDULE_FIELDS = ['title', 'startsAt', 'endsAt', 'enrolBy', 'capacity', 'location', 'meetingUrl', 'timeZone'] as const;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** What is wrong with a session's dates, zone (one `zones` knows), capacity and link; empty when nothing is. */
export function scheduleProblems(s: SessionSchedule, zones: KnownZones): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (s.endsAt.getTime() <= s.startsAt.getTime()) problems.push({ path: 'endsAt', message: 'must be after startsAt' });
  if (s.enrolBy && s.enrolBy.getTime() > s.startsAt.getTime()) problems.push({ path: 'enrolBy', message: 'must not be after startsAt' });
  if (!zones.canonical(s.timeZone)) problems.push({ path: 'timeZone', message: unknownZoneMessage(s.timeZone) });
  if (s.capacity !== null && (!Number.isInteger(s.capacity) || s.capacity < 1)) problems.push({ path: 'capacity', message: 'must be a whole number of at least 1' });
  if (s.meetingUrl !== null && !isHttpUrl(s.meetingUrl)) problems.push({ path: 'meetingUrl', message: 'must be an http or https URL' });
  return problems;
}

/**
 * Decides what a PATCH does to a session: reschedule (dates, capacity, place…), or cancel. A
 * cancelled session is frozen; cancelling it again is a no-op. Capacity may not fall below the seats
 * already taken, since that would silently overbook the session.
 */
export function planSessionUpdate(current: SessionState, patch: SessionPatch, seatsTaken: number, now: Date, zones: KnownZones): SessionUpdatePlan {
  const rescheduling = SCHEDULE_FIELDS.filter((field) => patch[field] !== undefined);

  if (patch.status === SessionStatus.Cancelled) {
    if (rescheduling.length) {
      return { kind: 'invalid', details: rescheduling.map((path) => ({ path, message: 'cannot change while cancelling: reschedule and cancel separately' })) };
    }
    const reason = patch.cancellationReason ?? null;
    if (current.status === SessionStatus.Cancelled) {
      if (reason === null || reason === current.cancellationReason) return { kind: 'unchanged' };
      return { kind: 'changed', next: { ...current, cancellationReason: reason }, changed: ['cancellationReason'] };
    }
    return {
      kind: 'changed',
      next: { ...current, status: SessionStatus.Cancelled, cancelledAt: now, cancellationReason: reason },
      changed: ['status', 'cancelledAt', 'cancellationReason'],
    };
  }

  if (patch.cancellationReason !== undefined) {
    return { kind: 'invalid', details: [{ path: 'cancellationReason', message: 'only goes with "status": "cancelled"' }] };
  }
  if (!rescheduling.length) return { kind: 'unchanged' };
  if (current.status === SessionStatus.Cancelled) return { kind: 'cancelled' };

  const next: SessionState = { ...current };
  for (const field of rescheduling) Object.assign(next, { [field]: patch[field] });
  const problems = scheduleProblems(next, zones);
  if (problems.length) return { kind: 'invalid', details: problems };
  if (next.capacity !== null && next.capacity < seatsTaken) return { kind: 'over_capacity', capacity: next.capacity, seatsTaken };

  const changed = rescheduling.filter((field) => !same(current[field], next[field]));
  return changed.length ? { kind: 'changed', next, changed } : { kind: 'unchanged' };
}

// What learners must hear of: the dates, the place, the link, the zone, a cancellation (a new title is not worth an email to all).
const INVITE_FIELDS: ReadonlySet<keyof SessionState> = new Set(['startsAt', 'endsAt', 'location', 'meetingUrl', 'timeZone', 'status']);

/**
 * The session's next invite sequence (the SEQUENCE of its iCalendar event) after a change: one more
 * when learners must hear of the change (dates, place, link, zone, cancellation), the same
 * otherwise (title, capacity, enrol-by date, the wording of a cancellation reason).
 */
export function nextInviteSequence(current: number, changed: readonly (keyof SessionState)[]): number {
  return changed.some((field) => INVITE_FIELDS.has(field)) ? current + 1 : current;
}

/** What a change is, as campaigns see it: a reschedule their learners must hear about, a cancellation, or neither. */
export function sessionChangeKind(plan: SessionUpdatePlan): 'reschedule' | 'cancel' | 'none' {
  if (plan.kind !== 'changed' || !plan.changed.some((field) => INVITE_FIELDS.has(field))) return 'none';
  return plan.changed.includes('status') ? 'cancel' : 'reschedule';
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
