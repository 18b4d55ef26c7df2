/**
 * The secretary's attendance work end to end (issue 9): a week entered in the grid with the keyboard
 * alone, a block pasted from a spreadsheet, a time clock's file refused line by line with nothing written
 * and then imported once fixed, and the reports drawn from what was entered. The fixture fails a test on
 * any CSP violation and checks every page it ends on with axe.
 */
import { checkA11y, expect, test } from './fixtures';
import { AttendanceImportPage, AttendanceReportsPage, AttendanceWeekPage, recordWeekdays, seedAttendanceMembers } from './pages/attendance';
import { typeDate } from './pages/member-form';

test.use({ seed: 'coop' });

/** A Monday: the coop is Argentine, so its week starts on Monday. */
const MONDAY = '2025-03-03';

interface MonthView {
  totals: { kind: string; minutes: number }[];
  days: { date: string; records: { kind: string; minutes: number }[] }[];
}
const monthOf = async (host: { call: (m: 'attendance.month', i: { memberId: number; month: string }) => Promise<unknown> }, memberId: number, month: string) =>
  (await host.call('attendance.month', { memberId, month })) as MonthView;

test('a week entered with the keyboard alone is saved at once: hours as 8, 7.5 and 7:30, a holiday by its letter, Delete clears', async ({ page, host }) => {
  const [mamani] = await seedAttendanceMembers(host, ['Mamani', 'Quispe', 'Condori']);
  const week = new AttendanceWeekPage(page);
  await week.open(host.url, MONDAY);
  await expect(page.getByRole('columnheader').nth(1)).toContainText('Mon');

  await week.focus('Mamani', 0);
  await week.keys('8', '{Tab}', '7.5', '{Tab}', '7:30', '{Tab}', 'h', '{ArrowRight}', '8', '{Enter}', '6', '{Enter}');
  await expect(week.cell('Mamani', 3)).toContainText('8:00');
  await expect(week.cell('Mamani', 3)).toContainText('Holiday');
  await expect(week.cell('Quispe', 4)).toContainText('(unsaved)');
  await expect(week.total('Mamani')).toContainText('39:00 / 40:00');
  await expect(week.saveButton()).toHaveText('Save 6 days');

  await week.keys('{ArrowUp}', '{Delete}');
  await expect(week.cell('Quispe', 4)).not.toContainText('6');
  await expect(week.saveButton()).toHaveText('Save 5 days');
  await checkA11y(page);

  await week.keys('{Control+s}');
  await expect(week.notice('5 days saved.')).toBeVisible();
  await expect(week.saveButton()).toBeDisabled();
  const march = await monthOf(host, mamani!, '2025-03');
  expect(march.totals).toEqual(expect.arrayContaining([{ kind: 'work', minutes: 8 * 60 + 450 + 450 + 8 * 60 }, { kind: 'holiday', minutes: 8 * 60 }]));

  await page.reload();
  await expect(week.cell('Mamani', 1)).toContainText('7:30');
  await expect(week.total('Mamani')).toContainText('39:00 / 40:00');
});

test('a block pasted from a spreadsheet fills the grid; a cell that does not read as hours stops the save until fixed', async ({ page, host }) => {
  const [, quispe] = await seedAttendanceMembers(host, ['Mamani', 'Quispe', 'Condori']);
  const week = new AttendanceWeekPage(page);
  await week.open(host.url, MONDAY);

  await week.focus('Mamani', 0);
  await week.paste('8\t8\t8\r\n7,5\t8\th\r\n');
  await expect(week.notice('6 days pasted; check and save.')).toBeVisible();
  await expect(week.cell('Quispe', 2)).toContainText('Holiday');
  await week.saveButton().click();
  await expect(week.errors).toContainText('1 day could not be saved');
  await expect(week.errors).toContainText('Use a point for decimals (7.5) or a colon for minutes (7:30).');
  await expect(week.notice('Nothing was saved: there is 1 problem. Fix it and save again.')).toBeVisible();
  await expect(week.cell('Quispe', 0)).toHaveAttribute('aria-invalid', 'true');
  expect((await monthOf(host, quispe!, '2025-03')).totals).toEqual([]);
  await checkA11y(page);

  // The error's link takes the focus to the cell; typing there corrects it.
  await week.errors.getByRole('button', { name: /Quispe/ }).click();
  await expect(week.cell('Quispe', 0)).toBeFocused();
  await week.keys('7.5', '{Enter}');
  await week.saveButton().click();
  await expect(week.notice('6 days saved.')).toBeVisible();
  expect((await monthOf(host, quispe!, '2025-03')).totals).toEqual(
    expect.arrayContaining([{ kind: 'work', minutes: 450 + 480 }, { kind: 'holiday', minutes: 480 }]),
  );
});

