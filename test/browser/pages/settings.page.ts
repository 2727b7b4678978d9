import type { Locator, Page } from 'playwright-core';

const en_fr = (en: string, fr: string) => new RegExp(`^(${en}|${fr})$`);

/** Settings → sending rules and API keys. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  async openRules(): Promise<void> {
    await this.page.goto('/settings/rules');
    await this.page.getByRole('heading', { level: 2, name: en_fr('Sending rules', 'Règles d’envoi') }).waitFor();
  }

  async openApiKeys(): Promise<void> {
    await this.page.goto('/settings/api-keys');
    await this.page.getByRole('heading', { level: 2, name: en_fr('API keys', 'Clés d’API') }).waitFor();
  }

  saveRulesButton(): Locator {
    return this.page.getByRole('button', { name: en_fr('Save the rules', 'Enregistrer les règles') });
  }

  createKeyButton(): Locator {
    return this.page.getByRole('button', { name: en_fr('Create an API key', 'Créer une clé d’API') });
  }

  keysTable(): Locator {
    return this.page.getByRole('region', { name: en_fr('API keys', 'Clés d’API') });
  }

  /** Creates a key and returns the secret the dialog shows (once). */
  async createKey(name: string, role: string): Promise<{ secret: string; dialog: Locator }> {
    await this.createKeyButton().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^(Name|Nom)/).fill(name);
    await dialog.getByRole('combobox', { name: /^(Role|Rôle)/ }).click();
    await this.page.getByRole('option', { name: role }).click();
    await dialog.getByRole('button', { name: en_fr('Create the key', 'Créer la clé') }).click();
    const code = dialog.locator('pre');
    await code.waitFor();
    return { secret: (await code.innerText()).trim(), dialog };
  }
}
