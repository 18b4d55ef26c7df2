import type { Locator, Page } from '@playwright/test';

/** The year's result (English labels): closing the fiscal year and the closed figures. */
export class SurplusYearPage {
  constructor(readonly page: Page) {}

  async open(url: string, year: number): Promise<void> {
    await this.page.goto(`${url}/#/surplus?year=${year}`);
    await this.page.getByRole('heading', { level: 1, name: "The year's result" }).waitFor();
  }

  async close(figures: { members: string; nonMembers: string; tax: string; openingLosses: string }): Promise<void> {
    await this.page.getByLabel('Result with members (ARS)').fill(figures.members);
    await this.page.getByLabel('Result with non-members (ARS)').fill(figures.nonMembers);
    await this.page.getByLabel('Tax (ARS)').fill(figures.tax);
    await this.page.getByLabel(/^Losses carried from before Minga/).fill(figures.openingLosses);
    await this.page.getByRole('button', { name: 'Close the year' }).click();
  }

  /** A closed figure by its label. */
  figure(label: string): Locator {
    return this.page.locator('.surplus-figures > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }
}

/** The simulation: the policy's fields, the waterfall, the members' shares and the invariant. */
export class SurplusSimulationPage {
  constructor(readonly page: Page) {}

  async open(url: string, year: number): Promise<void> {
    await this.page.goto(`${url}/#/surplus/simulate?year=${year}`);
    await this.page.getByRole('heading', { level: 1, name: 'Simulation of the distribution' }).waitFor();
  }

  percent(label: string): Locator {
    return this.page.getByRole('textbox', { name: `${label} (%)`, exact: true });
  }

  get waterfall(): Locator {
    return this.page.getByRole('table', { name: 'Step by step' });
  }

  step(name: string): Locator {
    return this.waterfall.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  get members(): Locator {
    return this.page.getByRole('table', { name: "Each member's share" });
  }

  member(name: string | RegExp): Locator {
    return this.members.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  get check(): Locator {
    return this.page.locator('.surplus-check');
  }

  get refusal(): Locator {
    return this.page.locator('.surplus-simulator__result').getByRole('alert');
  }

  /** Opens a member's computation from their return. */
  async explain(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: new RegExp(`^How ${name}'s return`) }).click();
    const dialog = this.page.getByRole('dialog', { name: `${name}'s return, computed` });
    await dialog.waitFor();
    return dialog;
  }

  async save(note: string): Promise<void> {
    await this.page.getByLabel('Note on this version').fill(note);
    await this.page.getByRole('button', { name: 'Save as a new version' }).click();
  }
}

/** The posting: the approved resolution, the confirmation, the reversal. */
export class SurplusPostingPage {
  constructor(readonly page: Page) {}

  async open(url: string, year: number): Promise<void> {
    await this.page.goto(`${url}/#/surplus/post?year=${year}`);
    await this.page.getByRole('heading', { level: 1, name: 'Posting the distribution' }).waitFor();
  }

  async post(resolution: RegExp): Promise<void> {
    const select = this.page.getByLabel("The assembly's resolution");
    const option = select.getByRole('option', { name: resolution });
    await select.selectOption({ label: (await option.textContent()) ?? '' });
    await this.page.getByRole('button', { name: 'Post…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Post the distribution of/ });
    await dialog.getByText('Posting is final').waitFor();
    await dialog.getByRole('button', { name: 'Post', exact: true }).click();
  }

  async reverse(reason: string): Promise<void> {
    await this.page.getByLabel(/^Reason for the reversal/).fill(reason);
    await this.page.getByRole('button', { name: 'Reverse…' }).click();
    await this.page.getByRole('dialog', { name: /^Reverse the distribution of/ }).getByRole('button', { name: 'Reverse', exact: true }).click();
  }

  get done(): Locator {
    return this.page.locator('.surplus-done');
  }
}
