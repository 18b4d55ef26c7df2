import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { printPage, PRINT_READY_ATTRIBUTE } from '../../shared/print';
import { checkA11y, expect, test } from './fixtures';
import { MembersImportPage } from './pages/members-import';
import { MembersListPage } from './pages/members-list';

test.use({ seed: 'coop' });

const fixture = (name: string) => resolve('tests/fixtures/e2e', name);

/** Seeds members through the real import, the way a spreadsheet would bring them in. */
async function seedMembers(host: { call(method: 'members.importCommit', input: { fileBase64: string; mapping: null }): Promise<unknown> }, count: number) {
  const lines = ['memberNumber,lastNames,firstNames,nationalId,joinDate,admissionResolution,category,weeklyHours'];
  for (let i = 1; i <= count; i += 1) {
    lines.push(`${i},Apellido${i},Nombre ${i},${30_000_000 + i},2023-02-${String((i % 28) + 1).padStart(2, '0')},Acta ${i},Costura,40`);
  }
  await host.call('members.importCommit', { fileBase64: Buffer.from(lines.join('\r\n')).toString('base64'), mapping: null });
}

test('a file with errors is reported by line and writes nothing; the corrected file imports', async ({ page, host }) => {
  const wizard = new MembersImportPage(page);
  const list = new MembersListPage(page);
  await wizard.open(host.url);
  await wizard.chooseFile(fixture('members-with-errors.csv'));
  await expect(page.getByText(/Encoding UTF-8, separated by semicolons, 3 member rows/)).toBeVisible();
  await expect(wizard.mapping('Join date')).toHaveValue('4');
  await checkA11y(page);

  await wizard.check();
  expect(await wizard.problemRows()).toEqual([
    ['3', 'Join date', '31/02/2022', '"31/02/2022" is not a date; write dd/mm/yyyy or yyyy-mm-dd.'],
    ['4', 'National id', '30111222', 'National id 30111222 appears twice or already belongs to a member.'],
  ]);
  await expect(wizard.importButton(3)).toBeDisabled();
  await checkA11y(page);

  await list.open(host.url);
  await expect(list.emptyState).toBeVisible();

  await wizard.open(host.url);
  await wizard.chooseFile(fixture('members-corrected.csv'));
  await wizard.check();
  await expect(page.getByText('No problems found: 3 members are ready to import.')).toBeVisible();
  await wizard.commit(3);
  await expect(page.getByText('3 members were added to the register.')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the members register' }).click();
  await expect(list.count).toHaveText('3 members');
  await expect(list.row('Quispe')).toContainText('Rosa');
});

test('exports the register as CSV and XLSX into the chosen folder', async ({ page, host }) => {
  await seedMembers(host, 3);
  const list = new MembersListPage(page);
  await list.open(host.url);

  await list.button('Export CSV').click();
  await expect(list.notification(/Exported 3 members to .*\.csv/)).toBeVisible();
  await list.button('Export XLSX').click();
  await expect(list.notification(/Exported 3 members to .*\.xlsx/)).toBeVisible();

  const files = readdirSync(host.downloadsDir);
  const csvName = files.find((f) => f.endsWith('.csv'));
  const xlsxName = files.find((f) => f.endsWith('.xlsx'));
  expect(csvName && xlsxName).toBeTruthy();
  const csvLines = readFileSync(join(host.downloadsDir, csvName!), 'utf8').trim().split(/\r\n/);
  expect(csvLines).toHaveLength(4);
  expect(csvLines[0]).toContain('memberNumber');
  expect(csvLines[1]).toContain('Apellido1');
  const sheet = await readSheet(join(host.downloadsDir, xlsxName!));
  expect(sheet).toHaveLength(4);
  expect(sheet[3]).toContain('Apellido3');
});

test('prints the register as an A4 PDF of several pages with the header row on each', async ({ page, host }) => {
  await seedMembers(host, 90);
  await page.goto(`${host.url}/#/print/members`);
  await page.locator(`html[${PRINT_READY_ATTRIBUTE}]`).waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1, name: 'Members register' })).toBeVisible();
  await expect(page.getByText('Cooperativa de Trabajo La Minga')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(91);

  const setup = printPage('Members register', 'Cooperativa de Trabajo La Minga');
  const pdf = await page.pdf({
    width: `${setup.widthMm}mm`,
    height: `${setup.heightMm}mm`,
    margin: {
      top: `${setup.marginMm.top}mm`,
      bottom: `${setup.marginMm.bottom}mm`,
      left: `${setup.marginMm.left}mm`,
      right: `${setup.marginMm.right}mm`,
    },
    displayHeaderFooter: true,
    headerTemplate: setup.headerTemplate,
    footerTemplate: setup.footerTemplate,
    printBackground: true,
  });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
});

test('prints in the language asked for in the URL', async ({ page, host }) => {
  await seedMembers(host, 2);
  await page.goto(`${host.url}/#/print/members?locale=es`);
  await page.locator(`html[${PRINT_READY_ATTRIBUTE}]`).waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1, name: 'Registro de asociados' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Apellidos, nombres' })).toBeVisible();
});
