import type { CookieOptions } from 'express';
import { SESSION_ABSOLUTE_MS } from './session-rules';

export const SESSION_COOKIE = 'clarion_session';

/** The value of one cookie in a `Cookie` header, or null (no cookie-parser needed for one name). */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return null;
}

/** httpOnly, SameSite=Lax, Path=/, Secure when the console is served over https. */
export function sessionCookieOptions(publicBaseUrl: string): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: new URL(publicBaseUrl).protocol === 'https:',
    maxAge: SESSION_ABSOLUTE_MS,
  };
}
