/**
 * Capitalisation (issue 12): the council plans a press financed by members' capital and a loan, is refused
 * while the financing does not add up, fixes it, reads the loan's schedule (French, to the cent, the last
 * instalment taking the remainder), adds a lower-revenue scenario, compares it with the plan year by year,
 * prints the plan for the assembly (read back from the PDF) and finally removes it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y, expect, test } from './fixtures';
import { PlanEditorPage, PlansListPage } from './pages/budgets-plans';

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
/** Intl separates the currency from the amount with a no-break space: compared as a plain one. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
/** "1,234,567.89" (en) in minor units. */
const minor = (text: string | null) => Math.round(Number((text ?? '').replace(/[^\d.-]/g, '')) * 100);

test('a press financed by capital and a loan: refused until it adds up, scheduled, compared with a bad year, printed', async ({ page, host }, testInfo) => {
  // One council meeting's work, ending with Chromium printing a PDF: longer than one screen's test.
  test.setTimeout(180_000);
  const list = new PlansListPage(page);
  const editor = new PlanEditorPage(page);

  // No plan yet: the list explains what a capitalisation plan is for.
  await list.openFromBudgets(host.url);
  await expect(page.getByText('No capitalisation plan yet')).toBeVisible();
  await expect(page.getByText(/puts a machine or a project next to the money that will pay for it/)).toBeVisible();
  await checkA11y(page);
  await list.newPlan();

  await editor.describePlan({ name: 'New press', revenue: '12,000,000.00', surplus: '800,000.00' });
  await editor.fillInvestment(1, { name: 'Hydraulic press', cost: '5,000,000.00', life: '10', hours: '1600', savings: '150,000.00' });
  await editor.addCapital({ amount: '1,500,000.00', instalments: '12' });
  await editor.addLoan({ lender: 'Banco Credicoop', principal: '3,000,000.00', rate: '9.5', instalments: '36', every: 'month', method: 'French (equal instalments)' });
  await expect(editor.balance).toContainText('The financing is short by ARS 500,000.00.');
  await checkA11y(page);

  // Saved anyway: the service refuses it and says by how much, in the user's words.
  await editor.save();
  await expect(editor.refusal).toBeFocused();
  await expect(editor.refusal).toContainText('The plan was not saved');
  await expect(editor.refusal).toContainText('The financing adds up to ARS 4,500,000.00 and the investments to ARS 5,000,000.00: a difference of ARS 500,000.00.');
  await checkA11y(page);

  // The loan grows to cover the gap; the line says it adds up and the plan is saved.
  await editor.source('Loan 1').getByRole('textbox', { name: /^Amount borrowed/ }).fill('3,500,000.00');
  await expect(editor.balance).toContainText('The financing adds up.');
  await editor.save();
  await expect(editor.toast('The plan “New press” was saved.')).toBeVisible();
  await expect(page).toHaveURL(/#\/budgets\/plans\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'New press' })).toBeVisible();
  await expect(editor.refusal).toHaveCount(0);

  // The loan's schedule: 36 monthly instalments of 112,115.32, the last taking the remainder to nil.
  const schedule = await editor.schedule('Loan 1', 'Banco Credicoop');
  const instalments = schedule.locator('tbody').first().getByRole('row');
  await expect(instalments).toHaveCount(36);
  await expect(instalments.first().getByRole('cell')).toContainText(['', '112,115.32', '27,708.33', '84,406.99', '3,415,593.01']);
  await expect(instalments.last().getByRole('cell')).toContainText(['', '112,115.49', '880.61', '111,234.88', '0.00']);
  await expect(schedule.locator('.plans-schedule__totals').getByRole('cell')).toContainText(['4,036,151.69', '536,151.69', '3,500,000.00']);
  await checkA11y(page);

  // A bad year: revenue 10% lower. The plan and the scenario side by side, year by year.
  await editor.addScenario({ name: 'Revenue 10% lower', revenueChange: '-10' });
  await expect(editor.toast('The scenario “Revenue 10% lower” was saved.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Revenue 10% lower' })).toBeChecked();
  await expect(editor.comparison).toBeVisible();
  const planSurplus = await editor.figure('Expected surplus', 'The plan').allTextContents();
  const badSurplus = await editor.figure('Expected surplus', 'Revenue 10% lower').allTextContents();
  expect(planSurplus).toHaveLength(5);
  // A tenth of 12,000,000.00 less revenue is 1,200,000.00 less surplus every year, costs unchanged.
  planSurplus.forEach((cell, year) => expect(minor(cell) - minor(badSurplus[year]!)).toBe(120_000_000));
  // Debt is the same in both: only the revenue changed.
  expect(await editor.figure('Debt outstanding', 'Revenue 10% lower').allTextContents()).toEqual(await editor.figure('Debt outstanding', 'The plan').allTextContents());
  await expect(editor.figure('Capital and reserves ÷ assets', 'The plan').first()).toHaveText(/%|—/);
  await expect(page.getByRole('figure', { name: 'Debt service ÷ surplus' })).toBeVisible();
  await expect(page.getByText('Scenario “Revenue 10% lower”: revenue changes by -10%.')).toBeVisible();
  await checkA11y(page);

  // The printable plan for the assembly, with the scenario, saved as a PDF by the app's print path.
  await editor.openPrintable();
  await expect(page).toHaveURL(/#\/print\/budgets\/plan\/\d+\?scenarios=\d+$/);
  await expect(page.getByRole('heading', { name: 'Capitalisation plan: New press' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved as .*\.pdf/ })).toBeVisible({ timeout: 30_000 });
  const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  expect(saved).toBeDefined();
  copyFileSync(join(host.downloadsDir, saved!), testInfo.outputPath('capitalisation-plan.pdf'));
  const text = plain(pdfText(join(host.downloadsDir, saved!)));
  expect(text).toContain('Cooperativa de Trabajo La Minga');
  expect(text).toContain('Capitalisation plan: New press');
  expect(text).toContain('Hydraulic press');
  expect(text).toContain('Banco Credicoop, 9.5% a year, 36 instalments every month, French (equal instalments)');
  expect(text).toContain('Repayment schedule: Banco Credicoop');
  expect(text).toContain('112,115.49');
  expect(text).toContain('Revenue 10% lower');
  expect(text).toContain('What these figures assume');

  // Back to the plan, and the plan removed after a confirmation: the list is empty again.
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  await editor.remove();
  await expect(page.getByRole('heading', { level: 1, name: 'Capitalisation plans' })).toBeVisible();
  await expect(page.getByText('No capitalisation plan yet')).toBeVisible();
});

const languages = [
  { locale: 'es', framework: 'AR', currency: 'ARS', investments: 'Inversiones', adds: 'La financiación cuadra.', scenarios: 'Escenarios', base: 'El plan', surplus: 'Excedente previsto' },
  { locale: 'pt-BR', framework: 'BR', currency: 'BRL', investments: 'Investimentos', adds: 'O financiamento fecha.', scenarios: 'Cenários', base: 'O plano', surplus: 'Sobras previstas' },
] as const;

test.describe('in the coop’s language, on a 1366×768 office screen', () => {
  test.use({ seed: 'empty', viewport: { width: 1366, height: 768 } });

  for (const lang of languages) {
    test(`the plan editor and its scenarios read in ${lang.locale}`, async ({ page, host }, testInfo) => {
      await host.call('coop.setup', { name: 'Cooperativa La Minga', framework: lang.framework, currency: lang.currency, locale: lang.locale, fiscalYearStart: '01-01' });
      const year = new Date().getFullYear() + 1;
      const { id } = (await host.call('budgets.savePlan', {
        id: null,
        name: 'Prensa 2027',
        fromYear: year,
        years: 5,
        note: null,
        expectedRevenueMinorPerYear: 1_200_000_000,
        expectedSurplusMinorPerYear: 80_000_000,
        investments: [{ name: 'Prensa hidráulica', costMinor: 500_000_000, date: `${year}-03-01`, usefulLifeYears: 10, capacityMinutesPerYear: 96_000, savingsMinorPerYear: 15_000_000, note: null }],
        financing: [
          { kind: 'capital', amountMinor: 150_000_000, date: `${year}-01-01`, instalments: 12, note: null },
          { kind: 'loan', lender: 'Banco Cooperativo', principalMinor: 350_000_000, annualRate: '9.5', periods: 36, frequency: 12, method: 'french', firstDate: `${year}-02-01` },
        ],
      })) as { id: number };
      await host.call('budgets.saveScenario', { id: null, planId: id, name: '−10 %', revenueChangePercent: '-10', financing: null });

      await page.goto(`${host.url}/#/budgets/plans/${id}`);
      await expect(page.getByRole('heading', { level: 2, name: lang.investments })).toBeVisible();
      await expect(page.locator('.plans-form__footer').getByRole('status')).toContainText(lang.adds);
      await checkA11y(page);
      await page.screenshot({ path: testInfo.outputPath(`plan-editor-${lang.locale}.png`) });

      await page.getByRole('heading', { level: 2, name: lang.scenarios }).scrollIntoViewIfNeeded();
      await expect(page.getByRole('rowheader', { name: lang.surplus, exact: true })).toBeVisible();
      await expect(page.getByRole('rowheader', { name: lang.base, exact: true }).first()).toBeVisible();
      await checkA11y(page);
      await page.screenshot({ path: testInfo.outputPath(`plan-scenarios-${lang.locale}.png`) });
      await page.locator('.plans-projection__charts').scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`plan-charts-${lang.locale}.png`) });
      await page.locator('.plans-projection__table').scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`plan-projection-${lang.locale}.png`) });
    });
  }
});
