import type { Page } from 'playwright-core';

/** The comms calendar: the grid (or the list by day on a phone), collisions, blackout days and their manager. */
export class CalendarPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/calendar');
  }

  title() {
    return this.page.getByRole('heading', { level: 1, name: /^(Comms calendar|Calendrier de communication)$/ });
  }

  /** A day's cell in the month grid, by its accessible name (`Thursday 10 December`, `jeudi 10 décembre`). */
  day(name: string | RegExp) {
    return this.page.getByRole('table', { name: /^(Send calendar|Calendrier des envois)$/ }).getByRole('cell', { name });
  }

  collision(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }

  collisionDialog() {
    return this.page.getByRole('dialog', { name: /^Collision/ });
  }

  blackoutManager() {
    return this.page.getByRole('region', { name: /^(Blackout days|Jours bloqués)$/ });
  }

  /** Adds a blackout through the form: label, first day (YYYY-MM-DD), and optionally a site. */
  async addBlackout(texts: { add: string; label: string; first: string; save: string }, values: { label: string; day: string }): Promise<void> {
    await this.blackoutManager().getByRole('button', { name: texts.add }).click();
    const dialog = this.page.getByRole('dialog', { name: texts.add });
    await dialog.getByRole('textbox', { name: texts.label }).fill(values.label);
    await dialog.getByLabel(texts.first).fill(values.day);
    await dialog.getByRole('button', { name: texts.save }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
