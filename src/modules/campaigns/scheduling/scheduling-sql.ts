import { variantWeightsProblem, type VariantWeight } from './variant-assignment';

/** A SQL expression with numbered placeholders, and the values for them in order. */
export interface SqlExpression {
  sql: string;
  params: unknown[];
}

export interface VariantSqlInput {
  stepId: string;
  /** SQL for the learner id, e.g. `l.id`. */
  learnerIdSql: string;
  variants: readonly VariantWeight[];
}

/** The variant key per learner, as `assignVariant(stepId, learnerId, variants)` gives it. */
export function variantSql(input: VariantSqlInput, firstIndex: number): SqlExpression {
  const problem = variantWeightsProblem(input.variants);
  if (problem) throw new RangeError(problem);
  const [stepId, keys, weights] = placeholders(firstIndex, 3);
  return {
    sql: `clarion_pick_variant(${stepId}::uuid, ${input.learnerIdSql}, ${keys}::text[], ${weights}::int[])`,
    params: [input.stepId, input.variants.map((variant) => variant.key), input.variants.map((variant) => variant.weight)],
  };
}

function placeholders(firstIndex: number, count: number): string[] {
  if (!Number.isInteger(firstIndex) || firstIndex < 1) throw new RangeError(`Placeholders start at $1, not $${firstIndex}`);
  return Array.from({ length: count }, (_, i) => `$${firstIndex + i}`);
}
