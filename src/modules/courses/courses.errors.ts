import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import type { EnrollmentStatus } from '../../common/enums';

export const CourseErrors = {
  notFound: () => DomainError.notFound('COURSE.NOT_FOUND', 'Course not found'),
  codeTaken: (code: string) =>
    DomainError.conflict('COURSE.CODE_TAKEN', `Another course of this workspace already has the code "${code}"`, [{ path: 'code', message: 'already used' }]),
  inUse: () =>
    DomainError.conflict('COURSE.IN_USE', 'Campaigns still refer to this course or its sessions; delete or move those campaigns first'),
  hasEnrollments: (count: number) =>
    DomainError.conflict(
      'COURSE.HAS_ENROLLMENTS',
      `The course has ${count} enrolment(s); delete with ?force=true to remove it with its sessions and their enrolment history`,
    ),
};

export const SessionErrors = {
  notFound: () => DomainError.notFound('SESSION.NOT_FOUND', 'Session not found'),
  invalid: (details: ErrorDetail[]) =>
    DomainError.invalid('SESSION.INVALID', `Invalid session: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}`, details),
  cancelled: () => DomainError.conflict('SESSION.CANCELLED', 'The session is cancelled: it can no longer be rescheduled or take enrolments'),
  capacityBelowSeats: (capacity: number, seatsTaken: number) =>
    DomainError.conflict('SESSION.CAPACITY_BELOW_SEATS', `Capacity ${capacity} is below the ${seatsTaken} seats already taken`, [
      { path: 'capacity', message: `must be at least ${seatsTaken}, the seats already taken` },
    ]),
  full: (capacity: number) => DomainError.conflict('SESSION.FULL', `The session is full: all ${capacity} seats are taken`),
};

export const EnrollmentErrors = {
  notFound: () => DomainError.notFound('ENROLLMENT.NOT_FOUND', 'Enrolment not found'),
  invalidTransition: (from: EnrollmentStatus, to: EnrollmentStatus, reason: string) =>
    DomainError.conflict('ENROLLMENT.INVALID_TRANSITION', `Cannot move the enrolment from ${from} to ${to}: ${reason}`, [
      { path: 'status', message: `${from} → ${to} is not allowed` },
    ]),
  learnerRequired: () =>
    DomainError.invalid('ENROLLMENT.LEARNER_REQUIRED', 'Name the learner with exactly one of learnerId, externalId or email', [
      { path: 'learnerId', message: 'give exactly one of learnerId, externalId or email' },
    ]),
  unknownLearner: (path: string, value: string) =>
    DomainError.unprocessable('ENROLLMENT.UNKNOWN_LEARNER', `No learner of this workspace has ${path} "${value}"`, [{ path, message: 'no such learner in this workspace' }]),
  occurredInFuture: () =>
    DomainError.invalid('ENROLLMENT.OCCURRED_IN_FUTURE', 'occurredAt lies in the future', [{ path: 'occurredAt', message: 'must not be in the future' }]),
};

export const EnrollmentImportErrors = {
  missingColumns: (details: ErrorDetail[]) =>
    DomainError.invalid('IMPORT.MISSING_COLUMN', `The CSV header lacks required columns: ${details.map((d) => d.path).join(', ')}`, details),
};
