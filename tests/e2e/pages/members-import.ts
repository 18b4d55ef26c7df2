import type { Locator, Page } from '@playwright/test';

/** The import wizard: file, columns, dry-run report, import. */
export class MembersImportPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}/#/members/import`);
    await this.page.getByRole('heading', { level: 1, name: 'Import members' }).waitFor();
  }

  async chooseFile(path: string): Promise<void> {
    await this.page.getByLabel('Choose a CSV file…').setInputFiles(path);
    await this.page.getByRole('heading', { name: 'Match the columns' }).waitFor();
  }

  mapping(field: string): Locator {
    return this.page.getByRole('combobox', { name: new RegExp(`^${field}`) });
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check the file' }).click();
    await this.page.getByRole('heading', { name: 'Check the result' }).waitFor();
  }

  get problems(): Locator {
    return this.page.locator('table.import-problems');
  }

  /** The problem rows as [line, field, value, message]. */
  async problemRows(): Promise<string[][]> {
    return this.problems.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')),
    );
  }

  importButton(count: number): Locator {
    return this.page.getByRole('main').getByRole('button', { name: `Import ${count} member${count === 1 ? '' : 's'}` });
  }

  async commit(count: number): Promise<void> {
    await this.importButton(count).click();
    await this.page.getByRole('dialog', { name: 'Import into the register?' }).getByRole('button', { name: /^Import/ }).click();
  }
}
