import type { FrameLocator, Locator, Page } from 'playwright-core';

/** The template editor (/templates/:id/edit, /templates/new), found as a person sees it: by roles and labels. */
export class TemplateEditorPage {
  constructor(private readonly page: Page) {}

  async open(templateId: string): Promise<void> {
    await this.page.goto(`/templates/${templateId}/edit`);
    await this.page.getByRole('heading', { level: 1, name: /^(Modifier|Edit) / }).waitFor();
  }

  /** The CodeMirror editor of the email body in a locale (its content is the textbox). */
  body(locale: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`^(Corps de l’e-mail|Email body) \\(${locale.toUpperCase()}\\)$`) });
  }

  /** Puts the cursor at the end of a line of the body (1-based), `back` characters before it, by keyboard. */
  async endOfBodyLine(locale: string, line: number, back = 0): Promise<void> {
    await this.body(locale).click();
    await this.page.keyboard.press('Control+Home');
    for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown');
    // The editor wraps long lines: End goes to the next wrap point, so as many times as it takes.
    for (let i = 0; i < 4; i++) await this.page.keyboard.press('End');
    for (let i = 0; i < back; i++) await this.page.keyboard.press('ArrowLeft');
  }

  /** The body lines (CodeMirror renders one element per line). */
  bodyLine(locale: string, line: number): Locator {
    return this.body(locale).locator('.cm-line').nth(line - 1);
  }

  completion(): Locator {
    return this.page.getByRole('listbox').filter({ has: this.page.getByRole('option') });
  }

  problems(): Locator {
    return this.page.getByRole('region', { name: /^(Problèmes du modèle|Problems in the template)$/ });
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: /^(Aperçu|Preview)$/ });
  }

  frame(width: 375 | 1280): FrameLocator {
    return this.page.frameLocator(`iframe[data-width="${width}"]`);
  }

  async previewLocale(locale: 'FR' | 'EN'): Promise<void> {
    await this.preview().getByRole('radiogroup', { name: /^(Langue de l’aperçu|Preview language)$/ }).getByText(locale, { exact: true }).click();
  }

  async previewAs(campaign: string, learnerSearch: string, learnerOption: RegExp): Promise<void> {
    await this.preview().getByRole('combobox', { name: /^(Aperçu en tant que|Preview as)$/ }).click();
    await this.page.getByRole('option', { name: campaign }).click();
    const learner = this.preview().getByRole('combobox', { name: /^(Apprenant|Learner)$/ });
    await learner.click();
    await learner.fill(learnerSearch);
    await this.page.getByRole('option', { name: learnerOption }).click();
  }

  status(): Locator {
    return this.page.getByTestId('version-status');
  }
}
