/**
 * The run and what-if screens as a Spanish- and a Portuguese-speaking treasurer see them on a 1366×768
 * office screen: words in the coop's language, amounts and months written its way. The screenshots are
 * kept with the test's results for a person to look at.
 */
import { expect, test } from './fixtures';
import { addPayMembers, assignAll, exampleMembers, lastMonth, recordAttendance, saveScheme, setUpCoop } from './pages/pay-data';

test.use({ seed: 'empty', viewport: { width: 1366, height: 768 } });

const languages = [
  { locale: 'es', runTitle: 'Liquidaciones', net: 'Neto a pagar', amount: '1.766.400,00', compare: 'Comparar', whatIfTitle: 'Simulación: un esquema propuesto', ratio: /Relación de retribuciones 1:2,3/ },
  { locale: 'pt-BR', runTitle: 'Folhas de retiradas', net: 'Líquido a pagar', amount: '1.766.400,00', compare: 'Comparar', whatIfTitle: 'Simulação: um esquema proposto', ratio: /Razão entre retiradas 1:2,3/ },
] as const;

for (const language of languages) {
  test(`the run and the what-if in ${language.locale}`, async ({ page, host }, testInfo) => {
    const period = lastMonth();
    await setUpCoop(host, language.locale);
    const members = await addPayMembers(host, period, exampleMembers);
    await recordAttendance(host, period, members);
    await saveScheme(host, `${period}-01`);
    await assignAll(host, `${period}-01`, members);
    await host.call('remuneration.draftRun', { period });

    await page.goto(`${host.url}/#/pay?period=${period}`);
    await expect(page.getByRole('heading', { level: 1, name: language.runTitle })).toBeVisible();
    await expect(page.getByRole('row', { name: /Quispe, Ana/ }).first()).toContainText(language.amount);
    await expect(page.getByText(language.net, { exact: true })).toBeVisible();
    await expect(page.getByText(language.ratio)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`pay-run-${language.locale}.png`) });
    await page.getByRole('button', { name: /^(Aprobar y contabilizar|Aprovar e contabilizar)…$/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`pay-approve-${language.locale}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('rowheader', { name: /Flores, Eva/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`pay-run-${language.locale}-members.png`) });

    await page.goto(`${host.url}/#/pay/what-if`);
    await expect(page.getByRole('heading', { level: 1, name: language.whatIfTitle })).toBeVisible();
    await page.getByRole('textbox', { name: /Coordinación$/ }).fill('2,30');
    await page.getByRole('button', { name: language.compare, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: '1:2,645' })).toBeVisible();
    // The comparison takes the focus, so it is in view below the long proposal form.
    await expect(page.getByRole('heading', { level: 2, name: /(Sobre|Nos) / })).toBeFocused();
    await page.screenshot({ path: testInfo.outputPath(`pay-whatif-${language.locale}.png`) });
    await page.getByRole('table').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`pay-whatif-${language.locale}-table.png`) });

    await page.goto(`${host.url}/#/pay/schemes`);
    await expect(page.getByRole('heading', { level: 2, name: /Escala 2026/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`pay-schemes-${language.locale}.png`) });
    await page.getByRole('button', { name: /^(Versión nueva|Nova versão)$/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`pay-scheme-form-${language.locale}.png`) });
  });
}
