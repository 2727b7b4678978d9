import { randomInt } from 'node:crypto';

/**
 * The characters of a short link's code: Bitcoin's base58, digits and letters without the ones
 * read alike (0 O, I l), so a code typed from a poster comes out right.
 */
export const SHORT_CODE_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const SHORT_CODE_LENGTH = 10;

/** Bits of entropy of a code: 10 × log2(58) ≈ 58.6, so guessing a live code is hopeless. */
export const SHORT_CODE_BITS = SHORT_CODE_LENGTH * Math.log2(SHORT_CODE_ALPHABET.length);

export const SHORT_CODE_PATTERN = /^[1-9A-HJ-NP-Za-km-z]{8,16}$/;

/**
 * A new short link code, each character drawn uniformly by the platform's CSPRNG (`randomInt`
 * rejects the values that would bias the draw). `draw` is for tests only.
 */
export function newShortCode(draw: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) code += SHORT_CODE_ALPHABET[draw(SHORT_CODE_ALPHABET.length)];
  return code;
}
