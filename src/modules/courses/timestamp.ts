import { DateTime } from 'luxon';

// Date, `T`, hours and minutes, optional seconds and fraction, then the part that matters: an offset.
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?$/i;

export type TimestampParse = { ok: true; value: Date } | { ok: false; message: string };

/**
 * Parses an ISO 8601 date-time that states its offset (`Z` or `±hh:mm`). A local time without
 * offset is refused: the same wall-clock time is a different instant in Paris and in Montreal.
 */
export function parseOffsetTimestamp(input: string): TimestampParse {
  const text = input.trim();
  if (WITHOUT_OFFSET.test(text)) {
    return { ok: false, message: 'must include a UTC offset (Z or ±hh:mm), e.g. 2026-03-02T09:00:00+01:00: a local time is ambiguous' };
  }
  if (!WITH_OFFSET.test(text)) {
    return { ok: false, message: 'must be an ISO 8601 date-time with an offset, e.g. 2026-03-02T09:00:00+01:00' };
  }
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!parsed.isValid) return { ok: false, message: `is not a valid date-time (${parsed.invalidExplanation ?? parsed.invalidReason})` };
  return { ok: true, value: parsed.toJSDate() };
}

// Clocks of LMSs and spreadsheets drift; a few minutes ahead is not "in the future".
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** True when a reported event time lies in the future, beyond a small clock skew. */
export function isInFuture(occurredAt: Date, now: Date): boolean {
  return occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS;
}

/** The instant of a timestamp that validation already accepted (DTO fields checked by IsOffsetDateTime). */
export function validatedInstant(value: string): Date {
  const parsed = parseOffsetTimestamp(value);
  if (!parsed.ok) throw new Error(`timestamp reached the service unvalidated: ${parsed.message}`);
  return parsed.value;
}
