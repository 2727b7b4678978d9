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
