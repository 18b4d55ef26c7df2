import type { Locator, Page } from '@playwright/test';

export interface SetupDetails {
  name: string;
  /** Option value: AR, ES, BR, US or custom. */
  framework: string;
  /** ISO code, chosen from the offered list. */
  currency?: string;
  /** The optional identity the legal books print; `labels` must then name its fields. */
  legalIdentity?: { taxId: string; registrationNumber: string; address: string };
  /** Option value: es, pt-BR or en. */
  language: string;
  fiscalYearStart?: { month: number; day: number };
}

/** The welcome screen and the set-up form. Labels are read in the language the test chose. */
export class FirstRunPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The language select shows each language in its own name, whatever the UI speaks. */
  async chooseLanguage(language: string): Promise<void> {
    await this.page.getByRole('combobox').first().selectOption(language);
  }

  async startSetup(choice: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: choice }).click();
  }

  async exploreDemo(choice: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: choice }).click();
  }

  /** Fills the form; `labels` are the field labels in the chosen language. */
  async fill(
    details: SetupDetails,
    labels: {
      name: RegExp;
      framework: RegExp;
      currency: RegExp;
      language: RegExp;
      month: string;
      day: string;
      taxId?: RegExp;
      registrationNumber?: RegExp;
      address?: RegExp;
    },
  ) {
    await this.page.getByRole('combobox', { name: labels.language }).selectOption(details.language);
    await this.page.getByRole('textbox', { name: labels.name }).fill(details.name);
    await this.page.getByRole('combobox', { name: labels.framework }).selectOption(details.framework);
    if (details.currency) await this.page.getByRole('combobox', { name: labels.currency }).selectOption(details.currency);
    if (details.fiscalYearStart) {
      await this.page.getByRole('combobox', { name: labels.month, exact: true }).selectOption(String(details.fiscalYearStart.month));
      await this.page.getByRole('combobox', { name: labels.day, exact: true }).selectOption(String(details.fiscalYearStart.day));
    }
    const identity = details.legalIdentity;
    if (identity && labels.taxId && labels.registrationNumber && labels.address) {
      await this.page.getByRole('textbox', { name: labels.taxId }).fill(identity.taxId);
      await this.page.getByRole('textbox', { name: labels.registrationNumber }).fill(identity.registrationNumber);
      await this.page.getByRole('textbox', { name: labels.address }).fill(identity.address);
    }
  }

  /** Submits the way a keyboard user does: Enter in the name field. */
  async submitWithEnter(nameLabel: RegExp): Promise<void> {
    await this.page.getByRole('textbox', { name: nameLabel }).press('Enter');
  }
}
