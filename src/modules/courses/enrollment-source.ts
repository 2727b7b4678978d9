/** Where an enrolment's last change came from. Stored as text in `enrollments.source`. */
export enum EnrollmentSource {
  Api = 'api',
  Csv = 'csv',
  Lms = 'lms',
  Xapi = 'xapi',
}

/**
 * Sources whose writes are the DLM's own decisions and so must respect a session's capacity. The LMS
 * and xAPI report what already happened in the system of record: refusing them would only make
 * Clarion's picture wrong.
 */
export const CAPACITY_CHECKED_SOURCES: ReadonlySet<EnrollmentSource> = new Set([EnrollmentSource.Api, EnrollmentSource.Csv]);

/** Sources that relay facts rather than give orders: their changes are applied in `report` mode. */
export const REPORTING_SOURCES: ReadonlySet<EnrollmentSource> = new Set([EnrollmentSource.Csv, EnrollmentSource.Lms, EnrollmentSource.Xapi]);
