import { Role } from '../../common/enums';
import { invitationEmail, passwordResetEmail } from './account-emails';

describe('account emails', () => {
  const link = 'https://clarion.example/reset-password?token=abc';

  it('writes the link line of the text part with each language\'s punctuation', () => {
    expect(passwordResetEmail({ locale: 'fr', name: 'Claire', link }).text).toContain(`Choisir un nouveau mot de passe\u00a0: ${link}`);
    expect(passwordResetEmail({ locale: 'en', name: 'Claire', link }).text).toContain(`Choose a new password: ${link}`);
  });

  it('lays the invitation out fluid: no fixed width a phone cannot hold, except Outlook’s ghost table', () => {
    const { html, text } = invitationEmail({ locale: 'fr', workspaceName: 'Acme', role: Role.Planner, invitedBy: null, link, expiresAt: new Date('2026-12-07T09:00:00Z'), timeZone: 'Europe/Paris' });
    const outsideOutlook = html.replace(/<!--\[if mso\]>[\s\S]*?<!\[endif\]-->/g, '');
    const fixedWidths = [...outsideOutlook.matchAll(/width="(\d+)"|(?<![-\w])width:\s*(\d+)px/g)].map((m) => Number(m[1] ?? m[2]));
    expect(fixedWidths.filter((w) => w > 320)).toEqual([]);
    expect(html).toContain('max-width:560px');
    // French guillemets hold their words with no-break spaces.
    expect(text).toContain('«\u00a0Acme\u00a0»');
  });

  it('writes the invitation’s expiry in the workspace’s zone, named', () => {
    const expiresAt = new Date('2026-12-07T23:35:00Z');
    const base = { workspaceName: 'Acme', role: Role.Viewer, invitedBy: 'Dana', link, expiresAt };
    expect(invitationEmail({ ...base, locale: 'fr', timeZone: 'Europe/Paris' }).text).toContain('Ce lien est valable jusqu’au 8 décembre 2026 à 00:35 (Europe/Paris).');
    expect(invitationEmail({ ...base, locale: 'en', timeZone: 'America/Toronto' }).text).toContain('This link is valid until 7 December 2026 at 18:35 (America/Toronto).');
    expect(invitationEmail({ ...base, locale: 'fr', timeZone: 'Mars/Olympus' }).text).toContain('jusqu’au 7 décembre 2026 à 23:35 (UTC).');
  });
});
