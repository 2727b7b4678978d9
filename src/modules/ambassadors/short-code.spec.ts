import * as crypto from 'node:crypto';
import { newShortCode, SHORT_CODE_ALPHABET, SHORT_CODE_BITS, SHORT_CODE_LENGTH, SHORT_CODE_PATTERN } from './short-code';

describe('short link codes', () => {
  it('carry at least 48 bits of entropy', () => {
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(SHORT_CODE_ALPHABET.length);
    expect(SHORT_CODE_LENGTH * Math.log2(SHORT_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(48);
    expect(SHORT_CODE_BITS).toBeGreaterThanOrEqual(48);
  });

  it('leave out the characters read alike', () => {
    for (const c of '0OIl') expect(SHORT_CODE_ALPHABET).not.toContain(c);
  });

  it('are drawn from the platform CSPRNG by default, one uniform draw per character', () => {
    expect(newShortCode.length).toBe(0);
    const draws: number[] = [];
    const code = newShortCode((max) => {
      draws.push(max);
      return crypto.randomInt(max);
    });
    expect(draws).toEqual(Array(SHORT_CODE_LENGTH).fill(SHORT_CODE_ALPHABET.length));
    expect(code).toMatch(SHORT_CODE_PATTERN);
    // The default draw is node:crypto's randomInt (not Math.random).
    const math = jest.spyOn(Math, 'random');
    const codes = new Set(Array.from({ length: 2000 }, () => newShortCode()));
    expect(math).not.toHaveBeenCalled();
    math.mockRestore();
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(SHORT_CODE_PATTERN);
  });

  it('map each draw to its character', () => {
    let i = 0;
    expect(newShortCode(() => [0, 57, 8, 9][i++ % 4])).toBe('1z9A1z9A1z');
  });
});
