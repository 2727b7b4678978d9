import { passwordResetEmail } from './account-emails';

describe('account emails', () => {
  const link = 'https://clarion.example/reset-password?token=abc';

  it('writes the link line of the text part with each language\'s punctuation', () => {
    expect(passwordResetEmail({ locale: 'fr', name: 'Claire', link }).text).toContain(`Choisir un nouveau mot de passe\u00a0: ${link}`);
    expect(passwordResetEmail({ locale: 'en', name: 'Claire', link }).text).toContain(`Choose a new password: ${link}`);
  });
});
