import type { TFunction } from 'i18next';

/** What the api answers to a test post, as far as the message depends on it. */
export interface TestPostAnswer {
  outcome: 'sent' | 'transient' | 'permanent';
  status?: number | null;
  code?: string | null;
  message: string;
}

/** Failure codes of a post that the console says in its own words (else the api's text is kept). */
const KNOWN_CODES = ['TIMEOUT', 'DNS', 'TLS', 'CONNECTION', 'HOST_BLOCKED', 'URL_INVALID', 'SECRET_MISSING', 'PAYLOAD_INVALID', 'CHANNEL_DISABLED', 'CHANNEL_UNREADABLE', 'CHANNEL_NOT_FOUND'] as const;

/**
 * A test post's result in the console's language, by its code: accepted, the receiver's HTTP
 * answer (refused, asks to wait, redirects, fails), or what kept the post from reaching it.
 */
export function testPostMessage(t: TFunction, result: TestPostAnswer): string {
  const opts = { ns: 'settings', status: result.status ?? '' } as const;
  if (result.outcome === 'sent') return t('channels.testResults.sent', opts);
  const code = result.code ?? '';
  const http = /^HTTP_(\d{3})$/.exec(code);
  if (http) {
    const status = Number(http[1]);
    const kind = status === 429 ? 'tooMany' : status >= 500 ? 'serverError' : status >= 300 && status < 400 ? 'redirect' : status === 401 || status === 403 ? 'forbidden' : status === 404 || status === 410 ? 'gone' : 'refused';
    return t(`channels.testResults.http.${kind}`, { ...opts, status });
  }
  if ((KNOWN_CODES as readonly string[]).includes(code)) return t(`channels.testResults.${code}`, opts);
  return t('channels.testResults.other', { ...opts, message: result.message });
}
