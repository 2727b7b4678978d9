import type { Locator, Page } from 'playwright-core';

const en_fr = (en: string, fr: string) => new RegExp(`^(${en}|${fr})$`);

/** Brand kits → the list, the create dialog, the editor with its logo drop, translations and live preview. */
export class BrandKitsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/brand-kits');
    await this.page.getByRole('heading', { level: 1, name: en_fr('Brand kits', 'Identité visuelle') }).waitFor();
  }

  list(): Locator {
    return this.page.getByRole('list', { name: en_fr('Brand kits', 'Chartes graphiques') });
  }

  /** Fills the create dialog; lands on the new kit's editor. */
  async create(name: string, senderName: string, senderEmail: string): Promise<void> {
    await this.page.getByRole('button', { name: /^(New brand kit|Nouvelle charte|Create my first brand kit|Créer ma première charte)$/ }).first().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^(Name of the brand kit|Nom de la charte)/).fill(name);
    await dialog.getByLabel(/^(Sender name|Nom de l’expéditeur)/).fill(senderName);
    await dialog.getByLabel(/^(Sender address|Adresse d’expédition)/).fill(senderEmail);
    await dialog.getByRole('button', { name: en_fr('Create the brand kit', 'Créer la charte') }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** Drops an image file on the logo drop zone, as a file dragged from the desktop. */
  async dropLogo(bytes: Buffer, name: string, type: string): Promise<void> {
    const zone = this.page.getByRole('group', { name: en_fr('Drop your logo here', 'Déposez votre logo ici') });
    const dataTransfer = await this.page.evaluateHandle(
      ({ base64, name, type }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        // The page's DataTransfer (this runs in the browser; Node's types have none).
        const transfer = new (globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } }).DataTransfer();
        transfer.items.add(new File([data], name, { type }));
        return transfer;
      },
      { base64: bytes.toString('base64'), name, type },
    );
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  colour(label: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** The preview frame (sandboxed, its HTML in `srcdoc`). */
  previewFrame(): Locator {
    return this.page.locator('iframe[sandbox=""]');
  }

  async previewHtml(): Promise<string> {
    return (await this.previewFrame().getAttribute('srcdoc')) ?? '';
  }

  /** A segmented control's option: its radio is hidden behind its label, so by keyboard. */
  async choose(option: string): Promise<void> {
    const radio = this.page.getByRole('radio', { name: option, exact: true });
    await radio.focus();
    await this.page.keyboard.press('Space');
  }

  async addLanguage(language: string): Promise<void> {
    await this.page.getByRole('combobox', { name: en_fr('Add a language', 'Ajouter une langue') }).click();
    await this.page.getByRole('option', { name: language }).click();
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: en_fr('Save', 'Enregistrer') }).first();
  }
}
