import type { Page } from 'playwright-core';

/** The signed-in frame: navigation, language switch, user menu. */
export class AppShellPage {
  constructor(private readonly page: Page) {}

  pageTitle(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async go(section: string | RegExp): Promise<void> {
    const burger = this.page.getByRole('button', { name: /^(Open the menu|Ouvrir le menu)$/ });
    if (await burger.isVisible()) await burger.click();
    await this.page.getByRole('navigation').getByRole('link', { name: section }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Account of|Compte de)/ }).click();
    await this.page.getByRole('menuitem', { name: /^(Sign out|Se déconnecter)$/ }).click();
  }
}