test('leaving the grid with unsaved entries asks first', async ({ page, host }) => {
  await seedAttendanceMembers(host, ['Mamani']);
  const week = new AttendanceWeekPage(page);
  await week.open(host.url, MONDAY);
  await week.focus('Mamani', 0);
  await week.keys('8', '{Enter}');
  await page.getByRole('navigation', { name: 'Attendance pages' }).getByRole('link', { name: 'Reports' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard what is not saved?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(week.saveButton()).toHaveText('Save 1 day');
  await page.getByRole('button', { name: 'Next week →' }).click();
  await dialog.getByRole('button', { name: 'Discard and go on' }).click();
  await expect(page.getByRole('group', { name: 'Week of' })).toContainText('10');
  await expect(week.saveButton()).toHaveText('Save');
});

test('a time clock’s file with errors is reported by line and writes nothing; the fixed file imports', async ({ page, host }) => {
  const [mamani] = await seedAttendanceMembers(host, ['Mamani', 'Quispe']);
  const header = 'Member number,Date,Clock-in,Clock-out,Kind';
  const wrong = [header, '1,2025-03-10,08:00,16:00,work', '2,2025-03-10,08:10,16:00,work', '99,2025-03-10,08:00,16:00,work', '1,2025-03-11,08:00,07:00,work'];
  const fixed = [header, '1,2025-03-10,08:00,16:00,work', '2,2025-03-10,08:10,16:00,work', '2,2025-03-11,08:00,16:00,work', '1,2025-03-11,08:00,15:00,work'];

  const importer = new AttendanceImportPage(page);
  await importer.open(host.url);
  await importer.chooseFile('clock.csv', wrong.join('\r\n'));
  await expect(page.getByText(/Nothing will be imported: there are 2 problems/)).toBeVisible();
  const problems = await importer.problemRows();
  expect(problems.map((row) => [row[0], row[1], row[2]])).toEqual([
    ['4', 'Member number', '99'],
    ['5', expect.any(String), expect.any(String)],
  ]);
  await expect(importer.importButton(4)).toBeDisabled();
  await checkA11y(page);
  expect((await monthOf(host, mamani!, '2025-03')).totals).toEqual([]);

  await importer.chooseFile('clock-fixed.csv', fixed.join('\r\n'));
  await expect(page.getByText('4 rows without problems: ready to import.')).toBeVisible();
  await importer.commit(4);
  await expect(page.getByText('4 records imported.')).toBeVisible();
  expect((await monthOf(host, mamani!, '2025-03')).totals).toEqual([{ kind: 'work', minutes: 8 * 60 + 7 * 60 }]);

  // Clocked days show in the grid but are changed in the member's month, record by record.
  const week = new AttendanceWeekPage(page);
  await week.open(host.url, '2025-03-10');
  await expect(week.cell('Mamani', 0)).toContainText('8:00');
  await week.focus('Mamani', 0);
  await week.keys('5');
  await expect(week.notice(/has clock times or several records/)).toBeVisible();
});

test('the reports draw capacity used and who is below their commitment, each chart with its table', async ({ page, host }) => {
  const [mamani] = await seedAttendanceMembers(host, ['Mamani', 'Quispe', 'Condori']);
  await recordWeekdays(host, mamani!, '2025-03-01', '2025-03-31', 8 * 60);
  const reports = new AttendanceReportsPage(page);
  await reports.open(host.url);
  await typeDate(page.getByRole('group', { name: 'From' }), '03012025');
  await typeDate(page.getByRole('group', { name: 'To' }), '03312025');

  // March 2025 has 21 weekdays: each member committed 168 hours; only one of three worked them.
  await expect(reports.drawing('Hours worked and committed by month')).toHaveAccessibleName('Capacity used over the period: 33.3% (168 h worked of 504 h committed).');
  expect(await reports.tableOf('Hours worked and committed by month')).toEqual([['Mar 2025', '168', '504', '33.3%']]);
  await expect(reports.drawing(/members furthest below/)).toHaveAccessibleName(/^2 members below their commitment; the lowest, .*, at 0%\.$/);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await checkA11y(page);
});
