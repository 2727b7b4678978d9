import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';

export const LmsWebhookSecretErrors = {
  notFound: () => DomainError.notFound('LMS_SECRET.NOT_FOUND', 'Webhook secret not found'),
  tooMany: (max: number) =>
    DomainError.conflict('LMS_SECRET.TOO_MANY', `At most ${max} secrets can be active at once (rotation): revoke the older one first`),
};

export const LearningEventErrors = {
  // One answer for an unknown workspace, no secret or a wrong signature: nothing to probe.
  badSignature: () => DomainError.unauthenticated('LMS.BAD_SIGNATURE', 'The Clarion-Signature header does not match any active secret of the workspace'),
  missingSignature: () =>
    DomainError.unauthenticated('LMS.MISSING_SIGNATURE', 'Send "Clarion-Workspace: <workspace id>" and "Clarion-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>"'),
  staleTimestamp: () =>
    DomainError.unauthenticated('LMS.STALE_TIMESTAMP', 'The signature timestamp is more than 5 minutes away from now: sign again with the current time'),
  malformedBody: (message: string) => DomainError.invalid('LMS.MALFORMED_BODY', `The body is not valid JSON: ${message}`, [{ path: '', message: 'must be JSON' }]),
  invalidEvents: (details: ErrorDetail[]) => DomainError.invalid('LMS.INVALID_EVENT', 'Some events are invalid; nothing was applied', details),
  invalidStatements: (details: ErrorDetail[]) => DomainError.invalid('XAPI.INVALID_STATEMENT', 'Some statements are invalid; nothing was applied', details),
  unresolved: (code: string, details: ErrorDetail[]) =>
    DomainError.unprocessable(code, `Unknown ${details.map((d) => d.path).join(', ')}: nothing was applied`, details),
};
