import type { Page } from 'playwright-core';

/** The learners list: search, filters, the table (cards on a phone), pages. */
export class LearnersPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Learners|Apprenants)$/ });
  }

  searchBox() {
    return this.page.getByRole('searchbox', { name: /^(Search|Rechercher)$/ });
  }

  /** The table (from 768 px) as a labelled, focusable region. */
  table() {
    return this.page.getByRole('region', { name: /^(Learners|Apprenants)$/ });
  }

  /** The cards (on a phone). */
  cards() {
    return this.page.getByRole('list', { name: /^(Learners \(list\)|Apprenants \(liste\))$/ });
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
    await this.searchBox().press('Enter');
  }

  async filter(facet: RegExp, option: RegExp): Promise<void> {
    await this.page.getByLabel(facet).first().click();
    await this.page.getByRole('option', { name: option }).click();
  }

  async startImport(): Promise<void> {
    await this.page.getByRole('link', { name: /^(Import a CSV file|Importer un fichier CSV)$/ }).first().click();
  }

  async openLearner(name: string | RegExp): Promise<void> {
    await this.table().getByRole('link', { name }).click();
  }
}
