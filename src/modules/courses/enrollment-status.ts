import { EnrollmentStatus } from '../../common/enums';

/** One timestamp per status: when the enrolment last reached it. */
export interface EnrollmentStamps {
  invitedAt: Date | null;
  enrolledAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
  droppedAt: Date | null;
}

export interface EnrollmentState extends EnrollmentStamps {
  status: EnrollmentStatus;
}

/**
 * `command`: someone sets the status now (the API); a move backwards is an error worth a 409.
 * `report`: a source relays a fact that happened at `occurredAt` (CSV, LMS, xAPI), possibly late,
 * repeated or out of order; a status the enrolment has already passed, or a move out of or into
 * `dropped` that happened before the current status was reached, is old news and changes nothing.
 */
export type ChangeMode = 'command' | 'report';

export type TransitionOutcome =
  | { kind: 'unchanged' }
  | { kind: 'changed'; next: EnrollmentState; seatDelta: number }
  | { kind: 'refused'; from: EnrollmentStatus; to: EnrollmentStatus; reason: string };

export const STAMP_OF: Record<EnrollmentStatus, keyof EnrollmentStamps> = {
  [EnrollmentStatus.Invited]: 'invitedAt',
  [EnrollmentStatus.Enrolled]: 'enrolledAt',
  [EnrollmentStatus.Started]: 'startedAt',
  [EnrollmentStatus.Completed]: 'completedAt',
  [EnrollmentStatus.Dropped]: 'droppedAt',
};

// The forward path; dropped stands beside it.
const PROGRESSION = [EnrollmentStatus.Invited, EnrollmentStatus.Enrolled, EnrollmentStatus.Started, EnrollmentStatus.Completed];

/** Statuses that hold one of the session's seats. */
export const SEAT_STATUSES: readonly EnrollmentStatus[] = [EnrollmentStatus.Enrolled, EnrollmentStatus.Started, EnrollmentStatus.Completed];

export function takesSeat(status: EnrollmentStatus | null): boolean {
  return status !== null && SEAT_STATUSES.includes(status);
}

/** Why a move is refused, or null when it is allowed. A move to the same status is allowed (a no-op). */
export function transitionRefusal(from: EnrollmentStatus | null, to: EnrollmentStatus): string | null {
  if (from === null || from === to) return null;
  if (from === EnrollmentStatus.Completed) return 'a completed enrolment is final';
  if (from === EnrollmentStatus.Dropped || to === EnrollmentStatus.Dropped) return null;
  if (PROGRESSION.indexOf(to) < PROGRESSION.indexOf(from)) return `an enrolment cannot go back from ${from} to ${to}`;
  return null;
}

/** In report mode: whether the enrolment already reflects a status reported at `occurredAt`. */
export function isAlreadyKnown(current: EnrollmentState, to: EnrollmentStatus, occurredAt: Date): boolean {
  const [fromRank, toRank] = [PROGRESSION.indexOf(current.status), PROGRESSION.indexOf(to)];
  if (fromRank >= 0 && toRank >= 0) return toRank < fromRank;
  const since = current[STAMP_OF[current.status]];
  // Strictly older only: rows of one file without times all share the import's clock.
  return since !== null && occurredAt.getTime() < since.getTime();
}

/**
 * Applies a status change that happened at `occurredAt`. The target status gets that timestamp. A forward
 * jump (an LMS reporting `completed` straight away) also fills the skipped enrolled and started
 * timestamps that are still empty, so "has enrolled" stays true of everyone who completed; `invited`
 * is never implied, since a learner may enrol without an invitation.
 */
export function applyTransition(current: EnrollmentState | null, to: EnrollmentStatus, occurredAt: Date, mode: ChangeMode = 'command'): TransitionOutcome {
  const from = current?.status ?? null;
  if (from === to) return { kind: 'unchanged' };
  if (mode === 'report' && current && isAlreadyKnown(current, to, occurredAt)) return { kind: 'unchanged' };
  const refusal = transitionRefusal(from, to);
  if (refusal !== null) return { kind: 'refused', from: from as EnrollmentStatus, to, reason: refusal };

  const next: EnrollmentState = {
    status: to,
    invitedAt: current?.invitedAt ?? null,
    enrolledAt: current?.enrolledAt ?? null,
    startedAt: current?.startedAt ?? null,
    completedAt: current?.completedAt ?? null,
    droppedAt: current?.droppedAt ?? null,
  };
  const rank = PROGRESSION.indexOf(to);
  for (const implied of [EnrollmentStatus.Enrolled, EnrollmentStatus.Started]) {
    if (PROGRESSION.indexOf(implied) < rank) next[STAMP_OF[implied]] ??= occurredAt;
  }
  next[STAMP_OF[to]] = occurredAt;
  return { kind: 'changed', next, seatDelta: Number(takesSeat(to)) - Number(takesSeat(from)) };
}

/** What the session allows at the moment of the change (read under the session's row lock). */
export interface SessionGate {
  cancelled: boolean;
  capacity: number | null;
  seatsTaken: number;
  /** False for facts reported by the LMS or xAPI, which are recorded even beyond capacity. */
  checkCapacity: boolean;
}

export type EnrollmentChangePlan = TransitionOutcome | { kind: 'cancelled' } | { kind: 'full'; capacity: number };

/**
 * The whole decision for one status change: the transition rule, then the session's own rules. A
 * cancelled session takes no enrolment, but a learner can still be marked as dropped from it.
 */
export function planEnrollmentChange(
  current: EnrollmentState | null,
  to: EnrollmentStatus,
  occurredAt: Date,
  gate: SessionGate,
  mode: ChangeMode = 'command',
): EnrollmentChangePlan {
  const outcome = applyTransition(current, to, occurredAt, mode);
  if (outcome.kind !== 'changed') return outcome;
  if (gate.cancelled && to !== EnrollmentStatus.Dropped) return { kind: 'cancelled' };
  if (gate.checkCapacity && gate.capacity !== null && outcome.seatDelta > 0 && gate.seatsTaken + outcome.seatDelta > gate.capacity) {
    return { kind: 'full', capacity: gate.capacity };
  }
  return outcome;
}
