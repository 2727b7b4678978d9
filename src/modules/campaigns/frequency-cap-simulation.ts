/** The cap's rolling window: seven days, in milliseconds. */
export const CAP_WINDOW_MS = 7 * 86_400_000;

/** Learners who are alike for the cap: the same send times for this plan's steps, the same messages already due. */
export interface CapGroup {
  /** How many learners the group holds. */
  count: number;
  /**
   * Per plan step (in plan order): when it would reach them as a promotional email (epoch ms), or
   * null when it does not (not in its audience, routed to the network, a service message or an essential step, no fixed time).
   */
  stepTimes: ReadonlyArray<number | null>;
  /** Promotional emails they have or will have from elsewhere: sent, in flight, planned by other campaigns (epoch ms). */
  received: readonly number[];
}

/**
 * How many learners each step of a plan would skip for the frequency cap (`cap` promotional emails
 * per learner in any rolling 7 days; 0 = none). Steps are taken in the order each learner gets them
 * (send time, then plan order); a message counts towards a step when it goes in the 7 days before
 * the step's send time, that instant included. A step the learner is capped at is not received, so
 * it does not count towards the next ones.
 */
export function cappedPerStep(groups: Iterable<CapGroup>, stepCount: number, cap: number): number[] {
  const capped = new Array<number>(stepCount).fill(0);
  if (cap <= 0) return capped;
  for (const group of groups) {
    const order = group.stepTimes
      .map((at, step) => ({ at, step }))
      .filter((s): s is { at: number; step: number } => s.at !== null)
      .sort((a, b) => a.at - b.at || a.step - b.step);
    const got: number[] = [];
    for (const { at, step } of order) {
      const from = at - CAP_WINDOW_MS;
      const inWindow = (t: number) => t > from && t <= at;
      const before = group.received.filter(inWindow).length + got.filter(inWindow).length;
      if (before >= cap) capped[step] += group.count;
      else got.push(at);
    }
  }
  return capped;
}

/**
 * The database groups learners by the messages they already have; exact instants would make every
 * learner a group of one. What matters is only which windows an instant falls in, so each instant
 * is snapped to a representative of its slice between window bounds. `stepTimes` are the steps'
 * send times in every zone, so the slices fit every learner's windows whatever their zone. The
 * bounds are given to SQL's `width_bucket` NEGATED and ascending: `width_bucket(-t, bounds)` counts
 * the bounds `<= -t`, which makes each window (T − 7 days, T] a run of whole slices, and
 * `-bounds[slice]` (1-based) is an instant of the slice that falls in exactly the windows `t` falls
 * in. Slices 0 and `bounds.length` lie after the last step or more than a week before the first.
 */
export function capWindowBounds(stepTimes: Iterable<number>): number[] {
  const bounds = new Set<number>();
  for (const at of stepTimes) {
    bounds.add(-at);
    bounds.add(CAP_WINDOW_MS - at);
  }
  return [...bounds].sort((a, b) => a - b);
}
