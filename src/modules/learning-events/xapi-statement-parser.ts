import { randomUUID } from 'node:crypto';
import { EnrollmentStatus } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { isInFuture, parseOffsetTimestamp } from '../courses/timestamp';
import { type ActivityKey, isObject, joinPath, type LearnerKey, type LearningEvent, type ParseOutcome, UUID_PATTERN } from './learning-event';

const ADL = 'http://adlnet.gov/expapi/verbs/';

/**
 * ADL verbs mapped to an enrolment status. `failed` maps to nothing: a learner who failed an
 * assessment may retry, so it neither completes nor drops the enrolment. Other verbs (answered,
 * progressed, experienced…) are accepted and stored nowhere.
 */
export const XAPI_VERBS: Record<string, Exclude<EnrollmentStatus, EnrollmentStatus.Invited>> = {
  [`${ADL}registered`]: EnrollmentStatus.Enrolled,
  [`${ADL}launched`]: EnrollmentStatus.Started,
  [`${ADL}initialized`]: EnrollmentStatus.Started,
  [`${ADL}attempted`]: EnrollmentStatus.Started,
  [`${ADL}completed`]: EnrollmentStatus.Completed,
  [`${ADL}passed`]: EnrollmentStatus.Completed,
  [`${ADL}withdrew`]: EnrollmentStatus.Dropped,
};

/** Extension of `context.extensions` carrying an ambassador share reference. */
export const XAPI_REF_EXTENSION = 'https://clarion.app/xapi/extensions/ref';

export const MAX_XAPI_BATCH = 500;

/**
 * Validates xAPI statements (one or an array). The actor is an `mbox` (`mailto:`) or an `account`
 * whose `name` is the learner's external id; the object's id names the activity; `timestamp`
 * (default: now) is when it happened; a statement without `id` gets one, as an LRS assigns it.
 */
export function parseXapiStatements(body: unknown, now: Date): ParseOutcome {
  const single = !Array.isArray(body);
  const items = single ? [body] : (body as unknown[]);
  if (items.length === 0) return { ok: false, details: [{ path: '', message: 'must hold at least one statement' }] };
  if (items.length > MAX_XAPI_BATCH) return { ok: false, details: [{ path: '', message: `must hold at most ${MAX_XAPI_BATCH} statements` }] };
  const events: LearningEvent[] = [];
  const details: ErrorDetail[] = [];
  items.forEach((item, index) => {
    const event = parseOne(item, single ? '' : joinPath('', index), now, details);
    if (event) events.push(event);
  });
  return details.length ? { ok: false, details } : { ok: true, events };
}

function parseOne(item: unknown, path: string, now: Date, details: ErrorDetail[]): LearningEvent | null {
  const problem = (field: string, message: string) => details.push({ path: joinPath(path, field), message });
  if (!isObject(item)) {
    details.push({ path: path || '$', message: 'must be a statement object' });
    return null;
  }
  const before = details.length;
  let id: string = randomUUID();
  if (item.id !== undefined) {
    if (typeof item.id === 'string' && UUID_PATTERN.test(item.id)) id = item.id.toLowerCase();
    else problem('id', 'must be a UUID');
  }

  const verbId = isObject(item.verb) ? item.verb.id : undefined;
  if (typeof verbId !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(verbId)) problem('verb.id', 'must be an IRI');

  const learner = actor(item.actor, joinPath(path, 'actor'), details);

  const objectId = isObject(item.object) ? item.object.id : undefined;
  if (typeof objectId !== 'string' || !objectId.trim()) problem('object.id', 'must be the activity IRI');

  let occurredAt = now;
  if (item.timestamp !== undefined) {
    const parsed = typeof item.timestamp === 'string' ? parseOffsetTimestamp(item.timestamp) : null;
    if (!parsed?.ok) problem('timestamp', parsed ? parsed.message : 'must be an ISO 8601 date-time with an offset');
    else if (isInFuture(parsed.value, now)) problem('timestamp', 'must not be in the future');
    else occurredAt = parsed.value;
  }

  const extensions = isObject(item.context) && isObject(item.context.extensions) ? item.context.extensions : {};
  const ref = extensions[XAPI_REF_EXTENSION];
  if (ref !== undefined && typeof ref !== 'string') problem(`context.extensions["${XAPI_REF_EXTENSION}"]`, 'must be a string');

  if (details.length > before || !learner) return null;
  const activity: ActivityKey = { activityId: (objectId as string).trim() };
  return {
    id,
    idempotencyKey: `xapi:${id}`,
    status: XAPI_VERBS[verbId as string] ?? null,
    occurredAt,
    learner,
    activity,
    ref: (ref as string | undefined) ?? null,
    path,
    fields: { learner: 'actor', activity: 'object.id' },
  };
}

function actor(value: unknown, path: string, details: ErrorDetail[]): LearnerKey | null {
  if (!isObject(value)) {
    details.push({ path, message: 'must be an Agent with mbox or account' });
    return null;
  }
  if (typeof value.mbox === 'string') {
    const match = /^mailto:([^\s@]+@[^\s@]+\.[^\s@]+)$/i.exec(value.mbox.trim());
    if (match) return { email: match[1].toLowerCase() };
    details.push({ path: joinPath(path, 'mbox'), message: 'must be "mailto:" followed by an email address' });
    return null;
  }
  if (isObject(value.account)) {
    const name = value.account.name;
    if (typeof name === 'string' && name.trim()) return { externalId: name.trim() };
    details.push({ path: joinPath(path, 'account.name'), message: "must be the learner's external id" });
    return null;
  }
  details.push({ path, message: 'must identify the learner by mbox (mailto:) or account {homePage, name}' });
  return null;
}
