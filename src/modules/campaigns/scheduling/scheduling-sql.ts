import { formatLocalTime, type LocalTime } from './local-time';
import type { SendWindow } from './send-window';
import { toPostgresInterval, type StepOffset } from './step-offset';
import { variantWeightsProblem, type VariantWeight } from './variant-assignment';

/** A SQL expression with numbered placeholders, and the values for them in order. */
export interface SqlExpression {
  sql: string;
  params: unknown[];
}

export interface SendTimeSqlInput {
  /**
   * SQL for the anchor instant, written by the caller's code, never from user input:
   * `e.enrolled_at`, `s.starts_at`, or a placeholder of the caller's own such as `$2::timestamptz`.
   */
  anchorSql: string;
  /** SQL for the learner's IANA zone, e.g. `l.time_zone`. */
  zoneSql: string;
  offset: StepOffset;
  localTime: LocalTime | null;
  window: SendWindow;
}

/**
 * The scheduled time of a delivery, computed by the database row by row exactly as
 * `nextAllowedInstant(stepSendTime(…), zone, window)` computes it in TypeScript. Placeholders
 * are numbered from `firstIndex`; every value travels as a bind parameter.
 *
 * @example
 * const at = sendTimeSql({ anchorSql: 'e.enrolled_at', zoneSql: 'l.time_zone', offset, localTime, window }, 3);
 * // at.sql: clarion_send_time(e.enrolled_at, $3::interval, $4::time, l.time_zone, $5::time, $6::time, $7::int[])
 * await query(`INSERT INTO deliveries (…, scheduled_at) SELECT …, ${at.sql} FROM …`, [a, b, ...at.params]);
 */
export function sendTimeSql(input: SendTimeSqlInput, firstIndex: number): SqlExpression {
  const [offset, localTime, quietStart, quietEnd, days] = placeholders(firstIndex, 5);
  const { quietHours, allowedWeekdays } = input.window;
  return {
    sql:
      `clarion_send_time(${input.anchorSql}, ${offset}::interval, ${localTime}::time, ${input.zoneSql}, ` +
      `${quietStart}::time, ${quietEnd}::time, ${days}::int[])`,
    params: [
      toPostgresInterval(input.offset),
      input.localTime ? formatLocalTime(input.localTime) : null,
      quietHours ? formatLocalTime(quietHours.start) : null,
      quietHours ? formatLocalTime(quietHours.end) : null,
      [...allowedWeekdays],
    ],
  };
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
