import type { Page } from 'playwright-core';

/** Settings → Users & roles. */
export class UsersPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/settings/users');
    await this.page.getByRole('heading', { name: /^(Users & roles|Utilisateurs et rôles)$/, level: 2 }).waitFor();
  }

  inviteButton() {
    return this.page.getByRole('button', { name: /^(Invite someone|Inviter quelqu’un)$/ });
  }

  /** `language`: the invitation's (Français, English); left as the dialog proposes when not given. */
  async invite(email: string, role: string, language?: 'Français' | 'English'): Promise<void> {
    await this.inviteButton().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^(Email|E-mail)/).fill(email);
    // A Mantine Select is a combobox named by its label; its options open in a listbox. Each role's
    // option also says what the role may do: its name starts with the role.
    await dialog.getByRole('combobox', { name: /^(Role|Rôle)/ }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${role}\\b`) }).click();
    if (language) {
      await dialog.getByRole('combobox', { name: /^(Language|Langue)/ }).click();
      await this.page.getByRole('option', { name: language, exact: true }).click();
    }
    await dialog.getByRole('button', { name: /^(Send the invitation|Envoyer l’invitation)$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  pendingTable() {
    return this.page.getByRole('region', { name: /^(Pending invitations|Invitations en attente)$/ });
  }

  membersTable() {
    return this.page.getByRole('region', { name: /^(Members|Membres)$/ });
  }
}
