import type { Page } from 'playwright-core';
import { RuleBuilderPart } from './rule-builder.page';

/** Personas: the cards and the canvas. */
export class PersonasPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/personas');
    await this.page.getByRole('heading', { level: 1, name: 'Personas' }).waitFor();
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: /^(New persona|Nouveau persona)$/ }).first().click();
    await this.page.getByRole('heading', { level: 1, name: /^(New persona|Nouveau persona)$/ }).waitFor();
  }

  field(label: RegExp) {
    return this.page.getByRole('textbox', { name: label });
  }

  preferredTime() {
    return this.page.getByLabel(/^(Preferred time|Heure préférée)/);
  }

  /** Adds lines to a ranked list (goals, needs…) as a person does: type, Enter. */
  async addLines(list: string, lines: string[]): Promise<void> {
    const input = this.page.getByRole('textbox', { name: `Add to ${list}` });
    for (const line of lines) {
      await input.fill(line);
      await input.press('Enter');
    }
  }

  /** The lines of a ranked list, in order (each an input). */
  rankedLines(list: string) {
    return this.page.getByRole('list', { name: list }).getByRole('textbox');
  }

  async addChannel(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add ${name}` }).click();
  }

  rankedChannels() {
    return this.page.getByRole('list', { name: /^(Channels in order of preference|Canaux par ordre de préférence)$/ }).getByRole('listitem');
  }

  /** Keyboard drag of a channel or a line (its name as a regular expression): focus the handle, Space to lift, arrows to move, Space to drop. */
  async dragByKeyboard(channel: string, moves: number): Promise<void> {
    const handle = this.page.getByRole('button', { name: new RegExp(`^Reorder ${channel} \\(rank \\d+\\)$`) });
    const start = Number(/\(rank (\d+)\)$/.exec((await handle.getAttribute('aria-label')) ?? '')?.[1]);
    await handle.focus();
    // Each step is taken once dnd-kit has said it (its live region), as a screen reader user hears it.
    const announced = (text: RegExp) => this.page.locator('[id^="DndLiveRegion"]').filter({ hasText: text }).first().waitFor({ state: 'attached' });
    await this.page.keyboard.press('Space');
    await announced(new RegExp(`rank ${start}\\.`));
    for (let i = 1; i <= Math.abs(moves); i++) {
      await this.page.keyboard.press(moves < 0 ? 'ArrowUp' : 'ArrowDown');
      await announced(new RegExp(`moves to rank ${start + Math.sign(moves) * i}\\.`));
    }
    await this.page.keyboard.press('Space');
  }

  builder(): RuleBuilderPart {
    return new RuleBuilderPart(this.page, this.page.getByRole('group', { name: /^(Learners who get this persona|Les apprenants qui reçoivent ce persona)$/ }));
  }
}
