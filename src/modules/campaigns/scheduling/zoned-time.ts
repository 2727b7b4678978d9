import { IANAZone } from 'luxon';

/**
 * Conversions between instants and wall-clock times in an IANA zone. A wall-clock time is held as
 * "wall milliseconds": the epoch milliseconds the same calendar fields would have in UTC, so
 * calendar arithmetic on it is plain addition, as on a PostgreSQL `timestamp` (without time zone).
 * The SQL twin is `clarion_local_to_instant` (migrations/1795401000000-CreateSchedulingFunctions.ts).
 */

export const MS_PER_DAY = 86_400_000;

const zones = new Map<string, IANAZone>();

function ianaZone(zone: string): IANAZone {
  let found = zones.get(zone);
  if (!found) {
    if (!IANAZone.isValidZone(zone)) throw new RangeError(`Unknown time zone "${zone}": expected an IANA name such as Europe/Paris`);
    found = IANAZone.create(zone);
    zones.set(zone, found);
  }
  return found;
}

/** The zone's UTC offset at an instant, in milliseconds. */
function offsetMs(zone: IANAZone, epochMs: number): number {
  return zone.offset(epochMs) * 60_000;
}

/** The wall-clock time (as wall milliseconds) an instant shows in a zone. */
export function toWallMs(instant: Date, zone: string): number {
  return instant.getTime() + offsetMs(ianaZone(zone), instant.getTime());
}

/**
 * The instant a wall-clock time denotes in a zone.
 * - A time that occurs twice (clocks going back) takes the FIRST occurrence (the earlier instant),
 *   unless `notBefore` is given and only the second occurrence is not before it.
 * - A time that never occurs (clocks going forward) is read with the offset in force before the
 *   change, which lands as far past the change as the time was into the gap: 02:30 on the morning
 *   Paris springs forward is 03:30 CEST. This is RFC 5545's rule, java.time's and Temporal's
 *   "compatible" one.
 * PostgreSQL's own `timestamp AT TIME ZONE` agrees on gaps but takes the LATER occurrence of a
 * repeated time, hence the SQL twin instead of the bare operator.
 */
export function fromWallMs(wallMs: number, zone: string, notBefore?: Date): Date {
  const tz = ianaZone(zone);
  // No zone changes offset twice within a day, so the offsets a day either side bracket any change.
  const before = wallMs - offsetMs(tz, wallMs - MS_PER_DAY);
  const after = wallMs - offsetMs(tz, wallMs + MS_PER_DAY);
  const fits = [before, after].filter((epochMs) => epochMs + offsetMs(tz, epochMs) === wallMs).sort((a, b) => a - b);
  if (fits.length === 0) return new Date(before);
  const floor = notBefore?.getTime() ?? -Infinity;
  return new Date(fits.find((epochMs) => epochMs >= floor) ?? fits[fits.length - 1]);
}

/** ISO weekday of a wall-clock day: 1 = Monday … 7 = Sunday (PostgreSQL's `isodow`, luxon's `weekday`). */
export function isoWeekday(wallMs: number): number {
  const day = new Date(wallMs).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Wall milliseconds of local midnight starting the day that holds `wallMs`. */
export function startOfWallDay(wallMs: number): number {
  return Math.floor(wallMs / MS_PER_DAY) * MS_PER_DAY;
}
