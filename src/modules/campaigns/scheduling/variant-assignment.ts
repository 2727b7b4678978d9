import { createHash } from 'node:crypto';

/** One arm of an A/B split: a key (`A`, `B`) and a relative weight (`{A: 90, B: 10}`). */
export interface VariantWeight {
  readonly key: string;
  readonly weight: number;
}

// md5 gives 128 bits; 52 of them (13 hex digits) make a double in [0, 1) exactly, in JS and in SQL.
const BUCKET_HEX_DIGITS = 13;
const BUCKET_SCALE = 2 ** 52;

/**
 * A uniform, stable number in [0, 1) for a (step, learner) pair: the first 52 bits of
 * md5("<step id>:<learner id>") over 2^52, ids in PostgreSQL's lowercase `uuid::text` spelling.
 * SQL twin: `clarion_variant_bucket(step_id uuid, learner_id uuid)`.
 */
export function variantBucket(stepId: string, learnerId: string): number {
  const digest = createHash('md5').update(`${stepId.toLowerCase()}:${learnerId.toLowerCase()}`).digest('hex');
  return parseInt(digest.slice(0, BUCKET_HEX_DIGITS), 16) / BUCKET_SCALE;
}

/** Why a list of variants cannot split an audience, or null when it can. */
export function variantWeightsProblem(variants: readonly VariantWeight[]): string | null {
  if (variants.length < 2) return 'an A/B split needs at least two variants';
  const keys = new Set(variants.map((variant) => variant.key));
  if (keys.size !== variants.length) return 'variant keys must be distinct';
  if (variants.some((variant) => !Number.isInteger(variant.weight) || variant.weight < 0 || variant.weight > 10_000)) {
    return 'variant weights must be whole numbers from 0 to 10000';
  }
  if (variants.every((variant) => variant.weight === 0)) return 'at least one variant needs a weight above 0';
  return null;
}

/**
 * The variant a learner receives for a step: deterministic, so re-materialising a step or
 * previewing it gives the same answer, and independent between steps. The bucket scaled by the
 * total weight picks the first variant whose running total exceeds it (the same IEEE-754
 * arithmetic as the SQL twin `clarion_pick_variant(step_id, learner_id, keys, weights)`).
 */
export function assignVariant(stepId: string, learnerId: string, variants: readonly VariantWeight[]): string {
  const problem = variantWeightsProblem(variants);
  if (problem) throw new RangeError(problem);
  const total = variants.reduce((sum, variant) => sum + variant.weight, 0);
  const point = variantBucket(stepId, learnerId) * total;
  let running = 0;
  // The last variant takes what the others leave: the point is always below the total.
  for (const variant of variants.slice(0, -1)) {
    running += variant.weight;
    if (point < running) return variant.key;
  }
  return variants[variants.length - 1].key;
}
