/**
 * The week grid and the reports as a Spanish- and a Portuguese-speaking secretary see them on a 1366×768
 * office screen, with forty members: the week starts on the office's first day (Monday in Argentina,
 * Sunday in Brazil), hours typed the local way, words in the coop's language. The screenshots are kept
 * with the test's results for a person to look at.
 */
import { expect, test } from './fixtures';
import { AttendanceWeekPage, recordWeekdays, seedAttendanceMembers } from './pages/attendance';
import { typeDate } from './pages/member-form';

test.use({ seed: 'empty', viewport: { width: 1366, height: 768 } });

const surnames = ['Mamani', 'Quispe', 'Condori', 'Huanca', 'Flores', 'Choque', 'Apaza', 'Ticona', 'Limachi', 'Cruz'];
const forty = Array.from({ length: 40 }, (_, i) => `${surnames[i % 10]} ${String.fromCharCode(65 + Math.floor(i / 10))}.`);

const languages = [
  { locale: 'es', framework: 'AR', currency: 'ARS', firstDay: 'lun', saveWord: 'Guardar', save: 'Guardar 3 días', error: 'Use coma para los decimales', from: 'Desde', to: 'Hasta', nav: 'Páginas de asistencia', tab: 'Informes', discard: 'Descartar y seguir', reports: 'Informes de asistencia' },
  { locale: 'pt-BR', framework: 'BR', currency: 'BRL', firstDay: 'dom', saveWord: 'Salvar', save: 'Salvar 3 dias', error: 'Use vírgula para os decimais', from: 'De', to: 'Até', nav: 'Páginas de frequência', tab: 'Relatórios', discard: 'Descartar e continuar', reports: 'Relatórios de frequência' },
] as const;

for (const language of languages) {
  test(`the week grid and the reports in ${language.locale}`, async ({ page, host }, testInfo) => {
    // Forty members and a quarter of their days are made through the services first.
    test.setTimeout(180_000);
    await host.call('coop.setup', { name: 'Cooperativa La Minga', framework: language.framework, currency: language.currency, locale: language.locale, fiscalYearStart: '01-01' });
    const ids = await seedAttendanceMembers(host, forty);
    // January to March 2025: most members work their week, some short days, a few barely come.
    for (const [i, id] of ids.entries()) await recordWeekdays(host, id, '2025-01-01', '2025-03-14', i % 7 === 0 ? 3 * 60 : i % 3 === 0 ? 6 * 60 + 30 : 8 * 60);

    const week = new AttendanceWeekPage(page);
    await week.open(host.url, '2025-03-12');
    await expect(page.getByRole('columnheader').nth(1)).toContainText(language.firstDay);
    const first = language.framework === 'BR' ? 1 : 0;
    await week.focus(forty[0]!, first);
    await week.keys('7,5', '{Tab}', '8', '{Tab}', '7.5', '{Enter}');
    await expect(week.saveButton(language.saveWord)).toHaveText(language.save);
    await week.saveButton(language.saveWord).click();
    await expect(week.errors).toContainText(language.error);
    await page.screenshot({ path: testInfo.outputPath(`attendance-week-${language.locale}.png`) });

    await page.getByRole('navigation', { name: language.nav }).getByRole('link', { name: language.tab }).click();
    await page.getByRole('dialog').getByRole('button', { name: language.discard }).click();
    await expect(page.getByRole('heading', { level: 1, name: language.reports })).toBeVisible();
    await typeDate(page.getByRole('group', { name: language.from }), '01012025');
    await typeDate(page.getByRole('group', { name: language.to }), '31032025');
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`attendance-reports-${language.locale}.png`) });
    for (const [i, section] of (await page.locator('section.report').all()).entries()) {
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`attendance-reports-${language.locale}-${i + 1}.png`) });
    }
  });
}

test('a member’s month and an import report in es', async ({ page, host }, testInfo) => {
  await host.call('coop.setup', { name: 'Cooperativa La Minga', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
  const [mamani] = await seedAttendanceMembers(host, ['Mamani', 'Quispe']);
  await recordWeekdays(host, mamani!, '2025-03-01', '2025-03-31', 8 * 60);
  await host.call('attendance.saveGrid', { cells: [{ memberId: mamani!, date: '2025-03-12', records: [{ kind: 'sick_leave', minutes: 480 }] }] });

  await page.goto(`${host.url}/#/attendance/month?member=${mamani}&day=2025-03-12`);
  await expect(page.getByRole('heading', { level: 2, name: '1 · Mamani, Ana' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'miércoles, 12 de marzo de 2025' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('attendance-month-es.png') });

  await page.getByRole('navigation', { name: 'Páginas de asistencia' }).getByRole('link', { name: 'Importar' }).click();
  const file = ['Legajo;Fecha;Entrada;Salida;Tipo', '1;10/03/2025;08:00;16:00;trabajo', '7;10/03/2025;08:00;16:00;trabajo', '2;31/02/2025;08:00;16:00;trabajo'].join('\r\n');
  await page.getByLabel('Archivo CSV').setInputFiles({ name: 'reloj.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await expect(page.getByRole('heading', { name: 'Resultado de la revisión' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('attendance-import-es.png') });
});
