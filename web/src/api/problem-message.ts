import type { TFunction } from 'i18next';
import { isApiError } from './api-error';

/**
 * A problem the api reports (a field of a form, a cell of an imported row) in the console's language:
 * by its stable code when the console knows it (`FIELD.INVALID_EMAIL` in the `problems` namespace, web/src/api/i18n), else the api's own text.
 */
export function problemMessage(t: TFunction, problem: { code?: string; message: string; params?: Record<string, string | number> }): string {
  // The values go in as i18next's own: `count` chooses the plural.
  return problem.code ? t(problem.code, { ...problem.params, ns: 'problems', defaultValue: problem.message }) : problem.message;
}

/**
 * What to tell the reader about a failed request as a whole: the api's problem by its code in the
 * console's language where the console knows it (else the api's text), a server fault with its id,
 * or a network failure.
 */
export function apiErrorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.network', { ns: 'translation' });
  if (error.status >= 500) return t('errors.server', { ns: 'translation', id: error.correlationId ?? '—' });
  return problemMessage(t, error);
}
