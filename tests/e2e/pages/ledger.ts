import type { Locator, Page } from '@playwright/test';

/** The accounting section: trial balance, journal, account ledger, chart of accounts, and the export. */
export class LedgerPage {
  constructor(readonly page: Page) {}

  async open(url: string, page: 'journal' | 'account' | 'accounts' | '' = ''): Promise<void> {
    await this.page.goto(`${url}/#/ledger${page ? `/${page}` : ''}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** A trial balance row by the account's name: [code, name, group, debit, credit, balance]. */
  async trialRow(account: string): Promise<string[]> {
    const row = this.page.locator('.ledger-trial tbody tr').filter({ has: this.page.getByRole('rowheader', { name: account, exact: true }) });
    return [...(await row.locator('td').allInnerTexts()).slice(0, 1), account, ...(await row.locator('td').allInnerTexts()).slice(1)];
  }

  get trialTotals(): Locator {
    return this.page.locator('.ledger-trial tfoot tr');
  }

  codeField(account: string): Locator {
    return this.page.getByRole('textbox', { name: account, exact: true });
  }

  async exportAs(format: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Export format' }).selectOption({ label: format });
    await this.page.getByRole('button', { name: 'Export the period' }).click();
  }
}
