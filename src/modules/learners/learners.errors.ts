import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import type { FieldError } from './learner-input';

export const LearnerErrors = {
  notFound: () => DomainError.notFound('LEARNER.NOT_FOUND', 'Learner not found'),
  invalid: (errors: FieldError[]) => {
    const details = errors.map((e) => ({ path: e.field, message: e.message, code: e.code }));
    const summary = details.map((d) => `${d.path}: ${d.message}`).slice(0, 3).join('; ');
    return DomainError.invalid('VALIDATION.FAILED', `Invalid request: ${summary}`, details);
  },
  emailTaken: (email: string) =>
    DomainError.conflict('LEARNER.EMAIL_TAKEN', `Another learner of this workspace already has the email "${email}"`, [
      { path: 'email', message: 'already used by another learner' },
    ]),
  externalIdTaken: (externalId: string) =>
    DomainError.conflict('LEARNER.EXTERNAL_ID_TAKEN', `Another learner of this workspace already has the externalId "${externalId}"`, [
      { path: 'externalId', message: 'already used by another learner' },
    ]),
  unknownPersona: () =>
    DomainError.unprocessable('LEARNER.UNKNOWN_PERSONA', 'personaId is not a persona of this workspace', [
      { path: 'personaId', message: 'no such persona in this workspace' },
    ]),
  missingColumns: (details: ErrorDetail[]) =>
    DomainError.invalid('IMPORT.MISSING_COLUMN', `The CSV header lacks a required column: ${joined(details)}. Nothing was imported.`, details),
  ambiguousColumns: (details: ErrorDetail[]) =>
    DomainError.invalid('IMPORT.AMBIGUOUS_COLUMN', `The CSV header is ambiguous: ${joined(details)}. Nothing was imported.`, details),
};

function joined(details: ErrorDetail[]): string {
  return details.map((d) => d.message).join('; ');
}
