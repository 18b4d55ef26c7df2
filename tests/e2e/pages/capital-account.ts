import type { Locator, Page } from '@playwright/test';

/** A member's capital account: figures, subscriptions with their instalments, and the treasurer's dialogs. */
export class CapitalAccountPage {
  readonly subscribeDialog: Locator;
  readonly payDialog: Locator;
  readonly transferDialog: Locator;
  readonly refundDialog: Locator;

  constructor(readonly page: Page) {
    this.subscribeDialog = page.getByRole('dialog', { name: 'Subscribe capital' });
    this.payDialog = page.getByRole('dialog', { name: 'Pay an instalment' });
    this.transferDialog = page.getByRole('dialog', { name: 'Transfer capital' });
    this.refundDialog = page.getByRole('dialog', { name: /Request the refund/ });
  }

  /** From the member's page, as a treasurer gets there. */
  async openFromMember(url: string, memberId: number): Promise<void> {
    await this.page.goto(`${url}/#/members/${memberId}`);
    await this.page.getByRole('link', { name: 'Capital account' }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Capital account of/ }).waitFor();
  }

  /** The amount a figure box shows ("Subscribed", "Paid in", "Still to pay"). */
  figure(label: string): Locator {
    return this.page.locator('.capital-figures > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  get subscriptions(): Locator {
    return this.page.getByRole('table').filter({ has: this.page.getByText('Subscriptions and instalments') });
  }

  async startSubscription(terms: { shares: string; instalments: string; paidNow?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Subscribe capital' }).click();
    await this.subscribeDialog.getByRole('textbox', { name: /^Shares/ }).fill(terms.shares);
    await this.subscribeDialog.getByRole('textbox', { name: /^Number of instalments/ }).fill(terms.instalments);
    if (terms.paidNow !== undefined) await this.subscribeDialog.getByRole('textbox', { name: /^Paid now/ }).fill(terms.paidNow);
  }

  /** The plan the dialog shows before saving, one line per instalment: [number, due date, amount]. */
  async planLines(): Promise<string[][]> {
    const rows = this.subscribeDialog.locator('.capital-plan tbody tr');
    const lines: string[][] = [];
    // Intl puts a no-break space between the currency and the amount: compared as a plain space.
    for (let i = 0; i < (await rows.count()); i += 1) lines.push((await rows.nth(i).locator('td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ')));
    return lines;
  }

  async confirmSubscription(): Promise<void> {
    await this.subscribeDialog.getByRole('button', { name: 'Subscribe', exact: true }).click();
  }

  /** Pays into the first subscription with something due; the amount offered is the next instalment's unless `amount` is typed. */
  async pay(amount?: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Pay into the/ }).first().click();
    if (amount !== undefined) await this.payDialog.getByRole('textbox', { name: /^Amount/ }).fill(amount);
    await this.payDialog.getByRole('button', { name: 'Record payment' }).click();
  }

  async transfer(terms: { search: string; member: RegExp; amount: string; reference: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Transfer to another member' }).click();
    await this.transferDialog.getByRole('searchbox', { name: 'To member' }).fill(terms.search);
    await this.transferDialog.getByRole('listbox').selectOption({ label: (await this.matchLabel(terms.member)) ?? '' });
    await this.transferDialog.getByRole('textbox', { name: /^Amount/ }).fill(terms.amount);
    await this.transferDialog.getByRole('textbox', { name: /^Council approval reference/ }).fill(terms.reference);
    await this.transferDialog.getByRole('button', { name: 'Record transfer' }).click();
  }

  private async matchLabel(member: RegExp): Promise<string | undefined> {
    const options = this.transferDialog.getByRole('option', { name: member });
    await options.first().waitFor();
    return (await options.first().textContent()) ?? undefined;
  }

  async requestRefund(): Promise<void> {
    await this.page.getByRole('button', { name: 'Request refund' }).click();
    await this.refundDialog.getByRole('button', { name: 'Request refund' }).click();
  }

  get statement(): Locator {
    return this.page.getByRole('region', { name: 'Capital statement' });
  }
}
