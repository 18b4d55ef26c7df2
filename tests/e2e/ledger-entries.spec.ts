/**
 * General journal entries on screen (issue 12, seams §2): the treasurer types the month's sales as a
 * grid of lines with a running difference, Enter adds a line, the entry posts only once it balances, shows
 * in the journal, and is reversed there with a reason; a refusal of the journal is shown as a sentence.
 */
import { checkA11y, expect, test } from './fixtures';
import { addMember } from './pages/capital-data';
import { JournalEntries, NewEntryPage } from './pages/ledger-entries';

test('a balanced general entry is typed line by line, posted, shown in the journal and reversed there', async ({ page, host }) => {
  const entry = new NewEntryPage(page);
  await entry.openFromJournal(host.url);
  await entry.memo.fill('Sales of March, invoices 101 to 164');
  await entry.line(1, 'bank', 'debit', '1,210.00');
  await entry.line(2, 'sales', 'credit', '1,000.00');
  await expect(entry.difference).toHaveText(/210\.00 Dr$/);
  await expect(entry.submit).toBeDisabled();

  // Enter on the last line adds a line and puts the cursor on its account.
  await entry.credit(2).press('Enter');
  await expect(entry.account(3)).toBeFocused();
  await entry.line(3, 'tax_payable', 'credit', '210.00');
  await expect(entry.difference).toHaveText('Balanced');
  await expect(entry.submit).toBeEnabled();
  await checkA11y(page);
  await entry.submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry 1 posted.' })).toBeVisible();

  await page.getByRole('link', { name: 'Back to the journal' }).click();
  const journal = new JournalEntries(page);
  await expect(journal.entry('Sales of March, invoices')).toContainText('1,210.00');
  await checkA11y(page);
  await journal.reverse(1, 'Sales of March entered twice');
  await expect(page.getByRole('status').filter({ hasText: 'Entry 1 reversed by entry 2.' })).toBeVisible();
  await expect(journal.entry('Sales of March, invoices')).toContainText('reversed by entry 2');
  await expect(journal.entry('Sales of March entered twice')).toContainText('reverses entry 1');
  await expect(page.getByRole('button', { name: /^Reverse entry/ })).toHaveCount(0);
});

test('the journal’s refusal is a sentence naming the line: a member number nobody has', async ({ page, host }) => {
  const member = await addMember(host, 'Quispe', 'Rosa');
  const entry = new NewEntryPage(page);
  await entry.openFromJournal(host.url);
  await entry.memo.fill('Advance paid');
  await entry.line(1, 'members_pay', 'debit', '300.00', '77');
  await entry.line(2, 'bank', 'credit', '300.00');
  await entry.submit.click();
  await expect(page.getByRole('alert')).toHaveText('Line 1: no member has number 77.');
  await checkA11y(page);

  await entry.member(1).fill(String(member.memberNumber));
  await entry.submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry 1 posted.' })).toBeVisible();
  // The form is ready for the next entry.
  await expect(entry.memo).toHaveValue('');
  await expect(entry.difference).toHaveText('Balanced');
});
