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

  async addChannel(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add ${name}` }).click();
  }

  rankedChannels() {
    return this.page.getByRole('list', { name: /^(Channels in order of preference|Canaux par ordre de préférence)$/ }).getByRole('listitem');
  }

  /** Keyboard drag: focus the handle, Space to lift, arrows to move, Space to drop. */
  async dragByKeyboard(channel: string, moves: number): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^Reorder ${channel} \\(rank \\d\\)$`) }).focus();
    // dnd-kit measures the items after each key: give it a frame or two between presses.
    const settle = () => this.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await this.page.keyboard.press('Space');
    await settle();
    for (let i = 0; i < Math.abs(moves); i++) {
      await this.page.keyboard.press(moves < 0 ? 'ArrowUp' : 'ArrowDown');
      await settle();
    }
    await this.page.keyboard.press('Space');
  }

  builder(): RuleBuilderPart {
    return new RuleBuilderPart(this.page, this.page.getByRole('group', { name: /^(Learners who get this persona|Les apprenants qui reçoivent ce persona)$/ }));
  }
}
