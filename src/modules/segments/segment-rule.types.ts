// The segment language: JSON rules over learners, compiled to a parameterised SQL predicate.

export const SEGMENT_OPERATORS = [
  'eq',
  'neq',
  'in',
  'nin',
  'contains',
  'starts_with',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'exists',
  'within_last_days',
  'before',
  'after',
] as const;

export type SegmentOperator = (typeof SEGMENT_OPERATORS)[number];

/** `{"field": "department", "op": "eq", "value": "Sales"}`; enrolment conditions add courseId or sessionId. */
export interface SegmentCondition {
  field: string;
  op: SegmentOperator;
  value?: unknown;
  courseId?: string;
  sessionId?: string;
}

export type SegmentRule = { all: SegmentRule[] } | { any: SegmentRule[] } | { not: SegmentRule } | SegmentCondition;

/** How a field is stored, which decides the operators and values it accepts. */
export type SegmentFieldType = 'text' | 'date' | 'timestamp' | 'boolean' | 'attribute' | 'persona' | 'enrollment' | 'engagement';

export const SEGMENT_LIMITS = {
  maxDepth: 12,
  maxNodes: 500,
  maxListValues: 10_000,
  maxStringLength: 1_000,
  maxDays: 36_500,
  /** Problems reported for one rule; the rest are summarised in one line. */
  maxProblems: 100,
} as const;

export interface CompileOptions {
  /** Alias of the learners table in the caller's query; `l` by default. */
  alias?: string;
  /** Number of the first bind parameter the predicate uses (`$1` by default). */
  firstParam?: number;
  /** JSON path of the rule in the request, prefixed to every problem (`rule` by default). */
  path?: string;
}

/** A persona, course or session a rule names: callers check that it exists in the workspace. */
export interface RuleReference {
  kind: 'persona' | 'course' | 'session';
  value: string;
  path: string;
}

export interface CompiledRule {
  /** A boolean SQL predicate over the learners alias; where it is NULL (a missing value), it matches no one. */
  where: string;
  /** Bind values for `$firstParam` … `$firstParam + params.length - 1`, in order. */
  params: unknown[];
  references: RuleReference[];
}

export type RuleProblemCode =
  | 'SEGMENT.MALFORMED_NODE'
  | 'SEGMENT.UNKNOWN_KEY'
  | 'SEGMENT.UNKNOWN_FIELD'
  | 'SEGMENT.UNKNOWN_OPERATOR'
  | 'SEGMENT.OPERATOR_NOT_ALLOWED'
  | 'SEGMENT.BAD_VALUE'
  | 'SEGMENT.TOO_DEEP'
  | 'SEGMENT.TOO_LARGE';

/** One problem of a rule, at the JSON path of the bad node (`rule.all[1].field`). */
export interface RuleProblem {
  path: string;
  code: RuleProblemCode;
  message: string;
}
