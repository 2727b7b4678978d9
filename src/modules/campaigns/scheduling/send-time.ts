import { localTimeMs, type LocalTime } from './local-time';
import { nextAllowedInstant, type SendWindow } from './send-window';
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

export interface DeliveryTimeInput extends Omit<StepTimingInput, 'zone'> {
  window: SendWindow;
  /** Nothing is scheduled before this instant (an A/B roll-out decided now, a late plan). */
  notBefore?: Date;
}

/**
 * When a step's message goes to a learner in `zone`: the step's time, not before `notBefore`, moved
 * to the next moment the send window allows (entering a later day at the step's local time).
 */
export function deliveryTime(input: DeliveryTimeInput, zone: string): Date {
  let at = stepSendTime({ ...input, zone });
  if (input.notBefore && at < input.notBefore) at = input.notBefore;
  return nextAllowedInstant(at, zone, input.window, input.localTime ? localTimeMs(input.localTime) : undefined);
}

/**
 * The delivery time for each distinct zone of an audience: time is computed here, once per zone,
 * and joined to the learners by the database, so it lives in one language.
 */
export function deliveryTimesByZone(input: DeliveryTimeInput, zones: Iterable<string>): Map<string, Date> {
  const times = new Map<string, Date>();
  for (const zone of zones) if (!times.has(zone)) times.set(zone, deliveryTime(input, zone));
  return times;
}
