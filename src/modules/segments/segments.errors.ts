import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';

export const SegmentErrors = {
  notFound: () => DomainError.notFound('SEGMENT.NOT_FOUND', 'Segment not found'),
  nameTaken: (name: string) =>
    DomainError.conflict('SEGMENT.NAME_TAKEN', `A segment named "${name}" already exists in this workspace`, [{ path: 'name', message: 'already taken' }]),
  invalidCursor: () =>
    DomainError.invalid('REQUEST.INVALID_CURSOR', 'cursor is not one this API returned', [{ path: 'cursor', message: 'unrecognised cursor' }]),
  unknownReferences: (details: ErrorDetail[]) =>
    DomainError.unprocessable(
      'SEGMENT.UNKNOWN_REFERENCE',
      `The rule names what this workspace does not have: ${details.map((d) => `${d.path}: ${d.message}`).slice(0, 3).join('; ')}`,
      details,
    ),
};
