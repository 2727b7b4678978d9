import { DomainError } from '../../common/errors/domain-error';

// One answer for every bad token: tampered, expired, unknown key, unknown delivery, out-of-range link.
export const TrackingErrors = {
  linkNotFound: () => DomainError.notFound('TRACKING.LINK_NOT_FOUND', 'This link is not valid or has expired'),
  noEnrolLink: () => DomainError.notFound('TRACKING.NO_ENROL_LINK', 'This course has no enrolment link yet'),
};
