import type { Page } from 'playwright-core';
import { RuleBuilderPart } from './rule-builder.page';

/** Segments: the list and the editor with its live count. */
export class SegmentsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/segments');
    await this.page.getByRole('heading', { level: 1, name: 'Segments' }).waitFor();
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: /^(New segment|Nouveau segment)$/ }).first().click();
    await this.page.getByRole('heading', { level: 1, name: /^(New segment|Nouveau segment)$/ }).waitFor();
  }

  builder(): RuleBuilderPart {
    return new RuleBuilderPart(this.page, this.page.getByRole('group', { name: /^(Who is in it|Qui en fait partie)$/ }));
  }

  async setName(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /^(Name|Nom)/ }).fill(name);
  }

  liveCount() {
    return this.page.getByTestId('live-count');
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Create the segment|Créer le segment)$/ }).click();
  }

  table() {
    return this.page.getByRole('region', { name: 'Segments' });
  }
}
