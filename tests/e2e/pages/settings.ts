import type { Locator, Page } from '@playwright/test';

/** The settings screen: profile, statute parameters, appearance and data safety (English labels). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}/#/settings`);
  }

  get name(): Locator {
    return this.page.getByRole('textbox', { name: /Name of the cooperative/ });
  }

  /** The members register's section: how many days ahead a status change may be dated. */
  get membersSection(): Locator {
    return this.page.getByRole('region', { name: 'Members register' });
  }

  get statusMarginDays(): Locator {
    return this.membersSection.getByRole('textbox', { name: /Days ahead a status change may be dated/ });
  }

  get language(): Locator {
    return this.page.getByRole('combobox', { name: 'Language' });
  }

  /** A statutory fund's percentage field, found by the fund's name. */
  fund(name: string): Locator {
    return this.page.getByRole('group', { name: 'Statutory funds' }).getByRole('textbox', { name: new RegExp(`^${name} \\(%\\)`) });
  }

  /** The date a changed statute takes effect from (a date field of day, month and year segments). */
  get effectiveFrom(): Locator {
    return this.page.getByRole('group', { name: /A changed statute is in force from/ });
  }

  /** Types a date into the effective-from field as a keyboard user does: digits, segment after segment. */
  async typeEffectiveFrom(digits: string): Promise<void> {
    await this.effectiveFrom.getByRole('spinbutton').first().click();
    await this.page.keyboard.type(digits);
  }

  /** The message tied to a field through aria-describedby (hint and error). */
  async descriptionOf(field: Locator): Promise<string> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const texts = await Promise.all(ids.map((id) => this.page.locator(`[id="${id}"]`).textContent()));
    return texts.join(' ');
  }

  async save(label: string | RegExp = 'Save settings'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }

  async resetToDefaults(): Promise<Locator> {
    await this.page.getByRole('button', { name: /Reset to the defaults of/ }).click();
    return this.page.getByRole('dialog');
  }

  async chooseTheme(name: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name }).check();
  }
}
