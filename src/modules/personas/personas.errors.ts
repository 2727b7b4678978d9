import { DomainError } from '../../common/errors/domain-error';

export const PersonaErrors = {
  notFound: () => DomainError.notFound('PERSONA.NOT_FOUND', 'Persona not found'),
  nameTaken: (name: string) =>
    DomainError.conflict('PERSONA.NAME_TAKEN', `A persona named "${name}" already exists in this workspace`, [{ path: 'name', message: 'already taken' }]),
  noRule: () =>
    DomainError.unprocessable('PERSONA.NO_ASSIGNMENT_RULE', 'This persona has no assignmentRule: set one before assigning learners', [
      { path: 'assignmentRule', message: 'is not set' },
    ]),
};
