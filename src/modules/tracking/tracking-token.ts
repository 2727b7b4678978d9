import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** What a tracking token stands for: an open, a click on the n-th recorded link, an unsubscribe, an ambassador's share link. */
export type TokenKind = 'o' | 'c' | 'u' | 's';

export type TokenClaims =
  | { kind: 'o' | 'u'; deliveryId: string }
  /** `link`: index of the recorded link in `deliveries.links`. */
  | { kind: 'c'; deliveryId: string; link: number }
  | { kind: 's'; campaignId: string; ambassadorId: string };

export interface TrackingTokenOptions {
  /** Key ids, current first; the others still verify (rotation). */
  keyIds?: string[];
  /** Tokens issued longer ago than this are refused. */
  maxAgeDays?: number;
  now?: () => Date;
}

const DEFAULT_KEY_IDS = ['k1'];
const DEFAULT_MAX_AGE_DAYS = 365;
// Tolerated clock skew between the replica that signed a token and the one verifying it.
const FUTURE_SKEW_SECONDS = 300;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Signs and verifies the tokens in tracking links: `<key id>.<payload>.<signature>`, HMAC-SHA256
 * with a key derived from APP_SECRET per key id, so keys can rotate: new tokens use the current
 * (first) id, old ones verify as long as their id is still listed. The payload carries the issue
 * time (unix seconds), so tokens expire after `maxAgeDays`.
 */
export class TrackingTokens {
  private readonly keys: Map<string, Buffer>;
  private readonly currentKeyId: string;
  private readonly maxAgeSeconds: number;
  private readonly now: () => Date;

  constructor(appSecret: string, options: TrackingTokenOptions = {}) {
    const keyIds = options.keyIds?.length ? options.keyIds : DEFAULT_KEY_IDS;
    this.keys = new Map(keyIds.map((kid) => [kid, Buffer.from(hkdfSync('sha256', appSecret, 'clarion-tracking', kid, 32))]));
    this.currentKeyId = keyIds[0];
    this.maxAgeSeconds = (options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS) * 86_400;
    this.now = options.now ?? (() => new Date());
  }

  sign(claims: TokenClaims): string {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const fields = claims.kind === 's' ? [claims.kind, claims.campaignId, claims.ambassadorId] : [claims.kind, claims.deliveryId, claims.kind === 'c' ? claims.link : null];
    const payload = Buffer.from(JSON.stringify([...fields, issuedAt])).toString('base64url');
    return `${this.currentKeyId}.${payload}.${this.mac(this.currentKeyId, payload)}`;
  }

  /** The claims of a genuine, unexpired token, or null for anything tampered, truncated, expired or signed by an unknown key. */
  verify(token: string): TokenClaims | null {
    const [kid, payload, signature, ...rest] = token.split('.');
    if (rest.length || !kid || !payload || !signature || !this.keys.has(kid)) return null;
    const expected = Buffer.from(this.mac(kid, payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let fields: unknown;
    try {
      fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    return this.claimsOf(fields);
  }

  private claimsOf(fields: unknown): TokenClaims | null {
    if (!Array.isArray(fields) || fields.length !== 4) return null;
    const [kind, id, extra, issuedAt] = fields as unknown[];
    if (typeof issuedAt !== 'number' || typeof id !== 'string' || !UUID.test(id)) return null;
    const age = this.now().getTime() / 1000 - issuedAt;
    if (age > this.maxAgeSeconds || age < -FUTURE_SKEW_SECONDS) return null;
    switch (kind) {
      case 'o':
      case 'u':
        return extra === null ? { kind, deliveryId: id } : null;
      case 'c':
        return Number.isInteger(extra) && (extra as number) >= 0 ? { kind, deliveryId: id, link: extra as number } : null;
      case 's':
        return typeof extra === 'string' && UUID.test(extra) ? { kind, campaignId: id, ambassadorId: extra } : null;
      default:
        return null;
    }
  }

  private mac(kid: string, payload: string): string {
    return createHmac('sha256', this.keys.get(kid)!).update(`${kid}.${payload}`).digest('base64url');
  }
}
