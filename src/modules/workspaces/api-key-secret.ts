import { createHash, randomBytes } from 'node:crypto';

/** A new API key: `clk_<8 hex>_<43 base64url>`. Only its SHA-256 is stored. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = `clk_${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

// Keys carry 256 random bits, so a fast hash is enough: there is nothing to brute-force.
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
