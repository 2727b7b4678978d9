import type { EnrollmentStatus } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';

export type LearnerKey = { externalId: string } | { email: string };

/** Where an event happened: a session by id, a course by code (and start), or an xAPI activity id. */
export type ActivityKey = { sessionId: string } | { courseCode: string; sessionStartsAt?: Date } | { activityId: string };

/** A learning event from the LMS or an xAPI statement, parsed and validated, not yet resolved. */
export interface LearningEvent {
  /** The sender's event or statement id. */
  id: string;
  /** `lms:<id>` or `xapi:<id>`: unique per workspace. */
  idempotencyKey: string;
  /** Null for an xAPI verb Clarion does not map: accepted, not applied. */
  status: Exclude<EnrollmentStatus, EnrollmentStatus.Invited> | null;
  occurredAt: Date;
  learner: LearnerKey;
  activity: ActivityKey;
  /** An ambassador share reference carried back by the LMS. */
  ref: string | null;
  /** JSON path of this event in the request body (`[2]`, or empty for a single object). */
  path: string;
  /** Paths, inside the event, of the fields naming the learner and the activity: where an unknown one is reported. */
  fields: { learner: string; activity: string };
}

export type ParseOutcome = { ok: true; events: LearningEvent[] } | { ok: false; details: ErrorDetail[] };

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `a` + `.b` or `[0]` → a JSON path fragment. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
