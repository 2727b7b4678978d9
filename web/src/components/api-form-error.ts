import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { isApiError } from '../api/api-error';
import { apiErrorMessage, problemMessage } from '../api/problem-message';

/**
 * Puts the api's field messages (`details[].path`), in the console's language where their code is
 * known, on the form's fields it names and returns the message for the form as a whole (null when
 * every problem sits at a field).
 */
export function applyApiError<V extends Record<string, unknown>>(
  form: UseFormReturnType<V>,
  error: unknown,
  t: TFunction,
): string | null {
  if (!isApiError(error)) return t('errors.network');
  const fields = Object.keys(form.getValues());
  let unplaced = error.details.length === 0;
  for (const detail of error.details) {
    const field = detail.path.split('.')[0]!;
    if (fields.includes(field)) form.setFieldError(field, problemMessage(t, detail));
    else unplaced = true;
  }
  if (!unplaced) return null;
  return apiErrorMessage(t, error);
}

/** `translations[0].title` as a form path (`translations.0.title`). */
export const formPath = (apiPath: string): string => apiPath.replace(/\[(\d+)\]/g, '.$1');

/**
 * As `applyApiError`, for forms with nested values (`colors.primary`, `translations.0.title`): each
 * message goes to the exact field the api names, when the form has it. A detail without a code of
 * its own takes its error's (a 409 `BRAND_KIT.NAME_TAKEN` at `name` says so in the reader's language).
 */
export function applyApiErrorAtPaths<V extends Record<string, unknown>>(form: UseFormReturnType<V>, error: unknown, t: TFunction): string | null {
  if (!isApiError(error)) return t('errors.network');
  const fields = Object.keys(form.getValues());
  let unplaced = error.details.length === 0;
  for (const detail of error.details) {
    const path = formPath(detail.path);
    if (!fields.includes(path.split('.')[0]!)) {
      unplaced = true;
      continue;
    }
    const code = detail.code ?? (error.details.length === 1 && error.code.includes('.') ? error.code : undefined);
    form.setFieldError(path, problemMessage(t, { code, message: detail.message }));
  }
  if (!unplaced) return null;
  return apiErrorMessage(t, error);
}
