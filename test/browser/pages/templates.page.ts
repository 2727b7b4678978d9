import type { Frame, Locator, Page } from 'playwright-core';

const en_fr = (en: string, fr: string) => new RegExp(`^(${en}|${fr})$`);

/** Templates → the library, a template's page (content and preview, versions, comparison, review). */
export class TemplatesPage {
  constructor(private readonly page: Page) {}

  async openLibrary(): Promise<void> {
    await this.page.goto('/templates');
    await this.page.getByRole('heading', { level: 1, name: en_fr('Templates', 'Modèles') }).waitFor();
  }

  async open(templateId: string, name: string): Promise<void> {
    await this.page.goto(`/templates/${templateId}`);
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  list(): Locator {
    return this.page.getByRole('list', { name: en_fr('Templates', 'Modèles') });
  }

  card(name: string): Locator {
    return this.list().getByRole('listitem').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async search(words: string): Promise<void> {
    await this.page.getByRole('textbox', { name: en_fr('Search', 'Rechercher') }).fill(words);
  }

  tab(name: RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** The preview frame, found by its title (language and width). */
  previewFrame(title: RegExp): Locator {
    return this.page.locator('iframe').and(this.page.getByTitle(title));
  }

  async previewContent(title: RegExp): Promise<Frame> {
    const handle = await this.previewFrame(title).elementHandle();
    const frame = await handle!.contentFrame();
    return frame!;
  }

  reviewPanel(): Locator {
    return this.page.getByRole('region', { name: /^(Review of version|Relecture de la version)/ });
  }

  /** Opens a review step's dialog, writes the comment (if any) and confirms it. */
  async reviewStep(step: RegExp, confirm: RegExp, comment?: string): Promise<void> {
    await this.reviewPanel().getByRole('button', { name: step }).click();
    const dialog = this.page.getByRole('dialog');
    if (comment) await dialog.getByRole('textbox').fill(comment);
    await dialog.getByRole('button', { name: confirm }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
