import { Role } from '../../common/enums';
import { isAllowed } from '../../common/auth/roles';
import { invitationEmail, passwordResetEmail } from './account-emails';
import { invitationLanguage } from './invitation-language';
import { claimedOrigin, csrfTokenMatches, originAllowed } from './csrf';
import { passwordProblem } from './password-rules';
import { readCookie, sessionCookieOptions } from './session-cookie';
import { SESSION_ABSOLUTE_MS, sessionAlive, sessionExpiry, sessionNeedsTouch } from './session-rules';
import { hashSecretToken, looksLikeSecretToken, newSecretToken } from './secret-token';
import { throttleDecision } from './sign-in-throttle';

const NOW = new Date('2030-03-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('passwordProblem', () => {
  it.each([
    ['short', 'must be at least 10 characters long'],
    ['123456789', 'must be at least 10 characters long'],
    ['x'.repeat(201), 'must be at most 200 characters long'],
    ['          ', 'must not be only spaces'],
    ['Alex.Martin@Acme.example', 'must not be your email address'],
    [' alex.martin@acme.example ', 'must not be your email address'],
    ['alex.martin', 'must not be your email address'],
    ['ALEX.MARTIN', 'must not be your email address'],
  ])('refuses %j', (password, problem) => {
    expect(passwordProblem(password, 'alex.martin@acme.example')).toBe(problem);
  });

  it.each(['correct horse', 'x'.repeat(200), 'éàü😀éàü😀éà', 'alex.martin@acme.example!'])('accepts %j', (password) => {
    expect(passwordProblem(password, 'alex.martin@acme.example')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('😀'.repeat(9), 'a@b.example')).toMatch(/at least/);
    expect(passwordProblem('😀'.repeat(200), 'a@b.example')).toBeNull();
  });
});

describe('session rules', () => {
  it.each([
    [ago(0), 'just used', true],
    [ago(11 * HOUR + 59 * MIN), 'idle under 12 h', true],
    [ago(12 * HOUR), 'idle 12 h', false],
    [ago(13 * HOUR), 'idle 13 h', false],
  ])('a session last seen %s (%s) is alive: %s', (lastSeenAt, _label, alive) => {
    expect(sessionAlive({ lastSeenAt, expiresAt: new Date(NOW.getTime() + HOUR) }, NOW)).toBe(alive);
  });

  it('ends at its absolute expiry however recently used', () => {
    expect(sessionAlive({ lastSeenAt: NOW, expiresAt: NOW }, NOW)).toBe(false);
    expect(sessionExpiry(NOW).getTime() - NOW.getTime()).toBe(SESSION_ABSOLUTE_MS);
    expect(SESSION_ABSOLUTE_MS).toBe(30 * 24 * HOUR);
  });

  it('moves last_seen_at at most once a minute', () => {
    const expiresAt = sessionExpiry(NOW);
    expect(sessionNeedsTouch({ lastSeenAt: ago(59_999), expiresAt }, NOW)).toBe(false);
    expect(sessionNeedsTouch({ lastSeenAt: ago(MIN), expiresAt }, NOW)).toBe(true);
  });
});

