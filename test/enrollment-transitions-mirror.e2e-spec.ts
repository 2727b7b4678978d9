import { EnrollmentStatus } from '../src/common/enums';
import { transitionRefusal } from '../src/modules/courses/enrollment-status';
import { canMoveEnrollment } from '../web/src/features/courses/enrollment-transitions';

/**
 * The console offers only the enrolment statuses the api accepts: its mirror of the transition rule
 * agrees with the api's own on every pair, so a change to one without the other fails here.
 */
describe('The console’s enrolment transitions agree with the api’s', () => {
  const statuses = Object.values(EnrollmentStatus);
  it.each(statuses.flatMap((from) => statuses.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(canMoveEnrollment(from, to)).toBe(transitionRefusal(from, to) === null);
  });
});
