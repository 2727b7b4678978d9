import { TrackingTokens } from './tracking-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters!';

describe('TrackingTokens', () => {
  const tokens = new TrackingTokens(SECRET);
  const id = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

  it('round-trips the claims', () => {
    expect(tokens.verify(tokens.sign({ kind: 'u', deliveryId: id }))).toEqual({ kind: 'u', deliveryId: id });
    expect(tokens.verify(tokens.sign({ kind: 'c', deliveryId: id, link: 3 }))).toEqual({ kind: 'c', deliveryId: id, link: 3 });
  });

  it.each([
    ['a changed payload', (t: string) => t.replace(/\.([^.]+)\./, (_m, p: string) => `.${p.slice(0, -2)}AA.`)],
    ['a changed signature', (t: string) => `${t.slice(0, -3)}abc`],
    ['an unknown key id', (t: string) => t.replace(/^k1/, 'k9')],
    ['a truncated token', (t: string) => t.split('.').slice(0, 2).join('.')],
    ['an extra segment', (t: string) => `${t}.x`],
  ])('refuses %s', (_name, tamper) => {
    expect(tokens.verify(tamper(tokens.sign({ kind: 'o', deliveryId: id })))).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    const other = new TrackingTokens('another-secret-of-at-least-thirty-two-chars');
    expect(tokens.verify(other.sign({ kind: 'u', deliveryId: id }))).toBeNull();
  });
});

describe('TrackingTokens: expiry, rotation and the share kind', () => {
  const id = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
  const other = '9b2f1c3e-1d2a-4c5b-8e7f-0a1b2c3d4e5f';
  const at = (iso: string) => () => new Date(iso);

  it('round-trips a share token', () => {
    const tokens = new TrackingTokens(SECRET);
    expect(tokens.verify(tokens.sign({ kind: 's', campaignId: id, ambassadorId: other }))).toEqual({ kind: 's', campaignId: id, ambassadorId: other });
  });

  it.each([
    ['one day old', '2026-01-02T00:00:00Z', true],
    ['365 days old', '2027-01-01T00:00:00Z', true],
    ['365 days and one second old', '2027-01-01T00:00:01Z', false],
    ['issued four minutes in the future (clock skew)', '2025-12-31T23:56:00Z', true],
    ['issued ten minutes in the future', '2025-12-31T23:50:00Z', false],
  ])('a token %s (checked at %s) verifies: %s', (_name, verifiedAt, valid) => {
    const token = new TrackingTokens(SECRET, { now: at('2026-01-01T00:00:00Z') }).sign({ kind: 'o', deliveryId: id });
    const verifier = new TrackingTokens(SECRET, { now: at(verifiedAt), maxAgeDays: 365 });
    expect(verifier.verify(token) !== null).toBe(valid);
  });

  it('signs with the first key id and verifies the older ones while they are listed', () => {
    const before = new TrackingTokens(SECRET, { keyIds: ['k1'] });
    const rotated = new TrackingTokens(SECRET, { keyIds: ['k2', 'k1'] });
    const retired = new TrackingTokens(SECRET, { keyIds: ['k2'] });
    const old = before.sign({ kind: 'u', deliveryId: id });
    const fresh = rotated.sign({ kind: 'u', deliveryId: id });
    expect(fresh.startsWith('k2.')).toBe(true);
    expect(rotated.verify(old)).toEqual({ kind: 'u', deliveryId: id });
    expect(retired.verify(old)).toBeNull();
    expect(retired.verify(fresh)).toEqual({ kind: 'u', deliveryId: id });
    expect(before.verify(fresh)).toBeNull();
  });
});
