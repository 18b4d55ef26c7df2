import type { Locator, Page } from '@playwright/test';

/** The budget screen (English labels): the year's versions, the lines grid of the one shown, and its actions. */
export class BudgetPage {
  constructor(readonly page: Page) {}

  async open(url: string, year: number): Promise<void> {
    await this.page.goto(`${url}/#/budgets?year=${year}`);
    await this.page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
  }

  async newDraft(from: 'An empty budget' | RegExp = 'An empty budget'): Promise<void> {
    await this.page.getByRole('button', { name: 'New draft…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^New draft of the/ });
    if (from !== 'An empty budget') await dialog.getByLabel('Start from').selectOption({ label: from instanceof RegExp ? from.source : from });
    await dialog.getByRole('button', { name: 'Create the draft' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Adds a line at the end with its account (the chart's key) and description. */
  async addLine(n: number, account: string, label: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a line' }).click();
    await this.page.getByRole('combobox', { name: `Account of line ${n}` }).selectOption(account);
    await this.page.getByRole('textbox', { name: `Description of line ${n}` }).fill(label);
  }

  /** A month's cell of a line, by the line's name as the grid says it ("Sales of products — Ventas, Jan"). */
  cell(line: string, month: string): Locator {
    return this.page.getByRole('textbox', { name: `${line}, ${month}`, exact: true });
  }

  async spread(line: string, yearly: string, method: 'Evenly over the twelve months' | "Like last year's actuals of this account" | 'By the working days of each month'): Promise<void> {
    await this.page.getByRole('button', { name: `Spread a yearly figure over ${line}` }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Spread a yearly figure/ });
    await dialog.getByRole('textbox', { name: /^Figure for the whole year/ }).fill(yearly);
    await dialog.getByLabel('How to spread it').selectOption({ label: method });
    await dialog.getByRole('button', { name: 'Fill the months' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save the budget' }).click();
  }

  /** Approves the shown draft with the resolution whose reference or title matches. */
  async approve(resolution: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Approve…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Approve version/ });
    const picker = dialog.getByLabel('Resolution of the assembly');
    const label = await picker.locator('option').filter({ hasText: resolution }).first().textContent();
    await picker.selectOption({ label: label ?? '' });
    await dialog.getByRole('button', { name: 'Approve the budget' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  get versions(): Locator {
    return this.page.getByRole('table', { name: "Versions of the year's budget" });
  }

  get grid(): Locator {
    return this.page.getByRole('table', { name: /^Budget lines by month/ });
  }

  /** A totals row of the grid: 'Total income', 'Total expenses' or 'Income − expenses'. */
  sumRow(name: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}

/** Budget against actuals: the table by account, the forecast toggle and the two charts. */
export class ActualsPage {
  constructor(readonly page: Page) {}

  async open(url: string, year: number): Promise<void> {
    await this.page.goto(`${url}/#/budgets/actuals?year=${year}`);
    await this.page.getByRole('heading', { level: 1, name: 'Budget against actuals' }).waitFor();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /^Budget and actuals by account/ });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async forecastBy(choice: 'Actuals, then the budget' | 'Actuals, then the trend so far'): Promise<void> {
    await this.page.getByRole('radio', { name: choice }).check();
  }
}
