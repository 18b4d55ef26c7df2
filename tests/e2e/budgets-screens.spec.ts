/**
 * The budget grid and budget-against-actuals as a Spanish- and a Portuguese-speaking secretary see them
 * on a 1366×768 office screen: words in the coop's language, amounts and months written its way, the
 * grid's cells read in the coop's decimal format. The screenshots are kept with the test's results.
 */
import { checkA11y, expect, test } from './fixtures';
import { approvedBudgetWithActuals } from './pages/budgets-data';

test.use({ seed: 'empty', viewport: { width: 1366, height: 768 } });

const languages = [
  { locale: 'es', title: 'Presupuesto', jan: 'ene', draft: 'Borrador', actuals: 'Presupuesto y real', series: 'Ingresos − gastos: presupuesto y real por mes', cash: 'Caja mes a mes', breakEven: /la cooperativa puede pagar .* la hora/ },
  { locale: 'pt-BR', title: 'Orçamento', jan: 'jan.', draft: 'Rascunho', actuals: 'Orçado e realizado', series: 'Receitas − despesas: orçado e realizado por mês', cash: 'Caixa mês a mês', breakEven: /a cooperativa pode pagar .* por hora/ },
] as const;

for (const language of languages) {
  test(`the budget grid and the actuals in ${language.locale}`, async ({ page, host }, testInfo) => {
    test.setTimeout(120_000);
    const { year, versionId } = await approvedBudgetWithActuals(host, language.locale);
    // A revision: the approved budget copied into a draft, so the grid is open for typing.
    const { id } = (await host.call('budgets.revise', { versionId, note: null })) as { id: number };

    await page.goto(`${host.url}/#/budgets?year=${year}&version=${id}`);
    await expect(page.getByRole('heading', { level: 1, name: language.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: language.draft })).toBeVisible();
    const firstCell = page.locator('input[data-cell]').first();
    await expect(firstCell).toHaveValue('1.100.000,00');
    await expect(page.getByRole('columnheader', { name: language.jan, exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`budget-grid-${language.locale}.png`) });
    await page.getByRole('region').filter({ has: page.locator('input[data-cell]') }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`budget-grid-${language.locale}-lines.png`) });
    await checkA11y(page);

    await page.goto(`${host.url}/#/budgets/actuals?year=${year}`);
    await expect(page.getByRole('heading', { level: 1, name: language.actuals })).toBeVisible();
    await expect(page.getByRole('figure', { name: language.series })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`budget-actuals-${language.locale}.png`) });
    await page.getByRole('figure', { name: language.cash }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`budget-actuals-${language.locale}-charts.png`) });
    await checkA11y(page);

    await page.goto(`${host.url}/#/budgets/break-even?year=${year}`);
    await expect(page.getByText(language.breakEven)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`budget-break-even-${language.locale}.png`) });
  });
}
