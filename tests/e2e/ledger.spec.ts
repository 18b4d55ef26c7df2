/**
 * The accountant's side (issue 7): every capital operation's journal entry shows in a balanced trial
 * balance and in the journal; the accountant's codes are edited in place and used by the reports; the
 * journal of a period is exported in the format picked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y, expect, test } from './fixtures';
import { addClass, addMember, subscribe } from './pages/capital-data';
import { LedgerPage } from './pages/ledger';

test('the trial balance of the capital operations balances, and the journal shows each entry with its lines', async ({ page, host }) => {
  const member = await addMember(host, 'Apaza', 'Nora');
  const shareClass = await addClass(host);
  await subscribe(host, member.id, shareClass.id, 5, 100_000, 4);

  const ledger = new LedgerPage(page);
  await ledger.open(host.url);
  await expect(ledger.trialTotals).toContainText('Balanced');
  // The currency is named once above the figures; each row: opening, debit, credit, period balance, closing.
  await expect(page.locator('.ledger-trial caption')).toHaveText('Amounts in ARS. Dr: debit balance; Cr: credit balance.');
  await expect(ledger.trialTotals).toContainText('6,000.00');
  const receivable = await ledger.trialRow('Capital subscribed, not yet paid');
  expect(receivable.join(' | ').replace(/\s+/g, ' ')).toMatch(/\| 0\.00 \| 5,000\.00 \| 1,000\.00 \| 4,000\.00 Dr \| 4,000\.00 Dr$/);
  await checkA11y(page);

  await page.getByRole('navigation', { name: 'Accounting pages' }).getByRole('link', { name: 'Journal' }).click();
  const entries = page.locator('.ledger-journal__entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("Members' capital");
  await checkA11y(page);
});

test('the accountant’s code is edited in place and the reports use it; the period exports to CSV', async ({ page, host }) => {
  const member = await addMember(host, 'Vargas', 'Pedro');
  const shareClass = await addClass(host);
  await subscribe(host, member.id, shareClass.id, 1, 100_000);

  const ledger = new LedgerPage(page);
  await ledger.open(host.url, 'accounts');
  await ledger.codeField('Bank').fill('1.1.02 x');
  await expect(page.getByText('An account code holds letters, digits, dots and dashes only, 32 at most.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save 1 code' })).toBeDisabled();
  await ledger.codeField('Bank').fill('1.1.02.001');
  await checkA11y(page);
  await page.getByRole('button', { name: 'Save 1 code' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 account code saved.' })).toBeVisible();

  await ledger.open(host.url);
  expect((await ledger.trialRow('Bank'))[0]).toBe('1.1.02.001');
  await ledger.exportAs('CSV (one row per posting)');
  await expect(page.getByRole('status').filter({ hasText: /postings? exported to .*\.csv/ })).toBeVisible();
  const file = readdirSync(host.downloadsDir).find((f) => f.endsWith('.csv'));
  expect(file).toBeDefined();
  const csv = readFileSync(join(host.downloadsDir, file!), 'utf8');
  expect(csv).toContain('1.1.02.001');
  expect(csv).toContain('1000.00');
});

test('the accountant’s codes import from CSV after a dry run that lists each problem by line', async ({ page, host }) => {
  const ledger = new LedgerPage(page);
  await ledger.open(host.url, 'accounts');
  await page.getByRole('button', { name: 'Import codes from CSV' }).click();
  const dialog = page.getByRole('dialog', { name: "Import the accountant's codes" });
  const input = dialog.locator('input[type="file"]');
  await input.setInputFiles({ name: 'codes.csv', mimeType: 'text/csv', buffer: Buffer.from('account,code\nbank,1.1.02\nvault,9.9\n') });
  await expect(dialog.getByText(/The file has 1 problem; nothing will be imported/)).toBeVisible();
  await expect(dialog.getByRole('row', { name: /3 vault/ })).toContainText('This account is not in the chart');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await checkA11y(page);

  await input.setInputFiles({ name: 'codes.csv', mimeType: 'text/csv', buffer: Buffer.from('account,code\nbank,1.1.02\ncash,1.1.01\n') });
  await expect(dialog.getByText('2 lines read; 2 codes will change.')).toBeVisible();
  await expect(dialog.getByRole('row', { name: '2 Bank 1.1.1.02 1.1.02' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 codes' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 account codes imported.' })).toBeVisible();
  await expect(ledger.codeField('Bank')).toHaveValue('1.1.02');
  await expect(ledger.codeField('Cash')).toHaveValue('1.1.01');
});
