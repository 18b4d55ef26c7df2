import type { Locator, Page } from '@playwright/test';

/** A member's page: entry, status with its history, change log, and the status dialog. */
export class MemberDetailPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Change status' });
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  get status(): Locator {
    return this.page.locator('.member-header__status');
  }

  get history(): Locator {
    return this.page.getByRole('region', { name: 'Status history' });
  }

  get changeLog(): Locator {
    return this.page.getByRole('region', { name: 'Change log' });
  }

  /** The value shown for a field of the register entry. */
  value(label: string): Locator {
    return this.page.locator('.member-fields__item').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Edit', exact: true }).click();
  }

  async changeStatus(change: { to: string; cause?: string; resolution?: string; date?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Change status' }).click();
    await this.dialog.getByRole('combobox', { name: 'New status' }).selectOption({ label: change.to });
    if (change.date) await this.dialog.getByLabel('Effective date').fill(change.date);
    if (change.cause) await this.dialog.getByRole('textbox', { name: /Cause/ }).fill(change.cause);
    if (change.resolution) await this.dialog.getByRole('textbox', { name: /Resolution/ }).fill(change.resolution);
    await this.dialog.getByRole('button', { name: 'Record change' }).click();
  }
}
