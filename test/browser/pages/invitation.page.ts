import type { Page } from 'playwright-core';

/** The page an invitation email links to (`/invitations/<token>`). */
export class InvitationPage {
  constructor(private readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.page.getByRole('button', { name: /^(Accept the invitation|Accepter l’invitation)$/ }).waitFor();
  }

  async acceptAsNewUser(name: string, password: string): Promise<void> {
    await this.page.getByLabel(/^(Name|Nom)/).fill(name);
    await this.page.getByLabel(/^(Choose a password|Choisissez un mot de passe)/).fill(password);
    await this.page.getByRole('button', { name: /^(Accept the invitation|Accepter l’invitation)$/ }).click();
  }
}
