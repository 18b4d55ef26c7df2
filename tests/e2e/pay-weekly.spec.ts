/**
 * Weekly pay (issue 9: "monthly (or weekly) pay runs"): a coop that pays by the week says so in the pay
 * settings, the period picker then offers ISO weeks named by their days, and a week's draft pays the hours
 * of that week only (Ana: five days of eight hours at the public example's rate).
 */
import { getISOWeek, getISOWeekYear } from 'date-fns';
import { checkA11y, expect, test } from './fixtures';
import { PayRunPage } from './pages/pay';
import { addPayMembers, assignAll, exampleMembers, lastMonth, recordAttendance, saveScheme, setUpCoop } from './pages/pay-data';

test.use({ seed: 'empty' });

test('a weekly payroll picks an ISO week and pays that week\'s hours', async ({ page, host }) => {
  const period = lastMonth();
  await setUpCoop(host, 'en');
  const members = await addPayMembers(host, period, exampleMembers);
  await recordAttendance(host, period, members);
  await saveScheme(host, `${period}-01`);
  await assignAll(host, `${period}-01`, members);

  const run = new PayRunPage(page);
  // The pay settings live beside the schemes.
  await page.goto(`${host.url}/#/pay/schemes`);
  await page.getByRole('button', { name: 'Pay settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Pay settings' });
  await settings.getByLabel('Paid').selectOption({ label: 'Weekly' });
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toBeHidden();

  // The week holding the 15th of last month: all five of its weekdays have attendance.
  const mid = new Date(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 15);
  const week = `${getISOWeekYear(mid)}-W${String(getISOWeek(mid)).padStart(2, '0')}`;
  await run.open(host.url);
  const picker = page.getByLabel('Period');
  await expect(picker.locator('option').first()).toHaveAttribute('value', /^\d{4}-W\d{2}$/);
  await picker.selectOption(week);
  await run.prepareDraft();
  await expect(run.memberRow(/Quispe, Ana/)).toContainText('40:00 h');
  await checkA11y(page);
  const year = Number(week.slice(0, 4));
  const runs = (await host.call('remuneration.runs', { year })) as { period: string; status: string }[];
  expect(runs).toEqual([expect.objectContaining({ period: week, status: 'draft' })]);
});
