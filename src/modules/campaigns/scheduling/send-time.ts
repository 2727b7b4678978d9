import { localTimeMs, type LocalTime } from './local-time';
import type { StepOffset } from './step-offset';
import { fromWallMs, startOfWallDay, toWallMs } from './zoned-time';

export interface StepTimingInput {
  /** The anchor instant: session start or end, enrol-by, launch, the learner's enrolment or completion. */
  anchor: Date;
  offset: StepOffset;
  /** When set, the send happens at this wall-clock time in the learner's zone. */
  localTime: LocalTime | null;
  /** The learner's IANA zone. */
  zone: string;
}

/**
 * When a step goes to one learner, before quiet hours and weekdays are applied.
 * - Without a local send time: anchor + offset, an exact duration (`-P1D` is 24 hours earlier).
 * - With one: the offset moves the anchor's wall clock in the learner's zone (a day is a calendar
 *   day), only the resulting local date is kept, and the time is set to the local send time on that
 *   date (`-P1D` at 09:00 is "the day before, at 09:00 local", whatever the clocks did overnight).
 * SQL twin: `clarion_step_time(anchor, "offset", local_time, zone)`.
 */
export function stepSendTime({ anchor, offset, localTime, zone }: StepTimingInput): Date {
  const offsetMs = offset.minutes * 60_000;
  if (!localTime) return new Date(anchor.getTime() + offsetMs);
  const day = startOfWallDay(toWallMs(anchor, zone) + offsetMs);
  return fromWallMs(day + localTimeMs(localTime), zone);
}
