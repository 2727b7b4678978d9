/** One arm of an A/B test: how many deliveries reached a learner and how many of those were clicked. */
export interface ArmStats {
  key: string;
  trials: number;
  successes: number;
}

export interface ZTestResult {
  z: number;
  /** Two-sided p-value. */
  pValue: number;
}

export type AbConfidence = 95 | 99;

export interface AbVerdict {
  /** `significant`: the leader is better at `confidence`; `inconclusive`: enough data, no difference; `insufficient`: too few observations. */
  outcome: 'significant' | 'inconclusive' | 'insufficient';
  /** The arm with the higher rate (the first arm on a tie), null when there are fewer than two arms. */
  leader: string | null;
  runnerUp: string | null;
  z: number | null;
  pValue: number | null;
  confidence: AbConfidence | null;
  /** Plain words for the DLM. */
  text: string;
}

/** Below this many trials per arm, or this many successes or failures, the normal approximation does not hold. */
export const AB_MIN_TRIALS = 30;
export const AB_MIN_OUTCOMES = 5;

/**
 * Standard normal cumulative distribution, via erfc (W. J. Cody's rational approximation as given
 * in Numerical Recipes, relative error below 1.2e-7 everywhere).
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * Pooled two-proportion z-test of b against a: z > 0 when b's rate is higher. Null when the pooled
 * rate is 0 or 1 (no variance: nothing to test) or an arm is empty.
 */
export function twoProportionZTest(a: ArmStats, b: ArmStats): ZTestResult | null {
  if (a.trials === 0 || b.trials === 0) return null;
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  if (se === 0) return null;
  const z = (b.successes / b.trials - a.successes / a.trials) / se;
  return { z, pValue: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) };
}

export function rate(arm: ArmStats): number | null {
  return arm.trials === 0 ? null : arm.successes / arm.trials;
}

export function hasEnoughData(arm: ArmStats): boolean {
  return arm.trials >= AB_MIN_TRIALS && arm.successes >= AB_MIN_OUTCOMES && arm.trials - arm.successes >= AB_MIN_OUTCOMES;
}

/** Arms by descending rate; a stable sort keeps the declared order on ties, so the first arm leads a tie. */
function ranked(arms: ArmStats[]): ArmStats[] {
  return [...arms].sort((x, y) => (rate(y) ?? -1) - (rate(x) ?? -1));
}

/**
 * The verdict on a test: the leader against the runner-up (with two arms, simply A against B).
 * Significance needs every arm to have enough data; p < 0.01 reads as 99% confidence, p < 0.05 as 95%.
 */
export function abVerdict(arms: ArmStats[]): AbVerdict {
  if (arms.length < 2) {
    return { outcome: 'insufficient', leader: null, runnerUp: null, z: null, pValue: null, confidence: null, text: 'not enough data yet' };
  }
  const [leader, runnerUp] = ranked(arms);
  const test = twoProportionZTest(runnerUp, leader);
  const base = { leader: leader.key, runnerUp: runnerUp.key, z: test?.z ?? null, pValue: test?.pValue ?? null };
  if (!arms.every(hasEnoughData) || !test) {
    return { ...base, outcome: 'insufficient', confidence: null, text: 'not enough data yet' };
  }
  const confidence: AbConfidence | null = test.pValue < 0.01 ? 99 : test.pValue < 0.05 ? 95 : null;
  if (confidence === null) return { ...base, outcome: 'inconclusive', confidence, text: 'no significant difference yet' };
  return { ...base, outcome: 'significant', confidence, text: `${leader.key} converts better, ${confidence}% confidence` };
}

/**
 * The variant the rest of the audience gets once the test period is over: the significantly better
 * one, else the one with the higher rate, else (a tie, or no data at all) the first declared. A
 * significantly better arm always has the top rate, so the ranking alone decides. Null without arms.
 */
export function decideWinner(arms: ArmStats[]): string | null {
  return arms.length === 0 ? null : ranked(arms)[0].key;
}
