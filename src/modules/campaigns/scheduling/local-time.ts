import { parsed, refused, type ParseResult } from './parse-result';

/** A wall-clock time of day, to the minute (`09:00`). */
export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

// `HH:MM`, or `HH:MM:00` as PostgreSQL renders a `time` column.
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::(\d\d))?$/;

/** Parses `HH:MM` (24-hour clock, two digits each, `00:00`–`23:59`); `HH:MM:00` is also read. */
export function parseLocalTime(text: string): ParseResult<LocalTime> {
  const match = LOCAL_TIME.exec(text.trim());
  if (!match) return refused(`"${text}" is not a time of day: expected HH:MM on a 24-hour clock, e.g. 09:00`);
  if (match[3] !== undefined && match[3] !== '00') return refused(`"${text}": seconds are not supported; use HH:MM`);
  return parsed({ hour: Number(match[1]), minute: Number(match[2]) });
}

/** `09:00`: also the literal to pass as a bind parameter cast with `::time`. */
export function formatLocalTime(time: LocalTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** Milliseconds since local midnight. */
export function localTimeMs(time: LocalTime): number {
  return (time.hour * 60 + time.minute) * 60_000;
}
