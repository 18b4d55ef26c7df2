import type { Locator, Page } from '@playwright/test';

/** The capital section's coop-wide pages: share classes, the register with its reversals, the refund queue. */
export class CapitalBooksPage {
  constructor(readonly page: Page) {}

  async open(url: string, page: 'classes' | 'register' | 'refunds' | 'late' | '' = ''): Promise<void> {
    await this.page.goto(`${url}/#/capital${page ? `/${page}` : ''}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  tab(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Capital pages' }).getByRole('link', { name });
  }

  async createClass(terms: { name: string; nominal: string; minimum?: string; paidNowPercent?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New share class' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New share class' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(terms.name);
    await dialog.getByRole('textbox', { name: /^Nominal value/ }).fill(terms.nominal);
    if (terms.minimum) await dialog.getByRole('textbox', { name: /^Minimum subscription/ }).fill(terms.minimum);
    if (terms.paidNowPercent) await dialog.getByRole('textbox', { name: /^Minimum paid at once/ }).fill(terms.paidNowPercent);
    await dialog.getByRole('button', { name: 'Save' }).click();
  }

  /** The register's row of operation `number`. */
  registerRow(number: number): Locator {
    return this.page.locator('.capital-register tbody tr').filter({ has: this.page.locator('td:first-child', { hasText: new RegExp(`^${number}$`) }) });
  }

  async reverse(number: number, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `Reverse operation no. ${number}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Reverse an operation' });
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(reason);
    await dialog.getByRole('button', { name: `Reverse no. ${number}` }).click();
  }

  /** The refund queue's figure ("This year's ceiling", "Used", "Left this year"). */
  figure(label: string): Locator {
    return this.page.locator('.capital-figures > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  get queue(): Locator {
    return this.page.locator('.capital-refunds tbody tr');
  }
}
