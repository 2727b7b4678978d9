import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** A campaign's report and its drill-down drawer, found as a DLM sees them. */
export class ReportPage {
  constructor(private readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  drawer(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Ready: the funnel and the daily charts drawn, the breakdown table shown. */
  async ready(): Promise<void> {
    await this.page.locator('.recharts-surface').nth(1).waitFor();
    await this.page.locator('.recharts-bar-rectangle').first().waitFor();
    await this.page.getByRole('region', { name: /^(Breakdown by|Répartition par)/ }).waitFor();
  }

  /** Clicks `button` inside the drawer and returns the text of the file it downloads. */
  async download(button: Locator): Promise<string> {
    return (await this.downloadFile(button)).text;
  }

  /** Clicks `button` and returns the downloaded file's suggested name and text. */
  async downloadFile(button: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  }
}
