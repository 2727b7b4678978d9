import { randomBytes } from 'node:crypto';
import { SecretBox, SecretBoxError } from './secret-box';

const SECRET = 'a-long-application-secret-for-tests-0123456789';
const URL = 'https://hooks.slack.com/services/T000/B000/abcdefghijklmnop';

describe('SecretBox', () => {
  const box = SecretBox.fromSecret(SECRET);

  it.each([
    ['a webhook URL', URL],
    ['an empty string', ''],
    ['unicode', 'clé secrète ✓ 秘密'],
    ['a long value', 'x'.repeat(10_000)],
  ])('round-trips %s', (_, plaintext) => {
    const sealed = box.seal(plaintext, 'ctx');
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(plaintext || '\u0000');
    expect(box.open(sealed, 'ctx')).toBe(plaintext);
  });

  it('uses a fresh IV per value: the same plaintext seals differently', () => {
    expect(box.seal(URL, 'ctx')).not.toBe(box.seal(URL, 'ctx'));
  });

  it('refuses a value sealed under another context (a value copied to another row)', () => {
    const sealed = box.seal(URL, 'workspace-a:channel-1:url');
    expect(() => box.open(sealed, 'workspace-b:channel-1:url')).toThrow(SecretBoxError);
  });

  it('refuses a value sealed with a key derived from another secret', () => {
    const other = SecretBox.fromSecret('another-application-secret-0123456789abcdef');
    expect(() => other.open(box.seal(URL, 'ctx'), 'ctx')).toThrow(SecretBoxError);
  });

  const flipAt = (sealed: string, index: number): string => {
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    raw[index] ^= 0x01;
    return `v1:${raw.toString('base64url')}`;
  };

  it.each([
    ['a flipped ciphertext byte', (s: string) => flipAt(s, 40)],
    ['a flipped IV byte', (s: string) => flipAt(s, 0)],
    ['a flipped tag byte', (s: string) => flipAt(s, 14)],
    ['a truncated value', (s: string) => s.slice(0, 20)],
    ['a missing key id', (s: string) => s.slice(3)],
    ['an unknown key id', (s: string) => `v9${s.slice(2)}`],
    ['an empty value', () => ''],
  ])('refuses %s, without echoing the value', (_, tamper) => {
    const tampered = tamper(box.seal(URL, 'ctx'));
    let error: unknown;
    try {
      box.open(tampered, 'ctx');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SecretBoxError);
    expect((error as Error).message).not.toContain(URL);
  });

  it('opens values sealed with an older key after rotation, and seals new ones with the current key', () => {
    const v1 = randomBytes(32);
    const v2 = randomBytes(32);
    const old = new SecretBox({ v1 }, 'v1');
    const rotated = new SecretBox({ v1, v2 }, 'v2');
    const sealedBefore = old.seal(URL, 'ctx');
    expect(rotated.open(sealedBefore, 'ctx')).toBe(URL);
    const sealedAfter = rotated.seal(URL, 'ctx');
    expect(sealedAfter.startsWith('v2:')).toBe(true);
    expect(() => old.open(sealedAfter, 'ctx')).toThrow(SecretBoxError);
  });

  it('derives a distinct key per key id from the same secret', () => {
    const v2 = SecretBox.fromSecret(SECRET, 'v2');
    const sealed = v2.seal(URL, 'ctx');
    expect(sealed.startsWith('v2:')).toBe(true);
    expect(() => box.open(`v1:${sealed.slice(3)}`, 'ctx')).toThrow(SecretBoxError);
  });

  it.each([
    ['a short key', { v1: randomBytes(16) }, 'v1'],
    ['a malformed key id', { key1: randomBytes(32) }, 'key1'],
    ['a current key missing from the ring', { v1: randomBytes(32) }, 'v2'],
  ])('refuses to build a ring with %s', (_, keys, current) => {
    expect(() => new SecretBox(keys, current)).toThrow();
  });
});
