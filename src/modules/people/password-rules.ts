/** Password length bounds: long enough to resist guessing, short enough to hash cheaply. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * What is wrong with a new password, or null. Length is counted in characters (code points), so
 * an accented or emoji passphrase is measured as a person reads it.
 */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  if (password.trim().length === 0) return 'must not be only spaces';
  const normalised = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (normalised === address || normalised === address.split('@')[0]) return 'must not be your email address';
  return null;
}
