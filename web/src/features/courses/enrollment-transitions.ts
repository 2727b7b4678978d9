/**
 * The statuses a console user may move an enrolment to, from its current one: the api's rule
 * (src/modules/courses/enrollment-status.ts `transitionRefusal`), mirrored so the status list offers
 * only what the api accepts. test/enrollment-transitions-mirror.e2e-spec.ts checks that both agree.
 * Forward along invited → enrolled → started → completed; dropped from anywhere but completed, and
 * back from dropped to any status; completed is final.
 */
export type EnrollmentStatusName = 'invited' | 'enrolled' | 'started' | 'completed' | 'dropped';

const PROGRESSION: readonly EnrollmentStatusName[] = ['invited', 'enrolled', 'started', 'completed'];

export function canMoveEnrollment(from: EnrollmentStatusName, to: EnrollmentStatusName): boolean {
  if (from === to) return true;
  if (from === 'completed') return false;
  if (from === 'dropped' || to === 'dropped') return true;
  return PROGRESSION.indexOf(to) > PROGRESSION.indexOf(from);
}

/** The statuses offered for an enrolment now at `from` (its own first), in the usual order. */
export function allowedEnrollmentStatuses<S extends EnrollmentStatusName>(from: S, all: readonly S[]): S[] {
  return all.filter((to) => canMoveEnrollment(from, to));
}
