import { createHash, randomBytes } from 'node:crypto';

/**
 * A new opaque token (256 random bits, base64url) and its SHA-256, the only thing stored. With that
 * much entropy a fast hash is enough: there is nothing to brute-force.
 */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a presented string can be one of our tokens at all (spares a lookup for garbage). */
export function looksLikeSecretToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
