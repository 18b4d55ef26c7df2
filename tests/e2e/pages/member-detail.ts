import type { Locator, Page } from '@playwright/test';
import { typeDate } from './member-form';

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

  /** `date`: the digits a person types, in the coop's order (en is mm/dd/yyyy: '06012024' is 1 June 2024). */
  async changeStatus(change: { to: string; cause?: string; resolution?: string; date?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Change status' }).click();
    await this.dialog.getByRole('combobox', { name: 'New status' }).selectOption({ label: change.to });
    if (change.date) await typeDate(this.dialog.getByRole('group', { name: /^Effective date/ }), change.date);
    if (change.cause) await this.dialog.getByRole('textbox', { name: /Cause/ }).fill(change.cause);
    if (change.resolution) await this.dialog.getByRole('textbox', { name: /Resolution/ }).fill(change.resolution);
    await this.dialog.getByRole('button', { name: 'Record change' }).click();
  }

  /** The status history's "Correct this entry" for the entry on `date` as shown. */
  correctButton(shownDate: string): Locator {
    return this.history.getByRole('row').filter({ hasText: shownDate }).getByRole('button', { name: /^Correct this entry/ });
  }
}
