/**
 * The year's budget from start to end (issue 12): the treasurer types a draft month by month and spreads
 * yearly figures, saves it, the assembly's resolution approves it (then it is read-only), the actuals of
 * the closed months stand beside it with the difference and the forecast, break-even says what the budget
 * lets the coop pay, and the budget is printed for the assembly (read back from the PDF).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y, expect, test } from './fixtures';
import { ActualsPage, BudgetPage } from './pages/budgets';
import { budgetCoop, budgetResolution, closedMonthsThisYear, postMonthlyActuals, thisYear } from './pages/budgets-data';

test.use({ seed: 'empty' });

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const SALES = 'Sales of products — Ventas de muebles';
const MATERIALS = 'Materials and purchases — Madera y herrajes';

test('a budget is typed, spread, saved, approved, compared with the actuals and printed', async ({ page, host }, testInfo) => {
  test.setTimeout(180_000);
  const year = thisYear();
  const memberIds = await budgetCoop(host, 'en');
  await postMonthlyActuals(host, year, closedMonthsThisYear());
  await budgetResolution(host, memberIds, year);

  const budget = new BudgetPage(page);
  await budget.open(host.url, year);
  await expect(page.getByText(`No budget for ${year} yet`)).toBeVisible();
  await checkA11y(page);
  await budget.newDraft();
  await expect(page.getByRole('heading', { level: 2, name: `Version 1 of the ${year} budget Draft` })).toBeVisible();

  // Sales spread evenly, December raised by hand; materials spread; the months' keys move as in a sheet.
  await budget.addLine(1, 'sales', 'Ventas de muebles');
  await budget.spread(SALES, '13,200,000.00', 'Evenly over the twelve months');
  await expect(budget.cell(SALES, 'Mar')).toHaveValue('1,100,000.00');
  await budget.addLine(2, 'materials', 'Madera y herrajes');
  await budget.spread(MATERIALS, '4,800,000.00', 'Evenly over the twelve months');
  await budget.cell(SALES, 'Dec').fill('1,200,000.00');
  await page.keyboard.press('Enter');
  await expect(budget.cell(MATERIALS, 'Dec')).toBeFocused();
  await page.keyboard.press('Shift+Enter');
  await expect(budget.cell(SALES, 'Dec')).toBeFocused();
  await expect(budget.sumRow('Total income')).toContainText('13,300,000.00');
  await expect(budget.sumRow('Income − expenses')).toContainText('8,500,000.00');

  // A typo is marked and stops the save, in a sentence.
  await budget.cell(MATERIALS, 'Jan').fill('4OO,000');
  await budget.save();
  await expect(page.getByRole('alert').filter({ hasText: /^Nothing was saved/ })).toBeVisible();
  await expect(budget.cell(MATERIALS, 'Jan')).toHaveAttribute('aria-invalid', 'true');
  await checkA11y(page);
  await budget.cell(MATERIALS, 'Jan').fill('400,000.00');

  // Leaving with unsaved months asks first.
  await page.getByRole('link', { name: 'Budget against actuals' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/#\/budgets\?year=/);

  await budget.save();
  await expect(page.getByRole('status').filter({ hasText: 'The budget is saved.' })).toBeVisible();
  await expect(budget.versions.getByRole('row', { name: /Version 1/ })).toContainText('13,300,000.00');

  // The assembly's resolution approves it: final from then on.
  await budget.approve(new RegExp(`Presupuesto ${year}`));
  await expect(page.getByRole('heading', { level: 2, name: `Version 1 of the ${year} budget Approved` })).toBeVisible();
  await expect(page.getByText(/^Approved by .* It is final: to change it, revise it\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save the budget' })).toHaveCount(0);
  await expect(budget.cell(SALES, 'Jan')).toHaveCount(0);
  await expect(budget.grid.getByRole('row', { name: /Ventas de muebles/ })).toContainText('1,200,000.00');
  await expect(page.getByRole('button', { name: 'Revise (new draft)' })).toBeVisible();
  await checkA11y(page);

  // Against the actuals of the closed months: 1,000,000.00 of sales a month against 1,100,000.00 budgeted.
  const closed = closedMonthsThisYear();
  const amount = (minor: number) => new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(minor / 100);
  const actuals = new ActualsPage(page);
  await actuals.open(host.url, year);
  const sales = actuals.row('Sales of products');
  await expect(sales).toContainText(amount(closed * 1_000_000_00));
  await expect(sales).toContainText(amount(closed * 1_100_000_00));
  await expect(sales).toContainText(closed > 0 ? 'worse' : '');
  await expect(sales).toContainText(amount(closed * 1_000_000_00 + (12 - closed) * 1_100_000_00 + (closed < 12 ? 100_000_00 : 0)));
  await actuals.forecastBy('Actuals, then the trend so far');
  await expect(page.getByRole('columnheader', { name: 'Forecast (trend)' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /budget and actual by month$/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Cash position by month' })).toBeVisible();
  await checkA11y(page);

  // Break-even: a sentence the assembly can read.
  await page.getByRole('link', { name: 'Break-even and capacity' }).click();
  await expect(page.getByText(/the coop can pay .* an hour for the .* hours its members committed to\./)).toBeVisible();
  await checkA11y(page);

  // The printed budget, made into a PDF by the app's print path.
  await budget.open(host.url, year);
  await page.getByRole('link', { name: 'Print' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Budget ${year}, version 1` })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved as .*\.pdf/ })).toBeVisible({ timeout: 30_000 });
  const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  expect(saved).toBeDefined();
  copyFileSync(join(host.downloadsDir, saved!), testInfo.outputPath('budget.pdf'));
  const text = pdfText(join(host.downloadsDir, saved!));
  expect(text).toContain('Cooperativa de Trabajo La Minga');
  expect(text).toContain(`Budget ${year}, version 1`);
  expect(text).toMatch(/Ventas de\s+muebles/);
  expect(text).toContain('13,300,000.00');
  expect(text).toMatch(/approved by/);

  // A change after approval is a revision: a new draft copying the approved months, which can be discarded.
  await budget.open(host.url, year);
  await page.getByRole('button', { name: 'Revise (new draft)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Version 2 of the ${year} budget Draft` })).toBeVisible();
  await expect(budget.cell(SALES, 'Dec')).toHaveValue('1,200,000.00');
  await page.getByRole('button', { name: 'Discard the draft…' }).click();
  const discard = page.getByRole('dialog', { name: 'Discard draft version 2?' });
  await checkA11y(page);
  await discard.getByRole('button', { name: 'Discard the draft' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Version 1 of the ${year} budget Approved` })).toBeVisible();
  await expect(budget.versions.getByRole('row')).toHaveCount(2);
});
