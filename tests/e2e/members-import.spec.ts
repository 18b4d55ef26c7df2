import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSheet } from 'read-excel-file/node';
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
  // Headers in the cooperative's language (English here), which the import reads back.
  expect(csvLines[0]).toContain('Member number,Last names,First names');
  expect(csvLines[1]).toContain('Apellido1');
  const sheet = await readSheet(join(host.downloadsDir, xlsxName!));
  expect(sheet).toHaveLength(4);
  expect(sheet[3]).toContain('Apellido3');
});
