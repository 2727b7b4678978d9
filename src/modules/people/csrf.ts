import { timingSafeEqual } from 'node:crypto';

/**
 * The origin a browser says a request comes from: `Origin`, or when absent the origin of
 * `Referer`; null when neither names one (`Origin: null` included).
 */
export function claimedOrigin(origin: string | undefined, referer: string | undefined): string | null {
  const from = origin !== undefined ? origin : referer;
  if (!from || from === 'null') return null;
  try {
    const url = new URL(from);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Whether the claimed origin is one of the allowed ones (compared as normalised origins). */
export function originAllowed(claimed: string | null, allowed: Array<string | null>): boolean {
  if (!claimed) return false;
  return allowed.some((candidate) => {
    if (!candidate) return false;
    try {
      return new URL(candidate).origin === claimed;
    } catch {
      return false;
    }
  });
}

/** Constant-time comparison of the presented CSRF token with the session's. */
export function csrfTokenMatches(presented: string | undefined, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
