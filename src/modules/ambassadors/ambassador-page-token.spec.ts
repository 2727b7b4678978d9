import { randomUUID } from 'node:crypto';
import { AmbassadorPageTokens } from './ambassador-page-token';

describe('ambassador page tokens', () => {
  const tokens = new AmbassadorPageTokens('a-secret-of-at-least-thirty-two-characters');
  const id = randomUUID();

  it('verify to the link id they were signed for', () => {
    const token = tokens.sign(id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(tokens.verify(token)).toBe(id);
  });

  it.each([
    ['a changed character', (t: string) => `${t.slice(0, 30)}${t[30] === 'A' ? 'B' : 'A'}${t.slice(31)}`],
    ['another id with the same MAC', (t: string) => `${tokens.sign(randomUUID()).slice(0, 22)}${t.slice(22)}`],
    ['a truncated token', (t: string) => t.slice(0, -1)],
    ['a token of another secret', () => new AmbassadorPageTokens('another-secret-of-thirty-two-characters!').sign(id)],
    ['garbage', () => '../../etc/passwd'],
  ])('refuse %s', (_name, forge) => {
    expect(tokens.verify(forge(tokens.sign(id)))).toBeNull();
  });
});
