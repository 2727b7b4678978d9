const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The key travels as a header: printable ASCII only, so it can never split or forge a header. */
export function assertIdempotencyKey(key: string): void {
  if (!IDEMPOTENCY_KEY.test(key)) throw new Error('An idempotency key must be 1 to 255 printable ASCII characters');
}
