import type { Page } from 'playwright-core';

/** The sign-in screen, found as a person sees it: by roles and labels. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(redirect?: string): Promise<void> {
    await this.page.goto(redirect ? `/sign-in?redirect=${encodeURIComponent(redirect)}` : '/sign-in');
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Sign in|Connexion)$/ });
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel(/^(Email|E-mail)/).fill(email);
    await this.page.getByLabel(/^(Password|Mot de passe)/).fill(password);
    await this.page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}
