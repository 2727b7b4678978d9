// The api's rules for people, checked before sending (the api checks again and names the field).

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/** null when the password is acceptable, else the i18n key of the problem. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN) return 'validation.passwordShort';
  if (password.length > PASSWORD_MAX) return 'validation.passwordLong';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'validation.passwordIsEmail';
  return null;
}
