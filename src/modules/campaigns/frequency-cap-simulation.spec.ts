import { CAP_WINDOW_MS, capWindowBounds, cappedPerStep, type CapGroup } from './frequency-cap-simulation';

const DAY = 86_400_000;
const T0 = Date.parse('2026-05-11T07:00:00Z');
const at = (days: number) => T0 + days * DAY;

function group(stepTimes: Array<number | null>, received: number[] = [], count = 1): CapGroup {
  return { count, stepTimes, received };
}

describe('cappedPerStep', () => {
  it.each<[string, number, CapGroup[], number[]]>([
    ['no cap (0) skips nobody', 0, [group([at(0), at(1)], [at(-1), at(-1), at(-1), at(-1), at(-1)])], [0, 0]],
    ['4 already sent + 2 steps, cap 5: the second step is capped', 5, [group([at(0), at(1)], [at(-1), at(-2), at(-3), at(-4)])], [0, 1]],
    ['what was sent more than 7 days before does not count', 5, [group([at(0), at(1)], [at(-6.5), at(-6.5), at(-6.5), at(-6.5)])], [0, 0]],
    ['exactly 7 days before is out of the window', 1, [group([at(0)], [at(-7)])], [0]],
    ['just inside 7 days counts', 1, [group([at(0)], [at(-7) + 1])], [1]],
    ['a message at the same instant counts', 1, [group([at(0)], [at(0)])], [1]],
    ['a message after the step does not count', 1, [group([at(0)], [at(0) + 1])], [0]],
    ['null steps are neither capped nor counted', 1, [group([at(0), null, at(1)])], [0, 0, 1]],
    ['a capped step is not received, so it does not count towards the next', 2, [group([at(0), at(1), at(2)], [at(-1), at(-0.5)])], [1, 1, 1]],
    [
      'capped at step 1 only: step 3 sees step 0 and step 2, not step 1',
      3,
      [group([at(0), at(0.5), at(1), at(2)], [at(-1)])],
      [0, 0, 1, 1],
    ],
    ['steps are taken in time order, not plan order', 1, [group([at(3), at(1)])], [1, 0]],
    ['same instant: plan order decides', 1, [group([at(1), at(1)])], [0, 1]],
    ['group counts multiply', 1, [group([at(0)], [at(-1)], 40), group([at(0)], [], 60)], [40]],
    [
      'steps more than a week apart: each window sees only its own week',
      2,
      [group([at(0), at(3), at(8), at(9), at(9.5)], [at(-1)])],
      [0, 1, 0, 0, 1],
    ],
  ])('%s', (_name, cap, groups, expected) => {
    expect(cappedPerStep(groups, expected.length, cap)).toEqual(expected);
  });
});

describe('capWindowBounds: snapping instants to slices keeps them in the same windows', () => {
  // What PostgreSQL's width_bucket(operand, thresholds) answers: the number of thresholds <= operand.
  const widthBucket = (operand: number, thresholds: number[]) => thresholds.filter((t) => t <= operand).length;
  const snap = (t: number, bounds: number[]) => {
    const slice = widthBucket(-t, bounds);
    return slice >= 1 && slice < bounds.length ? -bounds[slice - 1] : null;
  };
  const inWindow = (t: number, step: number) => t > step - CAP_WINDOW_MS && t <= step;

  it.each<[string, number[]]>([
    ['one step', [at(0)]],
    ['two steps a day apart', [at(0), at(1)]],
    ['steps exactly a week apart (shared bound)', [at(0), at(7), at(14)]],
    ['two steps at the same instant', [at(2), at(2), at(5)]],
    ['steps out of order and far apart', [at(30), at(0), at(3.25)]],
  ])('%s', (_name, steps) => {
    const bounds = capWindowBounds(steps);
    expect(bounds).toEqual([...bounds].sort((a, b) => a - b));
    const probes = steps.flatMap((s) => [-7 * DAY, -7 * DAY + 1, -3 * DAY, -1, 0, 1, 2 * DAY].map((d) => s + d));
    for (const t of probes) {
      const snapped = snap(t, bounds);
      for (const step of steps) expect([t, step, snapped !== null && inWindow(snapped, step)]).toEqual([t, step, inWindow(t, step)]);
    }
  });
});
