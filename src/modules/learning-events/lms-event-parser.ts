import { EnrollmentStatus } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { isInFuture, parseOffsetTimestamp } from '../courses/timestamp';
import { type ActivityKey, isObject, joinPath, type LearnerKey, type LearningEvent, type ParseOutcome, UUID_PATTERN } from './learning-event';

const TYPES: Record<string, Exclude<EnrollmentStatus, EnrollmentStatus.Invited>> = {
  enrolled: EnrollmentStatus.Enrolled,
  started: EnrollmentStatus.Started,
  completed: EnrollmentStatus.Completed,
  dropped: EnrollmentStatus.Dropped,
};
const FIELDS = new Set(['id', 'type', 'occurredAt', 'learner', 'sessionId', 'courseCode', 'sessionStartsAt', 'ref']);
const MAX_ID_LENGTH = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Events per webhook request; larger batches are split by the sender. */
export const MAX_LMS_BATCH = 500;

/**
 * Validates an LMS webhook body: one event or an array of them,
 * `{id, type, occurredAt, learner: {externalId | email}, sessionId | courseCode [+ sessionStartsAt], ref?}`.
 * Every problem is reported with its path; nothing is applied unless the whole body is valid.
 */
export function parseLmsEvents(body: unknown, now: Date): ParseOutcome {
  const single = !Array.isArray(body);
  const items = single ? [body] : (body as unknown[]);
  if (!single && items.length === 0) return { ok: false, details: [{ path: '', message: 'must hold at least one event' }] };
  if (items.length > MAX_LMS_BATCH) return { ok: false, details: [{ path: '', message: `must hold at most ${MAX_LMS_BATCH} events` }] };
  const events: LearningEvent[] = [];
  const details: ErrorDetail[] = [];
  items.forEach((item, index) => {
    const path = single ? '' : joinPath('', index);
    const event = parseOne(item, path, now, details);
    if (event) events.push(event);
  });
  return details.length ? { ok: false, details } : { ok: true, events };
}

function parseOne(item: unknown, path: string, now: Date, details: ErrorDetail[]): LearningEvent | null {
  const problem = (field: string, message: string) => details.push({ path: joinPath(path, field), message });
  if (!isObject(item)) {
    details.push({ path: path || '$', message: 'must be an object' });
    return null;
  }
  const before = details.length;
  for (const key of Object.keys(item)) if (!FIELDS.has(key)) problem(key, 'is not a known field');

  const id = item.id;
  if (typeof id !== 'string' || !id.trim() || id.length > MAX_ID_LENGTH) problem('id', `must be a non-empty string of at most ${MAX_ID_LENGTH} characters`);

  const status = typeof item.type === 'string' ? TYPES[item.type] : undefined;
  if (!status) problem('type', `must be one of ${Object.keys(TYPES).join(', ')}`);

  const occurredAt = instant(item.occurredAt, joinPath(path, 'occurredAt'), details);
  if (occurredAt && isInFuture(occurredAt, now)) problem('occurredAt', 'must not be in the future');

  const learner = learnerKey(item.learner, joinPath(path, 'learner'), details);
  const activity = activityKey(item, path, details);

  if (item.ref !== undefined && item.ref !== null && (typeof item.ref !== 'string' || item.ref.length > 1000)) problem('ref', 'must be a string');

  if (details.length > before || !status || !occurredAt || !learner || !activity) return null;
  const eventId = (id as string).trim();
  const fields = { learner: 'externalId' in learner ? 'learner.externalId' : 'learner.email', activity: 'sessionId' in activity ? 'sessionId' : 'courseCode' };
  return { id: eventId, idempotencyKey: `lms:${eventId}`, status, occurredAt, learner, activity, ref: (item.ref as string | undefined) ?? null, path, fields };
}

function instant(value: unknown, path: string, details: ErrorDetail[]): Date | null {
  if (typeof value !== 'string') {
    details.push({ path, message: 'must be an ISO 8601 date-time with an offset' });
    return null;
  }
  const parsed = parseOffsetTimestamp(value);
  if (!parsed.ok) {
    details.push({ path, message: parsed.message });
    return null;
  }
  return parsed.value;
}

function learnerKey(value: unknown, path: string, details: ErrorDetail[]): LearnerKey | null {
  if (!isObject(value)) {
    details.push({ path, message: 'must be an object with externalId or email' });
    return null;
  }
  const { externalId, email } = value;
  if ((externalId === undefined) === (email === undefined)) {
    details.push({ path, message: 'give exactly one of externalId or email' });
    return null;
  }
  if (externalId !== undefined) {
    if (typeof externalId === 'string' && externalId.trim()) return { externalId: externalId.trim() };
    details.push({ path: joinPath(path, 'externalId'), message: 'must be a non-empty string' });
    return null;
  }
  if (typeof email === 'string' && EMAIL.test(email.trim())) return { email: email.trim().toLowerCase() };
  details.push({ path: joinPath(path, 'email'), message: 'must be an email address' });
  return null;
}

function activityKey(item: Record<string, unknown>, path: string, details: ErrorDetail[]): ActivityKey | null {
  const { sessionId, courseCode, sessionStartsAt } = item;
  if ((sessionId === undefined) === (courseCode === undefined)) {
    details.push({ path: joinPath(path, 'sessionId'), message: 'give exactly one of sessionId or courseCode' });
    return null;
  }
  if (sessionId !== undefined) {
    if (typeof sessionId === 'string' && UUID_PATTERN.test(sessionId)) return { sessionId: sessionId.toLowerCase() };
    details.push({ path: joinPath(path, 'sessionId'), message: 'must be a UUID' });
    return null;
  }
  if (typeof courseCode !== 'string' || !courseCode.trim()) {
    details.push({ path: joinPath(path, 'courseCode'), message: 'must be a non-empty string' });
    return null;
  }
  if (sessionStartsAt === undefined) return { courseCode: courseCode.trim() };
  const startsAt = instant(sessionStartsAt, joinPath(path, 'sessionStartsAt'), details);
  return startsAt ? { courseCode: courseCode.trim(), sessionStartsAt: startsAt } : null;
}
