import { Weekday } from '../../../common/enums';
import type { ErrorDetail } from '../../../common/errors/domain-error';
import { formatLocalTime, localTimeMs, parseLocalTime, type LocalTime } from './local-time';
import { fromWallMs, isoWeekday, MS_PER_DAY, startOfWallDay, toWallMs } from './zoned-time';

/** Hours when nothing is sent, in each learner's zone; `start` after `end` wraps past midnight (20:00–08:00). */
export interface QuietHours {
  readonly start: LocalTime;
  readonly end: LocalTime;
}

/** A workspace's sending rules, applied to every step, essential ones included. */
export interface SendWindow {
  readonly quietHours: QuietHours | null;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, ascending and distinct. */
  readonly allowedWeekdays: readonly number[];
  /**
   * Blackout days that apply to this learner (`blackoutWindow`), as wall milliseconds of their local
   * midnight: nothing goes out on them, as on a weekday that is not allowed.
   */
  readonly blackoutDays?: ReadonlySet<number>;
}

export const ALL_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];

const NO_DAYS: ReadonlySet<number> = new Set();

/** No quiet hours, every day allowed. */
export const OPEN_WINDOW: SendWindow = { quietHours: null, allowedWeekdays: ALL_WEEKDAYS };

export const WEEKDAY_ISO: Readonly<Record<Weekday, number>> = {
  [Weekday.Monday]: 1,
  [Weekday.Tuesday]: 2,
  [Weekday.Wednesday]: 3,
  [Weekday.Thursday]: 4,
  [Weekday.Friday]: 5,
  [Weekday.Saturday]: 6,
  [Weekday.Sunday]: 7,
};

export interface SendWindowInput {
  quietHours?: { start: string; end: string } | null;
  /** `mon` … `sun`; absent means every day. */
  allowedWeekdays?: readonly string[] | null;
}

export type SendWindowResult = { ok: true; value: SendWindow } | { ok: false; errors: ErrorDetail[] };

/** Validates a workspace's quiet hours and allowed weekdays, reporting every problem with its path. */
export function parseSendWindow(input: SendWindowInput): SendWindowResult {
  const errors: ErrorDetail[] = [];
  let quietHours: QuietHours | null = null;
  if (input.quietHours) {
    const start = parseLocalTime(input.quietHours.start);
    const end = parseLocalTime(input.quietHours.end);
    if (!start.ok) errors.push({ path: 'quietHours.start', message: start.error });
    if (!end.ok) errors.push({ path: 'quietHours.end', message: end.error });
    if (start.ok && end.ok) {
      if (localTimeMs(start.value) === localTimeMs(end.value)) {
        errors.push({ path: 'quietHours.end', message: 'quiet hours must end at another time than they start (use null for none)' });
      }
      quietHours = { start: start.value, end: end.value };
    }
  }
  const days = new Set<number>();
  const names = input.allowedWeekdays ?? Object.values(Weekday);
  names.forEach((name, index) => {
    const iso = WEEKDAY_ISO[name as Weekday];
    if (iso === undefined) {
      errors.push({ path: `allowedWeekdays[${index}]`, message: `"${name}" is not a weekday: expected one of ${Object.values(Weekday).join(', ')}` });
    } else {
      days.add(iso);
    }
  });
  if (names.length === 0) errors.push({ path: 'allowedWeekdays', message: 'at least one weekday must be allowed' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { quietHours, allowedWeekdays: [...days].sort((a, b) => a - b) } };
}

/** Whether a wall-clock time of day (ms since local midnight) falls in the quiet hours. */
export function isQuiet(timeOfDayMs: number, quiet: QuietHours): boolean {
  const start = localTimeMs(quiet.start);
  const end = localTimeMs(quiet.end);
  return start < end ? timeOfDayMs >= start && timeOfDayMs < end : timeOfDayMs >= start || timeOfDayMs < end;
}

/**
 * The one rule for when a message may go: the instant itself when sending is allowed then, else
 * the next allowed moment in the learner's zone. The same day, that is the end of the quiet period;
 * a later day (today's quiet night, or a weekday that is not allowed) is entered at
 * `timeOfDayMs` — the step's local send time — or, without one, at the instant's own time of day,
 * moved to the end of the quiet hours if it falls in them (never to midnight). A blackout day is
 * skipped like a weekday that is not allowed. Gaps and repeated
 * hours follow `fromWallMs`; the result is never earlier than the instant. Planning, retries,
 * resumes, A/B roll-outs and reschedules all go through it, and the sender checks it again just
 * before a message leaves.
 */
export function nextAllowedInstant(instant: Date, zone: string, window: SendWindow, timeOfDayMs?: number): Date {
  const { quietHours, allowedWeekdays } = window;
  const blackout = window.blackoutDays ?? NO_DAYS;
  if (allowedWeekdays.length === 0) throw new RangeError('A send window needs at least one allowed weekday');
  if (!quietHours && !blackout.size && ALL_WEEKDAYS.every((day) => allowedWeekdays.includes(day))) return instant;
  const wall = toWallMs(instant, zone);
  const today = startOfWallDay(wall);
  const keep = timeOfDayMs ?? wall - today;
  // Eight days reach the same weekday a week later, when it is the only one allowed; each blackout
  // day can push that one day further.
  for (let k = 0; k <= 7 + blackout.size; k++) {
    const day = today + k * MS_PER_DAY;
    if (!allowedWeekdays.includes(isoWeekday(day)) || blackout.has(day)) continue;
    if (k === 0) {
      const now = wall - today;
      if (!quietHours || !isQuiet(now, quietHours)) return instant;
      // Quiet until the end of the night: that is tomorrow's business.
      if (localTimeMs(quietHours.start) > localTimeMs(quietHours.end) && now >= localTimeMs(quietHours.start)) continue;
      return fromWallMs(day + localTimeMs(quietHours.end), zone, instant);
    }
    const timeOfDay = quietHours && isQuiet(keep, quietHours) ? localTimeMs(quietHours.end) : keep;
    // The end of a quiet period inside a repeated hour may have passed already: take its second occurrence.
    return fromWallMs(day + timeOfDay, zone, instant);
  }
  throw new RangeError(
    `No allowed moment within a week (allowed weekdays ${allowedWeekdays.join(',')}, quiet hours ${describe(quietHours)}, ${blackout.size} blackout day(s))`,
  );
}

function describe(quiet: QuietHours | null): string {
  return quiet ? `${formatLocalTime(quiet.start)}–${formatLocalTime(quiet.end)}` : 'none';
}

/** A workspace's send window from its stored columns (`time` values come back as `HH:MM:SS`). */
export function sendWindowFromColumns(quietStart: string | null, quietEnd: string | null, allowedWeekdays: readonly number[] | null): SendWindow {
  const start = quietStart ? parseLocalTime(quietStart) : null;
  const end = quietEnd ? parseLocalTime(quietEnd) : null;
  return {
    quietHours: start?.ok && end?.ok ? { start: start.value, end: end.value } : null,
    allowedWeekdays: allowedWeekdays?.length ? [...allowedWeekdays] : ALL_WEEKDAYS,
  };
}
