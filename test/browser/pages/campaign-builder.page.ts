import type { Locator, Page } from 'playwright-core';
import { waitUntil } from '../../support/test-worker';

export interface StepChoice {
  template: string;
  days: number;
  direction?: 'before' | 'after';
  time?: string;
  phase?: string;
  anchor?: string;
}

/** The campaigns list and the campaign builder, found as a DLM sees them (English labels). */
export class CampaignBuilderPage {
  constructor(private readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Picks `option` in the Mantine select labelled `label` (inside `scope`). */
  async choose(scope: Locator, label: string | RegExp, option: string | RegExp): Promise<void> {
    const exact = typeof label === 'string';
    await scope.getByRole('textbox', { name: label, exact }).or(scope.getByRole('combobox', { name: label, exact })).first().click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Adds a step from a template through the step form, placed `days` before or after its anchor at `time`. */
  async addStep(step: StepChoice): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a step' }).first().click();
    const dialog = this.dialog();
    await dialog.getByRole('heading', { name: 'Add a step' }).waitFor();
    await this.choose(dialog, 'Template', step.template);
    // The newest approved version is pinned by itself.
    const version = dialog.getByRole('textbox', { name: 'Version' }).or(dialog.getByRole('combobox', { name: 'Version' })).first();
    await waitUntil('the version to be pinned', async () => /^v\d/.test(await version.inputValue()));
    if (step.phase) await this.choose(dialog, 'Phase', step.phase);
    if (step.anchor) await this.choose(dialog, 'From', step.anchor);
    // Typed as a person types, until the form holds it.
    const days = dialog.getByRole('textbox', { name: 'Days', exact: true });
    await waitUntil(`${step.days} days in the form`, async () => {
      if ((await days.inputValue()) === String(step.days)) return true;
      await days.click();
      await days.press('ControlOrMeta+a');
      await days.pressSequentially(String(step.days));
      return false;
    }, 10_000);
    if (step.direction) await dialog.getByText(step.direction, { exact: true }).click();
    if (step.time) {
      await dialog.getByLabel(/^Local send time/).fill(step.time);
      await dialog.getByLabel(/^Local send time/).blur();
    }
    await dialog.getByRole('button', { name: 'Add the step' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  card(name: string): Locator {
    return this.page.getByRole('button', { name: `Step “${name}”: open` });
  }

  warnings(): Locator {
    return this.page.getByRole('listitem').filter({ hasText: /lands at the same minute|arrive à la même minute/ });
  }
}
