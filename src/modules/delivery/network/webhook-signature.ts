import { createHmac } from 'node:crypto';

/**
 * The signature of a generic webhook: `v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`, the
 * timestamp in Unix seconds as sent in `X-Clarion-Timestamp` (Stripe's scheme). A receiver
 * recomputes it over the raw body and refuses old timestamps to stop replays.
 */
export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
}
