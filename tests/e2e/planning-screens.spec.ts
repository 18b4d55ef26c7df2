/**
 * The Gantt and the load view as a Spanish- and a Portuguese-speaking planner see them on a 1366×768
 * office screen. The screenshots are kept with the test's results for a person to look at.
 */
import { expect, test } from './fixtures';
import { typeDate } from './pages/member-form';
import { dateDigits } from './pages/planning';
import { buildShop, nextMonday } from './pages/planning-data';
import { setUpCoop } from './pages/pay-data';

test.use({ seed: 'empty', viewport: { width: 1366, height: 768 } });

const languages = [
  { locale: 'es', title: 'Plan de producción', first: /^Primer día/, replan: 'Replanificar', gantt: 'Gantt por centro de trabajo y asociado', week: 'Semana', load: 'Carga', loadTitle: 'Carga y capacidad', figures: 'Ver las cifras' },
  { locale: 'pt-BR', title: 'Plano de produção', first: /^Primeiro dia/, replan: 'Replanejar', gantt: 'Gantt por centro de trabalho e cooperado', week: 'Semana', load: 'Carga', loadTitle: 'Carga e capacidade', figures: 'Ver os números' },
] as const;

for (const language of languages) {
  test(`the Gantt and the load in ${language.locale}`, async ({ page, host }, testInfo) => {
    const monday = nextMonday();
    await setUpCoop(host, language.locale);
    await buildShop(host, monday);

    await page.goto(`${host.url}/#/planning`);
    await expect(page.getByRole('heading', { level: 1, name: language.title })).toBeVisible();
    await typeDate(page.getByRole('group', { name: language.first }), dateDigits(monday, language.locale));
    await page.getByRole('button', { name: language.replan }).click();
    const gantt = page.getByRole('group', { name: language.gantt });
    await expect(gantt.getByRole('button', { name: /^P-101/ }).first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`planning-gantt-${language.locale}.png`) });
    await page.getByRole('button', { name: language.week, exact: true }).click();
    await gantt.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`planning-gantt-week-${language.locale}.png`) });

    await page.getByRole('navigation', { name: /^Páginas de planifica|^Páginas de planejamento/ }).getByRole('link', { name: language.load, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: language.loadTitle })).toBeVisible();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`planning-load-${language.locale}.png`) });
    await page.getByText(language.figures).first().click();
    await page.getByText(language.figures).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`planning-load-${language.locale}-table.png`) });
  });
}
