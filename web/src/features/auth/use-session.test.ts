import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { adoptSession, type Session } from './use-session';

const session = (locale: Session['user']['locale']): Session => ({
  user: { id: 'u1', email: 'dana@acme.example', name: 'Dana', locale },
  workspaces: [{ id: 'w1', name: 'Acme', slug: 'acme', role: 'admin' }],
  csrfToken: 'token',
});

describe('adoptSession: the language the console speaks once signed in', () => {
  afterEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('keeps the browser’s language when the person never chose one (the demo’s DLM)', async () => {
    await i18n.changeLanguage('fr'); // what a French browser starts with
    adoptSession(session(null));
    await Promise.resolve();
    expect(i18n.language).toBe('fr');
    expect(localStorage.getItem('clarion.locale')).toBeNull();
  });

  it('follows the person’s own choice over the browser’s', async () => {
    await i18n.changeLanguage('fr');
    adoptSession(session('en'));
    await expect.poll(() => i18n.language).toBe('en');
    expect(localStorage.getItem('clarion.locale')).toBe('en');
  });
});
