import type { UseFormReturnType } from '@mantine/form';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import i18n from '../i18n';
import { applyApiError } from './api-form-error';

/** The part of a form applyApiError uses: its values, and the errors it was given. */
function fakeForm(values: Record<string, unknown>) {
  const errors: Record<string, unknown> = {};
  const form = { getValues: () => values, setFieldError: (field: string, message: unknown) => (errors[field] = message) };
  return { form: form as unknown as UseFormReturnType<Record<string, unknown>>, errors };
}

describe('applyApiError', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('puts each field problem at its field, in the console’s language by its code, else as the api wrote it', async () => {
    await i18n.changeLanguage('fr');
    const { form, errors } = fakeForm({ email: '', role: 'viewer', locale: 'fr', name: '' });
    const error = new ApiError(400, 'VALIDATION.FAILED', 'Invalid request', [
      { path: 'email', message: 'email must be a plain email address', code: 'FIELD.INVALID_EMAIL' },
      { path: 'role', message: 'role must be one of admin, planner', code: 'FIELD.NOT_ALLOWED' },
      { path: 'locale', message: 'a rule the console does not know', code: 'FIELD.SOMETHING_NEW' },
      { path: 'name', message: 'already used' },
    ]);
    expect(applyApiError(form, error, i18n.t)).toBeNull();
    expect(errors).toEqual({
      email: 'Adresse e-mail invalide',
      role: 'Valeur non autorisée',
      locale: 'a rule the console does not know',
      name: 'already used',
    });
  });

  it('returns the message for the form when a problem names no field of it', () => {
    const { form, errors } = fakeForm({ email: '' });
    const error = new ApiError(409, 'USER.ALREADY_MEMBER', 'Already a member', [{ path: 'workspace', message: 'x', code: 'FIELD.INVALID' }]);
    expect(applyApiError(form, error, i18n.t)).toBe('Already a member');
    expect(errors).toEqual({});
  });
});
