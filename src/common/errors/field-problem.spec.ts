import { FieldProblem, problemOfConstraint } from './field-problem';

describe('problemOfConstraint', () => {
  it.each([
    ['whitelistValidation', FieldProblem.Unknown],
    ['isPlainEmail', FieldProblem.InvalidEmail],
    ['isEnum', FieldProblem.NotAllowed],
    ['maxLength', FieldProblem.TooLong],
    ['isNewPassword', FieldProblem.WeakPassword],
    ['isOffsetDateTime', FieldProblem.InvalidDate],
    ['someCustomRule', FieldProblem.Invalid],
  ])('%s → %s', (constraint, problem) => {
    expect(problemOfConstraint(constraint)).toBe(problem);
  });
});
