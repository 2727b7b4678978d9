import type { Locator, Page } from 'playwright-core';

const en_fr = (en: string, fr: string) => new RegExp(`^(${en}|${fr})$`);

/** Courses → the list, a course with its sessions, the session form. */
export class CoursesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/courses');
    await this.page.getByRole('heading', { level: 1, name: en_fr('Courses', 'Formations') }).waitFor();
  }

  newCourseButton(): Locator {
    return this.page.getByRole('button', { name: en_fr('New course', 'Nouvelle formation') }).first();
  }

  coursesTable(): Locator {
    return this.page.getByRole('region', { name: en_fr('Courses', 'Formations') });
  }

  sessionsTable(): Locator {
    return this.page.getByRole('region', { name: en_fr('Sessions of the course', 'Sessions de la formation') });
  }

  async createCourse(title: string, modality: string): Promise<void> {
    await this.newCourseButton().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^(Title|Titre)/).fill(title);
    await dialog.getByRole('combobox', { name: /^(Modality|Modalité)/ }).click();
    await this.page.getByRole('option', { name: modality }).click();
    await dialog.getByRole('button', { name: en_fr('Create the course', 'Créer la formation') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Picks a zone in the session form's zone picker. */
  async pickZone(dialog: Locator, search: string, option: string): Promise<void> {
    const zone = dialog.getByRole('combobox', { name: /^(Time zone of the session|Fuseau horaire de la session)/ });
    await zone.click();
    await zone.fill(search);
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Types a date (in the page's language order) and a time into one zone-aware input. */
  async setDateTime(dialog: Locator, label: string, date: string, time: string): Promise<void> {
    const dateInput = dialog.getByRole('textbox', { name: `${label} — Date` });
    await dateInput.fill(date);
    await dateInput.press('Tab');
    await dialog.getByLabel(new RegExp(`^${label} — (Time|Heure)$`)).fill(time);
  }
}
