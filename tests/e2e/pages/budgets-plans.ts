import type { Locator, Page } from '@playwright/test';

/** The capitalisation plans (English labels, a coop in ARS): the list, the editor, scenarios and the years ahead. */
export class PlansListPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}/#/budgets/plans`);
    await this.page.getByRole('heading', { level: 1, name: 'Capitalisation plans' }).waitFor();
  }

  /** Through the section's navigation, as a person gets there. */
  async openFromBudgets(url: string): Promise<void> {
    await this.page.goto(`${url}/#/budgets`);
    await this.page.getByRole('link', { name: 'Capitalisation' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Capitalisation plans' }).waitFor();
  }

  async newPlan(): Promise<void> {
    await this.page.getByRole('button', { name: 'New plan' }).first().click();
    await this.page.getByRole('heading', { level: 1, name: 'New capitalisation plan' }).waitFor();
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
}

export interface LoanTerms {
  lender: string;
  principal: string;
  rate: string;
  instalments: string;
  every?: 'month' | 'quarter' | 'half year' | 'year';
  method?: 'French (equal instalments)' | 'German (equal repayments of principal)';
}

export class PlanEditorPage {
  readonly scenarioDialog: Locator;

  constructor(readonly page: Page) {
    this.scenarioDialog = page.getByRole('dialog', { name: /scenario/i });
  }

  async open(url: string, id: number): Promise<void> {
    await this.page.goto(`${url}/#/budgets/plans/${id}`);
    await this.page.getByRole('heading', { level: 2, name: 'Investments' }).waitFor();
  }

  get plan(): Locator {
    return this.page.getByRole('group', { name: 'The plan', exact: true });
  }

  async describePlan(plan: { name: string; revenue: string; surplus: string }): Promise<void> {
    await this.plan.getByRole('textbox', { name: /^Name of the plan/ }).fill(plan.name);
    await this.plan.getByRole('textbox', { name: /^Yearly revenue today/ }).fill(plan.revenue);
    await this.plan.getByRole('textbox', { name: /^Yearly surplus today/ }).fill(plan.surplus);
  }

  investment(n: number): Locator {
    return this.page.getByRole('group', { name: `Investment ${n}`, exact: true });
  }

  async fillInvestment(n: number, machine: { name: string; cost: string; life: string; hours?: string; savings?: string }): Promise<void> {
    const group = this.investment(n);
    await group.getByRole('textbox', { name: /^Machine or project/ }).fill(machine.name);
    await group.getByRole('textbox', { name: /^Cost \(/ }).fill(machine.cost);
    await group.getByRole('textbox', { name: /^Useful life/ }).fill(machine.life);
    if (machine.hours) await group.getByRole('textbox', { name: /^Capacity gained/ }).fill(machine.hours);
    if (machine.savings) await group.getByRole('textbox', { name: /^Yearly savings/ }).fill(machine.savings);
  }

  /** A source of money by its title ("Loan 1", "Members' new capital 1"). */
  source(title: string): Locator {
    return this.page.getByRole('group', { name: title, exact: true });
  }

  async addCapital(capital: { amount: string; instalments: string }): Promise<void> {
    await this.page.getByRole('button', { name: "Add members' new capital" }).click();
    const group = this.source("Members' new capital 1");
    await group.getByRole('textbox', { name: /^Capital to subscribe/ }).fill(capital.amount);
    await group.getByRole('textbox', { name: /^Instalments/ }).fill(capital.instalments);
  }

  async addLoan(loan: LoanTerms): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a loan' }).click();
    const group = this.source('Loan 1');
    await group.getByRole('textbox', { name: /^Lender/ }).fill(loan.lender);
    await group.getByRole('textbox', { name: /^Amount borrowed/ }).fill(loan.principal);
    await group.getByRole('textbox', { name: /^Annual rate/ }).fill(loan.rate);
    await group.getByRole('textbox', { name: /^Number of instalments/ }).fill(loan.instalments);
    if (loan.every) await group.getByRole('combobox', { name: 'Instalments every' }).selectOption({ label: loan.every });
    if (loan.method) await group.getByRole('combobox', { name: 'Repayment' }).selectOption({ label: loan.method });
  }

  /** The live line under the financing: whether the sources add up. */
  get balance(): Locator {
    return this.page.locator('.plans-form__footer').getByRole('status');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save the plan' }).click();
  }

  /** What the service said when it refused the plan. */
  get refusal(): Locator {
    return this.page.locator('.plans-form .form-error-summary');
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.toasts').getByText(text);
  }

  /** Opens a loan's schedule and answers its table. */
  async schedule(loanTitle: string, lender: string): Promise<Locator> {
    await this.source(loanTitle).getByText(/^See the schedule/).click();
    return this.page.getByRole('table', { name: `Repayment schedule: ${lender}` });
  }

  async addScenario(scenario: { name: string; revenueChange: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a scenario' }).click();
    await this.scenarioDialog.getByRole('textbox', { name: /^Name of the scenario/ }).fill(scenario.name);
    await this.scenarioDialog.getByRole('textbox', { name: /^Change of revenue/ }).fill(scenario.revenueChange);
    await this.scenarioDialog.getByRole('button', { name: 'Save the scenario' }).click();
    await this.scenarioDialog.waitFor({ state: 'hidden' });
  }

  get comparison(): Locator {
    return this.page.getByRole('table', { name: /^The plan and its scenarios, year by year/ });
  }

  /** The cells of one figure for one scenario ("Expected surplus", "The plan"), year by year. */
  figure(figure: string, scenario: string): Locator {
    const group = this.comparison.getByRole('rowgroup').filter({ has: this.page.getByRole('rowheader', { name: figure, exact: true }) });
    return group.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: scenario, exact: true }) }).getByRole('cell');
  }

  async openPrintable(): Promise<void> {
    await this.page.getByRole('button', { name: 'Printable plan' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Capitalisation plan, printable' }).waitFor();
  }

  async remove(): Promise<void> {
    await this.page.getByRole('button', { name: 'Remove the plan' }).click();
    await this.page.getByRole('dialog', { name: /^Remove the plan/ }).getByRole('button', { name: 'Remove the plan' }).click();
  }
}