describe('throttleDecision', () => {
  const none = { failures: 0, oldest: null };
  it('allows while both counts are under their limits', () => {
    expect(throttleDecision({ failures: 4, oldest: ago(MIN) }, { failures: 19, oldest: ago(MIN) }, NOW)).toEqual({ allowed: true });
  });

  it('refuses the 6th attempt of an email until its oldest failure leaves the 15-minute window', () => {
    expect(throttleDecision({ failures: 5, oldest: ago(5 * MIN) }, none, NOW)).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });

  it('refuses the 21st attempt of a client address', () => {
    expect(throttleDecision(none, { failures: 20, oldest: ago(14 * MIN) }, NOW)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('waits for the later of the two, and at least a second', () => {
    expect(throttleDecision({ failures: 5, oldest: ago(MIN) }, { failures: 20, oldest: ago(10 * MIN) }, NOW)).toEqual({ allowed: false, retryAfterSeconds: 840 });
    expect(throttleDecision({ failures: 5, oldest: ago(15 * MIN) }, none, NOW)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});

describe('CSRF checks', () => {
  it.each([
    ['https://console.acme.example', undefined, 'https://console.acme.example'],
    [undefined, 'https://console.acme.example/settings?x=1', 'https://console.acme.example'],
    ['https://console.acme.example', 'https://evil.example/', 'https://console.acme.example'],
    ['null', 'https://console.acme.example/', null],
    [undefined, undefined, null],
    ['javascript:alert(1)', undefined, null],
    ['not a url', undefined, null],
  ])('Origin %j, Referer %j → %j', (origin, referer, expected) => {
    expect(claimedOrigin(origin, referer)).toBe(expected);
  });

  it('compares normalised origins', () => {
    const allowed = ['https://console.acme.example/', 'http://127.0.0.1:3000'];
    expect(originAllowed('https://console.acme.example', allowed)).toBe(true);
    expect(originAllowed('http://127.0.0.1:3000', allowed)).toBe(true);
    expect(originAllowed('http://console.acme.example', allowed)).toBe(false);
    expect(originAllowed('https://console.acme.example.evil.example', allowed)).toBe(false);
    expect(originAllowed('https://console.acme.example:8443', allowed)).toBe(false);
    expect(originAllowed(null, allowed)).toBe(false);
    expect(originAllowed('https://a.example', [null])).toBe(false);
  });

  it('matches the token exactly', () => {
    expect(csrfTokenMatches('abc', 'abc')).toBe(true);
    expect(csrfTokenMatches('abd', 'abc')).toBe(false);
    expect(csrfTokenMatches('ab', 'abc')).toBe(false);
    expect(csrfTokenMatches(undefined, 'abc')).toBe(false);
  });
});

describe('session cookie', () => {
  it('reads one cookie among others', () => {
    expect(readCookie('a=1; clarion_session=xyz; b=2', 'clarion_session')).toBe('xyz');
    expect(readCookie('clarion_session="q%20r"', 'clarion_session')).toBe('q r');
    expect(readCookie('other_clarion_session=1', 'clarion_session')).toBeNull();
    expect(readCookie(undefined, 'clarion_session')).toBeNull();
    expect(readCookie('clarion_session=%E0%A4%A', 'clarion_session')).toBeNull();
  });

  it('is Secure only when the console is on https', () => {
    expect(sessionCookieOptions('https://console.acme.example')).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
    expect(sessionCookieOptions('http://localhost:3000')).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure: false });
  });
});

describe('secret tokens', () => {
  it('are 256-bit base64url values stored as their SHA-256', () => {
    const { token, hash } = newSecretToken();
    expect(looksLikeSecretToken(token)).toBe(true);
    expect(hash).toBe(hashSecretToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(newSecretToken().token).not.toBe(token);
    expect(looksLikeSecretToken('../../etc')).toBe(false);
  });
});

describe('roles (the same rule for keys and people)', () => {
  it.each([
    [Role.Admin, 'POST', undefined, true],
    [Role.Viewer, 'GET', undefined, true],
    [Role.Viewer, 'POST', undefined, false],
    [Role.Planner, 'POST', [Role.Planner], true],
    [Role.Editor, 'POST', [Role.Planner], false],
  ])('%s %s (route allows %j) → %s', (role, method, allowed, expected) => {
    expect(isAllowed(role, method, allowed)).toBe(expected);
  });
});

describe('account emails', () => {
  const expiresAt = new Date('2030-03-08T12:00:00Z');
  it('invite in the person\'s language, escaping what others wrote', () => {
    const fr = invitationEmail({ locale: 'fr', workspaceName: 'R&D <Learning>', role: Role.Editor, invitedBy: 'Camille', link: 'https://c.example/invitations/t', expiresAt, timeZone: 'Europe/Paris' });
    expect(fr.subject).toBe('Invitation à rejoindre R&D <Learning> sur Clarion');
    expect(fr.html).toContain('R&amp;D &lt;Learning&gt;');
    expect(fr.html).not.toContain('<Learning>');
    expect(fr.text).toContain('Camille vous invite');
    expect(fr.text).toContain('rédacteur');
    expect(fr.text).toContain('https://c.example/invitations/t');
    const en = invitationEmail({ locale: 'en', workspaceName: 'Acme', role: Role.Admin, invitedBy: null, link: 'https://c.example/invitations/t', expiresAt, timeZone: 'Europe/Paris' });
    expect(en.text).toContain('You are invited to join the workspace “Acme” on Clarion as an administrator.');
  });

  it('send the reset link in French or English', () => {
    expect(passwordResetEmail({ locale: 'fr', name: 'Camille', link: 'https://c.example/reset-password?token=t' }).subject).toBe('Réinitialiser votre mot de passe Clarion');
    const en = passwordResetEmail({ locale: 'en', name: 'Alex', link: 'https://c.example/reset-password?token=t' });
    expect(en.text).toContain('Hello Alex,');
    expect(en.html).toContain('href="https://c.example/reset-password?token=t"');
  });
});

describe('invitationLanguage', () => {
  it.each([
    [{ accountLocale: 'en', invitedLocale: 'fr', workspaceDefaultLocale: 'fr-FR' }, 'en'],
    [{ accountLocale: null, invitedLocale: 'en', workspaceDefaultLocale: 'fr-FR' }, 'en'],
    [{ accountLocale: null, invitedLocale: 'fr', workspaceDefaultLocale: 'en' }, 'fr'],
    [{ accountLocale: null, invitedLocale: null, workspaceDefaultLocale: 'fr-CA' }, 'fr'],
    [{ accountLocale: null, invitedLocale: null, workspaceDefaultLocale: 'FR' }, 'fr'],
    [{ accountLocale: null, invitedLocale: null, workspaceDefaultLocale: 'de-DE' }, 'en'],
  ] as const)('%j → %s', (input, language) => {
    expect(invitationLanguage(input)).toBe(language);
  });
});
