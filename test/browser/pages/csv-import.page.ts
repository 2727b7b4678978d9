import type { Download, Page } from 'playwright-core';

/** The CSV import: the file input, the mapping preview, the import and its result. */
export class CsvImportPage {
  constructor(private readonly page: Page) {}

  async chooseFile(name: string, content: Buffer): Promise<void> {
    await this.page.getByLabel(/^(CSV file to import|Fichier CSV à importer)$/).setInputFiles({ name, mimeType: 'text/csv', buffer: content });
    await this.mapping().waitFor();
  }

  mapping() {
    return this.page.getByRole('region', { name: /^(Columns of the file and the field each fills|Colonnes du fichier et champ rempli par chacune)$/ });
  }

  /** What the preview says the column `header` is read as. */
  async readAs(header: string): Promise<string> {
    const row = this.mapping().getByRole('row').filter({ has: this.page.getByRole('cell', { name: header, exact: true }) });
    return ((await row.getByRole('cell').nth(1).textContent()) ?? '').trim();
  }

  sample() {
    return this.page.getByRole('region', { name: /^(First rows of the file|Premières lignes du fichier)$/ });
  }

  /** The problems the preview finds in the first rows. */
  sampleProblems() {
    return this.page.getByRole('region', { name: /^(Problems in the first rows of the file|Problèmes dans les premières lignes du fichier)$/ });
  }

  async importFile(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Import|Importer) / }).click();
    await this.page.getByRole('heading', { name: /^(Import finished|Import terminé)$/ }).waitFor({ timeout: 60_000 });
  }

  /** The figure under a count's label (Created, Updated…). */
  async count(label: RegExp): Promise<string> {
    const card = this.page.locator('div').filter({ has: this.page.getByText(label, { exact: true }) }).last();
    return (await card.innerText()).replace(/\s+/g, ' ').trim();
  }

  errors() {
    return this.page.getByRole('region', { name: /^(Rows not imported and why|Lignes non importées et motif)$/ });
  }

  async downloadErrors(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /^(Download the rows not imported|Télécharger les lignes non importées)$/ }).click();
    return download;
  }

  async importAnother(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Import another file|Importer un autre fichier)$/ }).click();
  }
}
