import { PermanentDeliveryError, TransientDeliveryError } from '../delivery.errors';
import type { PostResult } from './network-post';

/** What came back from a receiver, as far as the outcome depends on it. */
export interface ReceiverAnswer {
  status: number;
  retryAfter?: string;
  /** The start of the body, for the error message (Slack answers `no_team`, `invalid_payload`…). */
  body: string;
  durationMs: number;
}

const MAX_BODY_IN_MESSAGE = 200;

/**
 * Turns a receiver's answer into the delivery outcome: 2xx is sent; 429 and 408 are transient
 * (with the receiver's Retry-After); 5xx is transient; any other status — 3xx, since redirects are
 * not followed, and 4xx such as 400, 403, 404 or 410 — is permanent.
 */
export function toPostResult(answer: ReceiverAnswer, now = Date.now()): PostResult {
  const { status } = answer;
  if (status >= 200 && status < 300) return { status, durationMs: answer.durationMs };

  const reason = describe(answer);
  const code = `HTTP_${status}`;
  if (status === 429 || status === 408 || status >= 500) {
    throw new TransientDeliveryError(reason, { code, status, retryAfterMs: parseRetryAfter(answer.retryAfter, now) });
  }
  if (status >= 300 && status < 400) {
    throw new PermanentDeliveryError(`${reason}; redirects are not followed: update the channel's URL`, { code, status });
  }
  throw new PermanentDeliveryError(reason, { code, status });
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the HTTP-date forms: Date.parse would accept too much ("3", "tomorrow"…).
  if (!/^[A-Za-z]{3},? /.test(text) && !/^[A-Za-z]+day, /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function describe(answer: ReceiverAnswer): string {
  const body = answer.body.replace(/\s+/g, ' ').trim().slice(0, MAX_BODY_IN_MESSAGE);
  return body ? `The receiver answered ${answer.status}: ${body}` : `The receiver answered ${answer.status}`;
}
