import type { Locator, Page } from '@playwright/test';

/** The budget import dialog, opened from the budget screen: a file chosen, its dry-run report, the import. */
export class BudgetImportDialogPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import a budget from a spreadsheet' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import from a file…' }).click();
    await this.dialog.waitFor();
  }

  /** Chooses a CSV file made of `text`, and waits for its report. */
  async choose(name: string, text: string): Promise<void> {
    await this.dialog.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await this.report.waitFor();
  }

  get report(): Locator {
    return this.dialog.getByRole('status').filter({ hasText: /problem|read for/ });
  }

  /** The problems table's rows, each as [line, column, value, problem]. */
  async problems(): Promise<string[][]> {
    const rows = this.dialog.getByRole('table', { name: 'Problems by line' }).locator('tbody tr');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push(await row.locator('td').allInnerTexts());
    return out;
  }

  confirm(count: number): Locator {
    return this.dialog.getByRole('button', { name: `Import ${count} ${count === 1 ? 'line' : 'lines'}` });
  }
}
