import { createHmac, timingSafeEqual } from 'node:crypto';

/** Seconds a signed request stays acceptable, either way (replay window and clock skew). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck = 'valid' | 'malformed' | 'stale' | 'mismatch';

interface ParsedHeader {
  timestamp: number;
  signatures: string[];
}

/** `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`; other schemes are ignored, as Stripe does. */
export function parseSignatureHeader(header: string | undefined): ParsedHeader | null {
  if (!header) return null;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && /^\d{1,12}$/.test(value ?? '')) timestamp = Number(value);
    else if (name === 'v1' && /^[0-9a-f]{64}$/i.test(value ?? '')) signatures.push(value.toLowerCase());
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/** Hex HMAC-SHA256 of `<timestamp>.<raw body>`: what an LMS puts in `v1=`. */
export function signPayload(secret: string, timestamp: number, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/**
 * Checks a `Clarion-Signature` header against every active secret (rotation): valid when one of
 * its v1 signatures matches one secret, compared in constant time. The timestamp is checked first
 * and is part of what is signed, so an old request cannot be replayed with a fresh timestamp.
 */
export function checkSignature(header: string | undefined, rawBody: Buffer, secrets: string[], now: Date): SignatureCheck {
  const parsed = parseSignatureHeader(header);
  if (!parsed) return 'malformed';
  if (Math.abs(now.getTime() / 1000 - parsed.timestamp) > SIGNATURE_TOLERANCE_SECONDS) return 'stale';
  let matched = false;
  for (const secret of secrets) {
    const expected = Buffer.from(signPayload(secret, parsed.timestamp, rawBody), 'hex');
    for (const signature of parsed.signatures) {
      // No early exit: every pair is compared, so timing tells nothing about which one matched.
      matched = timingSafeEqual(expected, Buffer.from(signature, 'hex')) || matched;
    }
  }
  return matched ? 'valid' : 'mismatch';
}
