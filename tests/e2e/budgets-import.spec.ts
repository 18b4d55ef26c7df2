/**
 * A budget imported from a spreadsheet on screen (issue 12, "Command line and exports"): the dialog is
 * opened from the budget screen, a file with problems is reported line by line and cannot be imported, a
 * clean one becomes the year's draft, and the draft saved as CSV gives back the same lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y, expect, test } from './fixtures';
import { BudgetPage } from './pages/budgets';
import { budgetCoop, thisYear } from './pages/budgets-data';
import { BudgetImportDialogPage } from './pages/budgets-import';

test.use({ seed: 'empty' });

const blank = (n: number) => Array<string>(n).fill('');
const row = (year: number | string, account: string, label: string, first: string, total: string) => [String(year), account, '', label, first, ...blank(11), total].join(',');
const header = ['Year', 'Account', 'Code', 'Label', ...Array.from({ length: 12 }, (_, i) => `M${i + 1}`), 'Total'].join(',');

test('a budget file is checked line by line, then imported as the year’s draft, and saved back as the same lines', async ({ page, host }) => {
  await budgetCoop(host, 'en', 1);
  const year = thisYear();
  const budget = new BudgetPage(page);
  await budget.open(host.url, year);
  const dialog = new BudgetImportDialogPage(page);
  await dialog.open();

  await dialog.choose('bad.csv', [header, row(year, 'ventas', 'Bread', '100.00', ''), row(year, 'sales', 'Bread', '12.5x', ''), row(year + 1, 'energy', 'Power', '10.00', '20.00')].join('\n'));
  await expect(dialog.report).toContainText('The file has 4 problems; nothing will be imported.');
  expect(await dialog.problems()).toEqual([
    ['2', 'Account (key)', 'ventas', expect.stringContaining('is not an account a budget plans')],
    ['3', 'Month 1', '12.5x', expect.stringContaining('is not an amount')],
    ['4', 'Year', String(year + 1), expect.stringContaining(`but the file is for ${year}`)],
    ['4', 'Total', '20.00', expect.stringContaining('is not the sum of the twelve months')],
  ]);
  await expect(dialog.confirm(0)).toBeDisabled();
  await checkA11y(page);

  await dialog.choose('good.csv', [header, row(year, 'sales', 'Bread and pastries', '1500.00', '1500.00'), row(year, 'energy', 'Power', '99.99', '')].join('\n'));
  await expect(dialog.report).toContainText(`2 budget lines read for ${year}: income ARS 1,500.00, expenses ARS 99.99.`);
  await expect(dialog.report).toContainText(`A new draft of the ${year} budget will be created with these lines.`);
  await dialog.confirm(2).click();
  await expect(page.getByRole('status').filter({ hasText: `2 lines imported into version 1 of the ${year} budget.` })).toBeVisible();
  await expect(dialog.dialog).toBeHidden();
  await expect(budget.versions).toContainText('Draft');
  await checkA11y(page);

  await page.getByRole('button', { name: 'Save as CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: /2 budget lines saved to .*\.csv/ })).toBeVisible();
  const file = readdirSync(host.downloadsDir).find((f) => f.endsWith('.csv'));
  expect(file).toBeDefined();
  const lines = readFileSync(join(host.downloadsDir, file!), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines.slice(1).map((l) => l.split(',').filter((_, i) => i !== 2))).toEqual([
    [String(year), 'sales', 'Bread and pastries', '1500.00', ...Array<string>(11).fill('0.00'), '1500.00'],
    [String(year), 'energy', 'Power', '99.99', ...Array<string>(11).fill('0.00'), '99.99'],
  ]);
});
