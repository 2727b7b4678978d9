import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// 128 bits of MAC: an ambassador link cannot be forged without APP_SECRET.
const MAC_BYTES = 16;
const ID_CHARS = 22;
const TOKEN = /^[A-Za-z0-9_-]{44}$/;

/**
 * The token of an ambassador's page link: their link row's id and an HMAC of it, base64url
 * (44 characters). Nothing secret is stored, the console can show the link again, and revoking the
 * row ends it. The key is derived from APP_SECRET apart from the tracking tokens' keys.
 */
export class AmbassadorPageTokens {
  private readonly key: Buffer;

  constructor(appSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', appSecret, 'clarion-ambassador-page', 'v1', 32));
  }

  sign(linkId: string): string {
    if (!UUID.test(linkId)) throw new TypeError('An ambassador link id is a uuid');
    const id = Buffer.from(linkId.replace(/-/g, ''), 'hex');
    return `${id.toString('base64url')}${this.mac(id).toString('base64url')}`;
  }

  /** The link id of a genuine token, or null for anything else (tampered, truncated, made up). */
  verify(token: string): string | null {
    if (!TOKEN.test(token)) return null;
    const id = Buffer.from(token.slice(0, ID_CHARS), 'base64url');
    const given = Buffer.from(token.slice(ID_CHARS), 'base64url');
    if (id.length !== 16 || given.length !== MAC_BYTES) return null;
    if (!timingSafeEqual(this.mac(id), given)) return null;
    const hex = id.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  private mac(id: Buffer): Buffer {
    return createHmac('sha256', this.key).update(id).digest().subarray(0, MAC_BYTES);
  }
}
