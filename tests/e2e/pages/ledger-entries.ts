import type { Locator, Page } from '@playwright/test';

/** The "New entry" screen of the journal: the lines grid, its running difference, and posting. */
export class NewEntryPage {
  constructor(readonly page: Page) {}

  async openFromJournal(url: string): Promise<void> {
    await this.page.goto(`${url}/#/ledger/journal`);
    await this.page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    await this.page.getByRole('link', { name: 'New entry' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'New journal entry' }).waitFor();
  }

  get memo(): Locator {
    return this.page.getByRole('textbox', { name: /^Description/ });
  }

  account(line: number): Locator {
    return this.page.getByRole('combobox', { name: `Account of line ${line}` });
  }

  member(line: number): Locator {
    return this.page.getByRole('textbox', { name: `Member number of line ${line} (optional)` });
  }

  debit(line: number): Locator {
    return this.page.getByRole('textbox', { name: `Debit of line ${line}` });
  }

  credit(line: number): Locator {
    return this.page.getByRole('textbox', { name: `Credit of line ${line}` });
  }

  /** Fills one line: the account by its key, and the amount on its side as typed. */
  async line(line: number, account: string, side: 'debit' | 'credit', amount: string, member?: string): Promise<void> {
    await this.account(line).selectOption(account);
    if (member !== undefined) await this.member(line).fill(member);
    await (side === 'debit' ? this.debit(line) : this.credit(line)).fill(amount);
  }

  get difference(): Locator {
    return this.page.getByTestId('entry-difference');
  }

  get submit(): Locator {
    return this.page.getByRole('button', { name: 'Post the entry' });
  }
}

/** The journal's reversal of a general entry. */
export class JournalEntries {
  constructor(readonly page: Page) {}

  entry(memo: string): Locator {
    return this.page.locator('.ledger-journal__entry').filter({ hasText: memo });
  }

  async reverse(number: number, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `Reverse entry ${number}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Reverse entry ${number}` });
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(reason);
    await dialog.getByRole('button', { name: `Reverse entry ${number}` }).click();
  }
}
