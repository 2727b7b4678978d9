import { EnrollmentCondition, EnrollmentStatus } from '../../common/enums';

// Which enrolment statuses satisfy each step condition. `null` = no enrolment at all.
const SATISFIED_BY: Record<EnrollmentCondition, (EnrollmentStatus | null)[]> = {
  [EnrollmentCondition.NotEnrolled]: [null, EnrollmentStatus.Invited, EnrollmentStatus.Dropped],
  [EnrollmentCondition.Enrolled]: [EnrollmentStatus.Enrolled, EnrollmentStatus.Started, EnrollmentStatus.Completed],
  [EnrollmentCondition.EnrolledNotStarted]: [EnrollmentStatus.Enrolled],
  [EnrollmentCondition.StartedNotCompleted]: [EnrollmentStatus.Started],
  [EnrollmentCondition.Completed]: [EnrollmentStatus.Completed],
  [EnrollmentCondition.NotCompleted]: [EnrollmentStatus.Enrolled, EnrollmentStatus.Started],
};

/** Whether a learner whose enrolment is in `status` (null: none) meets the step's condition. */
export function enrollmentConditionHolds(condition: EnrollmentCondition | null, status: EnrollmentStatus | null): boolean {
  return condition === null || SATISFIED_BY[condition].includes(status);
}

/**
 * The same rule as SQL over an expression holding the learner's enrolment status (NULL when none).
 * Statuses are enum constants, not user input, so they are written inline.
 */
export function enrollmentConditionSql(condition: EnrollmentCondition, statusExpr: string): string {
  const statuses = SATISFIED_BY[condition];
  const named = statuses.filter((s): s is EnrollmentStatus => s !== null).map((s) => `'${s}'`);
  const parts = [];
  if (named.length) parts.push(`${statusExpr} IN (${named.join(', ')})`);
  if (statuses.includes(null)) parts.push(`${statusExpr} IS NULL`);
  return `(${parts.join(' OR ')})`;
}
