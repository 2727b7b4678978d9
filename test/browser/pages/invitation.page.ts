import type { Page } from 'playwright-core';

const ACCEPT = /^(Accept the invitation|Accepter l’invitation)$/;

/** The page an invitation email links to (`/invitations/<token>`). */
export class InvitationPage {
  constructor(private readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.page.getByRole('button', { name: ACCEPT }).waitFor();
  }

  async acceptAsNewUser(name: string, password: string): Promise<void> {
    await this.page.getByLabel(/^(Name|Nom)/).fill(name);
    await this.page.getByLabel(/^(Choose a password|Choisissez un mot de passe)/).fill(password);
    await this.page.getByRole('button', { name: ACCEPT }).click();
  }

  /** Someone who already has an account proves it with its password. */
  async acceptWithExistingAccount(password: string): Promise<void> {
    await this.page.getByLabel(/^(Password|Mot de passe)/).fill(password);
    await this.page.getByRole('button', { name: ACCEPT }).click();
  }
}
