import { checkSignature, parseSignatureHeader, signPayload } from './webhook-signature';

const BODY = Buffer.from('{"id":"evt_1","type":"enrolled"}');
const NOW = new Date('2026-03-02T09:00:00Z');
const T = NOW.getTime() / 1000;
const A = 'whsec_first-secret';
const B = 'whsec_second-secret';
const sig = (secret: string, t = T, body: Buffer | string = BODY) => signPayload(secret, t, body);

describe('parseSignatureHeader', () => {
  it.each([
    ['t and one v1', `t=${T},v1=${'a'.repeat(64)}`, { timestamp: T, signatures: ['a'.repeat(64)] }],
    ['several v1, other schemes ignored', `t=${T}, v0=zz, v1=${'A'.repeat(64)},v1=${'b'.repeat(64)}`, { timestamp: T, signatures: ['a'.repeat(64), 'b'.repeat(64)] }],
    ['no timestamp', `v1=${'a'.repeat(64)}`, null],
    ['no signature', `t=${T}`, null],
    ['a short signature', `t=${T},v1=abc`, null],
    ['empty', '', null],
  ])('%s', (_name, header, expected) => {
    expect(parseSignatureHeader(header)).toEqual(expected);
  });
});

describe('checkSignature', () => {
  it.each<[string, string | undefined, string[], string]>([
    ['signed with the only secret', `t=${T},v1=${sig(A)}`, [A], 'valid'],
    ['signed with the second of two active secrets (rotation)', `t=${T},v1=${sig(B)}`, [A, B], 'valid'],
    ['one of several v1 matches', `t=${T},v1=${sig('other')},v1=${sig(A)}`, [A], 'valid'],
    ['signed with a revoked secret', `t=${T},v1=${sig(A)}`, [B], 'mismatch'],
    ['no active secret at all', `t=${T},v1=${sig(A)}`, [], 'mismatch'],
    ['signature of another body', `t=${T},v1=${sig(A, T, '{"id":"evt_2"}')}`, [A], 'mismatch'],
    ['timestamp changed after signing', `t=${T + 1},v1=${sig(A)}`, [A], 'mismatch'],
    ['299 s old', `t=${T - 299},v1=${sig(A, T - 299)}`, [A], 'valid'],
    ['301 s old', `t=${T - 301},v1=${sig(A, T - 301)}`, [A], 'stale'],
    ['301 s in the future', `t=${T + 301},v1=${sig(A, T + 301)}`, [A], 'stale'],
    ['missing header', undefined, [A], 'malformed'],
  ])('%s → %s', (_name, header, secrets, expected) => {
    expect(checkSignature(header, BODY, secrets, NOW)).toBe(expected);
  });
});
