import type { TFunction } from 'i18next';

/**
 * A problem the api reports (a field of a form, a cell of an imported row) in the console's language:
 * by its stable code when the console knows it (`problems.FIELD.INVALID_EMAIL`), else the api's own text.
 */
export function problemMessage(t: TFunction, problem: { code?: string; message: string }): string {
  const key = problem.code ? `problems.${problem.code}` : null;
  return key ? t(key, { ns: 'translation', defaultValue: problem.message }) : problem.message;
}
