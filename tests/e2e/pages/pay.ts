import type { Locator, Page } from '@playwright/test';
import { typeDate } from './member-form';

/** The pay run screen (English labels): the period, the draft member by member, approval and what follows. */
export class PayRunPage {
  readonly approveDialog: Locator;

  constructor(readonly page: Page) {
    this.approveDialog = page.getByRole('dialog', { name: /^Approve and post the pay for/ });
  }

  async open(url: string, period?: string): Promise<void> {
    await this.page.goto(`${url}/#/pay${period ? `?period=${period}` : ''}`);
    await this.page.getByRole('heading', { level: 1, name: 'Pay runs' }).waitFor();
  }

  async prepareDraft(): Promise<void> {
    await this.page.getByRole('button', { name: /^Prepare the draft for/ }).click();
  }

  /** The run's table, member by member with every line. */
  get table(): Locator {
    return this.page.getByRole('table', { name: 'The run member by member, with every line' });
  }

  /** A member's own row (number, name, hours, gross, deductions, net). */
  memberRow(name: string | RegExp): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  figure(label: string): Locator {
    return this.page.locator('.pay-figures > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  get status(): Locator {
    return this.page.locator('.pay-run__header .pay-run__status');
  }

  /** Approves with the keyboard: the dialog's confirm button is reached by Tab and pressed with Enter. */
  async approve(): Promise<void> {
    await this.page.getByRole('button', { name: 'Approve and post…' }).click();
    await this.approveDialog.waitFor();
    const confirm = this.approveDialog.getByRole('button', { name: 'Approve and post', exact: true });
    await confirm.focus();
    await this.page.keyboard.press('Enter');
  }

  async openPayslips(): Promise<void> {
    await this.page.getByRole('link', { name: 'Payslips' }).click();
  }
}

/** The schemes screen and its new-version dialog. */
export class PaySchemesPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'New version of the pay scheme' });
  }

  /** Fills the category rows of the dialog: [name, coefficient] in order, adding rows as needed. */
  async categories(rows: [string, string][]): Promise<void> {
    for (const [index, [name, value]] of rows.entries()) {
      if (index > 0) await this.dialog.getByRole('button', { name: 'Add: Category' }).click();
      await this.dialog.getByRole('textbox', { name: `Category ${index + 1}`, exact: true }).fill(name);
      await this.dialog.getByRole('textbox', { name: `Coefficient of ${name}` }).fill(value);
    }
  }

  async effectiveFrom(digits: string): Promise<void> {
    await typeDate(this.dialog.getByRole('group', { name: /^In effect from/ }), digits);
  }

  field(label: RegExp): Locator {
    return this.dialog.getByRole('textbox', { name: label });
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save version' }).click();
  }
}

/** The what-if screen: the proposal's fields, the comparison and its warnings. */
export class WhatIfPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}/#/pay/what-if`);
    await this.page.getByRole('heading', { level: 1, name: 'What-if: a proposed scheme' }).waitFor();
  }

  coefficient(category: string): Locator {
    return this.page.getByRole('textbox', { name: `Coefficient of ${category}` });
  }

  async compare(months: 'the last month' | 'the last 3 months' | 'the last 6 months' | 'the last 12 months'): Promise<void> {
    await this.page.getByLabel('Compare over').selectOption({ label: months });
    await this.page.getByRole('button', { name: 'Compare', exact: true }).click();
  }

  get byMember(): Locator {
    return this.page.getByRole('table', { name: 'Member by member' });
  }
}

/** The members-in-the-scheme screen and its assignment dialog. */
export class PayAssignmentsPage {
  constructor(readonly page: Page) {}

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name: new RegExp(`^Member \\d+: ${name}`) });
  }

  /** Places `name` ("Quispe, Ana") in `category` from the date typed as `digits`, paid into `bankAccount`. */
  async assign(name: string, category: string, digits: string, bankAccount: string): Promise<void> {
    await this.page.getByRole('button', { name: `Assign ${name}` }).click();
    const dialog = this.dialog(name);
    await typeDate(dialog.getByRole('group', { name: /^From/ }), digits);
    await dialog.getByLabel('Category').selectOption(category);
    await dialog.getByRole('textbox', { name: /^Bank account/ }).fill(bankAccount);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  row(name: string | RegExp): Locator {
    return this.page.getByRole('row', { name });
  }
}
