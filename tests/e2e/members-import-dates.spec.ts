/**
 * Import in the user's language (issue 6): the file picker speaks the cooperative's language, a column
 * no field takes is shown as not imported, and day/month order is asked once for the whole file with
 * examples from it, never guessed ("07/04/1980" was silently 7 April in an en-US coop).
 */
import { writeFileSync } from 'node:fs';
import { checkA11y, expect, test } from './fixtures';
import { setUpCoop } from './pages/members-data';

test.use({ seed: 'empty' });

test('asks the date order once with examples from the file and shows the columns left out', async ({ page, host }, testInfo) => {
  await setUpCoop(host, 'es');
  const file = testInfo.outputPath('socios.csv');
  writeFileSync(
    file,
    ['Apellidos;Nombres;Fecha nac.;Fecha de ingreso;Observaciones', 'Quispe;Rosa;07/04/1980;03/02/2021;delegada', 'Mamani;Juan;11/05/1979;01/06/2022;'].join('\r\n'),
  );
  await page.goto(`${host.url}/#/members/import`);
  await page.getByRole('heading', { level: 1, name: 'Importar asociados' }).waitFor();
  // The browser's own "Choose File" / "No file chosen" (in the OS language) is not what a person sees.
  await expect(page.getByText('Elegir un archivo CSV…')).toBeVisible();
  await expect(page.getByText('Todavía no eligió ningún archivo.')).toBeVisible();
  await page.getByLabel('Elegir un archivo CSV…').setInputFiles(file);
  await page.getByRole('heading', { name: 'Asigne las columnas' }).waitFor();

  await expect(page.getByRole('note')).toContainText('Esta columna del archivo no se importa:');
  await expect(page.getByRole('note')).toContainText('Observaciones');
  const order = page.getByRole('group', { name: 'Cómo escribe las fechas el archivo' });
  await expect(order.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(order.getByRole('table')).toContainText('07/04/1980');
  await checkA11y(page);

  await page.getByRole('button', { name: 'Revisar el archivo' }).click();
  await expect(order).toContainText('Elija cómo escribe las fechas el archivo antes de revisarlo.');
  await order.getByRole('radio', { name: /^Mes\/día\/año/ }).check();
  await expect(order.getByRole('table')).toContainText('4 de julio de 1980');
  await order.getByRole('radio', { name: /^Día\/mes\/año/ }).check();
  await expect(order.getByRole('table')).toContainText('7 de abril de 1980');

  await page.getByRole('button', { name: 'Revisar el archivo' }).click();
  await page.getByRole('button', { name: 'Importar 2 asociados' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Importar/ }).click();
  await expect(page.getByText('Se agregaron 2 asociados al registro.')).toBeVisible();
  const { rows } = (await host.call('members.list', { sort: 'lastNames' })) as { rows: { id: number }[] };
  const rosa = (await host.call('members.get', { id: rows[1]!.id })) as { lastNames: string; birthDate: string; joinDate: string };
  expect(rosa).toMatchObject({ lastNames: 'Quispe', birthDate: '1980-04-07', joinDate: '2021-02-03' });
});
