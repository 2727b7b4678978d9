// Wall-clock times in an IANA zone, and the instants they name, with Intl only (no zone data of our
// own): the browser's ICU knows every zone's rules, DST changes included.

/** A date and time as read on a clock: `YYYY-MM-DD` and `HH:mm`. */
export interface WallTime {
  date: string;
  time: string;
}

/** One instant a wall time names, with the zone's offset then (minutes east of UTC). */
export interface Candidate {
  /** Epoch milliseconds. */
  instant: number;
  offsetMinutes: number;
}

/**
 * What a wall time means in a zone: one instant; none (the spring-forward gap: the clock jumps over
 * it); or two (the autumn fall-back overlap: the hour is lived twice, first with the summer offset).
 */
export type Resolution =
  | { kind: 'exact'; candidate: Candidate }
  | { kind: 'gap' }
  | { kind: 'ambiguous'; earlier: Candidate; later: Candidate };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const HOUR_MS = 3_600_000;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** True when the runtime knows the zone. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in minutes (east positive). */
export function offsetAt(zone: string, instant: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset', year: 'numeric' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** `+02:00`, `-04:00`, `+05:30`, `+00:00`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The wall time as if it were UTC, in epoch ms; null when it is not a real date and time. */
function wallAsUtc({ date, time }: WallTime): number | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [y, m, day, h, min] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (m < 1 || m > 12 || h > 23 || min > 59) return null;
  const ms = Date.UTC(y, m - 1, day, h, min);
  const back = new Date(ms);
  // 2026-02-30 is not a date (Date.UTC would roll it to March).
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== day) return null;
  return ms;
}

/** Which instants a wall time names in the zone; null when the date or time is not valid. */
export function resolveWallTime(wall: WallTime, zone: string): Resolution | null {
  const local = wallAsUtc(wall);
  if (local === null) return null;
  // Offsets change at most once around a given moment: the ones a day either side cover both.
  const offsets = new Set([offsetAt(zone, local - 24 * HOUR_MS), offsetAt(zone, local), offsetAt(zone, local + 24 * HOUR_MS)]);
  const found = new Map<number, Candidate>();
  for (const offset of offsets) {
    const instant = local - offset * 60_000;
    if (offsetAt(zone, instant) === offset) found.set(instant, { instant, offsetMinutes: offset });
  }
  const candidates = [...found.values()].sort((a, b) => a.instant - b.instant);
  if (candidates.length === 0) return { kind: 'gap' };
  if (candidates.length === 1) return { kind: 'exact', candidate: candidates[0]! };
  return { kind: 'ambiguous', earlier: candidates[0]!, later: candidates[candidates.length - 1]! };
}

/** `2026-03-29T09:00:00+02:00`: the wall time with its offset, as the api wants it. */
export function toOffsetIso(wall: WallTime, candidate: Candidate): string {
  return `${wall.date}T${wall.time}:00${formatOffset(candidate.offsetMinutes)}`;
}

/** The wall time in the zone at an instant. */
export function wallTimeAt(instant: number, zone: string): WallTime {
  const local = new Date(instant + offsetAt(zone, instant) * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/**
 * Reads an ISO 8601 date-time (with Z or an offset, as the api answers) as a wall time in `zone`,
 * and which occurrence it is when that wall time happens twice. Null when it is not such a string.
 */
export function parseIsoInZone(iso: string, zone: string): { wall: WallTime; fold: 'earlier' | 'later' } | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(iso)) return null;
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const wall = wallTimeAt(instant, zone);
  const resolution = resolveWallTime(wall, zone);
  const fold = resolution?.kind === 'ambiguous' && resolution.later.instant === instant - (instant % 60_000) ? 'later' : 'earlier';
  return { wall, fold };
}

/** The zone the browser runs in. */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

let zoneList: string[] | null = null;

/** Every IANA zone the runtime knows, sorted, UTC included. */
export function allZones(): string[] {
  if (!zoneList) {
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zoneList = [...new Set([...supported, 'UTC'])].sort();
  }
  return zoneList;
}

/** A moment shown in a zone and language, e.g. "29 Mar 2026, 09:00". */
export function formatInZone(instant: number | string, zone: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const date = typeof instant === 'number' ? new Date(instant) : new Date(instant);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: zone }).format(date);
}
