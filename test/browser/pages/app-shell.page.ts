import type { Page } from 'playwright-core';

/** The signed-in frame: navigation, workspace and language switches, user menu. */
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

  workspaceSwitch() {
    return this.page.getByRole('combobox', { name: /^(Workspace|Espace de travail)$/ });
  }

  async switchWorkspace(name: string): Promise<void> {
    await this.workspaceSwitch().click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** FR / EN: the radios are visually hidden behind their labels, so by keyboard, as a person would. */
  async switchLanguage(language: 'Français' | 'English'): Promise<void> {
    const radio = this.page.getByRole('radio', { name: language });
    await radio.focus();
    await this.page.keyboard.press('Space');
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Account of|Compte de)/ }).click();
    await this.page.getByRole('menuitem', { name: /^(Sign out|Se déconnecter)$/ }).click();
  }

  async openProfile(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Account of|Compte de)/ }).click();
    await this.page.getByRole('menuitem', { name: /^(Profile|Profil)$/ }).click();
  }
}
