/**
 * A month's pay from start to end (issue 9): the treasurer writes the first scheme, places a member in it,
 * prepares the month's draft from attendance and reads it member by member (the public example of
 * rules/remuneration.md, to the cent), compares a proposed scheme that breaks the pay ratio, approves and
 * posts the run, prints its payslips (read back from the PDF), and is refused a second run of the month.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y, expect, test } from './fixtures';
import { PayAssignmentsPage, PayRunPage, PaySchemesPage, WhatIfPage } from './pages/pay';
import { addPayMembers, assignAll, exampleMembers, lastMonth, recordAttendance, saveScheme, setUpCoop, weekdays } from './pages/pay-data';

test.use({ seed: 'empty' });

// Reading order, not -layout: the two copies stand side by side, and -layout would interleave their lines.
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
/** Intl separates the currency from the amount with a no-break space: compared as a plain one. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
const CBU_ANA = '0110599520000001234567';

test('a scheme is written, the month is run, compared, approved, posted and its payslips printed', async ({ page, host }, testInfo) => {
  // The whole month's work in one story, ending with Chromium printing a PDF: longer than one screen's test.
  test.setTimeout(180_000);
  const period = lastMonth();
  await setUpCoop(host, 'en');
  const members = await addPayMembers(host, period, exampleMembers);
  await recordAttendance(host, period, members);

  // No scheme yet: the run screen says so and leads to the form.
  const run = new PayRunPage(page);
  await run.open(host.url);
  await expect(page.getByText('There is no pay scheme yet')).toBeVisible();
  await checkA11y(page);
  await page.getByRole('link', { name: 'Create a pay scheme' }).click();

  const schemes = new PaySchemesPage(page);
  await expect(schemes.dialog).toBeVisible();
  await schemes.field(/^Name/).fill('Escala 2026');
  await schemes.effectiveFrom(`${period.slice(5, 7)}01${period.slice(0, 4)}`);
  await schemes.field(/^Base hourly value/).fill('4800.00');
  await schemes.categories([
    ['Auxiliar', '1'],
    ['Oficial', '1.30'],
    ['Coordinación', '2.00'],
  ]);
  await schemes.field(/^Per completed year/).fill('1.5');
  await schemes.field(/^Years counted at most/).fill('15');
  await schemes.field(/^Highest pay ÷ lowest/).fill('2.5');
  await checkA11y(page);
  await schemes.save();
  await expect(schemes.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: /Escala 2026/ })).toBeVisible();
  await expect(page.getByText('Auxiliar 1 · Oficial 1.3 · Coordinación 2')).toBeVisible();

  // Ana is placed through the screen; the others through the service.
  await page.getByRole('link', { name: 'Members in the scheme' }).click();
  const assignments = new PayAssignmentsPage(page);
  await assignments.assign('Quispe, Ana', 'Coordinación', `${period.slice(5, 7)}01${period.slice(0, 4)}`, CBU_ANA);
  await expect(assignments.row(/Quispe, Ana/)).toContainText('Coordinación');
  await expect(assignments.row(/Quispe, Ana/)).toContainText(CBU_ANA);
  await assignAll(host, `${period}-01`, members.slice(1));

  // The draft, member by member: rules/remuneration.md's public example to the cent.
  await run.open(host.url, period);
  await run.prepareDraft();
  await expect(run.status).toHaveText('Draft');
  await expect(run.memberRow(/Quispe, Ana/)).toContainText('160:00 h');
  await expect(run.memberRow(/Quispe, Ana/)).toContainText('1,766,400.00');
  await expect(run.memberRow(/Mamani, Carla/)).toContainText('748,800.00');
  await expect(run.memberRow(/Flores, Eva/)).toContainText('384,000.00');
  expect(plain(await run.figure('Net to pay').textContent())).toBe('ARS 2,899,200.00');
  await expect(page.getByText(/Pay ratio 1:2\.3: within the cap \(scheme 1:2\.5\)/)).toBeVisible();
  await checkA11y(page);

  // A proposal that breaks the scheme's own cap of 1:2.5 is warned of (the default), or blocked when the
  // coop's settings say so, before anyone adopts it.
  const whatIf = new WhatIfPage(page);
  await whatIf.open(host.url);
  await whatIf.coefficient('Coordinación').fill('2.30');
  await whatIf.compare('the last 3 months');
  await expect(whatIf.byMember.getByRole('row', { name: /Quispe, Ana/ })).toContainText('1,766,400.00');
  await expect(whatIf.byMember.getByRole('row', { name: /Quispe, Ana/ })).toContainText('2,031,360.00');
  const broken = page.getByRole('alert').filter({ hasText: /Pay ratio 1:2\.645 exceeds the scheme's own maximum of 1:2\.5/ });
  await expect(broken).toContainText('only after the warning is accepted');
  await expect(page.getByRole('button', { name: 'Write it as a new version…' })).toBeEnabled();
  await expect(page.getByRole('figure', { name: 'Distribution of pay, lowest to highest' })).toBeVisible();
  await checkA11y(page);

  await page.getByRole('link', { name: 'Schemes' }).click();
  await page.getByRole('button', { name: 'Pay settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Pay settings' });
  await settings.getByLabel(/^When a run or scheme breaks/).selectOption({ label: 'Block approval' });
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toBeHidden();
  await whatIf.open(host.url);
  await whatIf.coefficient('Coordinación').fill('2.30');
  await whatIf.compare('the last 3 months');
  await expect(broken).toContainText('block approval');
  await expect(page.getByRole('button', { name: 'Write it as a new version…' })).toBeDisabled();

  // Approve (with the keyboard) and post: the run is locked and offers its payslips and an adjusting run.
  await run.open(host.url, period);
  await run.approve();
  await expect(run.approveDialog).toBeHidden();
  await expect(run.status).toHaveText('Posted');
  await expect(page.getByText('This run is posted and locked. To correct it, prepare an adjusting run.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve and post…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Adjusting run' })).toBeVisible();

  // The bank file: one payment per member, the amount written plainly, saved where the dialog says.
  await page.getByRole('button', { name: 'Save the bank file' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Bank file with 3 payments saved as .*\.csv/ })).toBeVisible();
  const bankFile = readdirSync(host.downloadsDir).find((f) => f.endsWith('.csv'));
  const rows = readFileSync(join(host.downloadsDir, bankFile!), 'utf8').trim().split('\r\n');
  expect(rows).toHaveLength(4);
  expect(rows.find((row) => row.includes(CBU_ANA))).toContain('1766400.00');

  // Running the posted month again is refused with a sentence that says what to do instead.
  await run.prepareDraft();
  await expect(page.getByRole('alert').filter({ hasText: /already posted/ })).toBeVisible();
  await expect(run.status).toHaveText('Posted');

  // The payslips, printed to PDF by the app's print path.
  await run.openPayslips();
  await expect(page.getByRole('article', { name: /Member's copy, payslip/ })).toHaveCount(3);
  await checkA11y(page);
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved as .*\.pdf/ })).toBeVisible({ timeout: 30_000 });
  const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  expect(saved).toBeDefined();
  // Kept with the results, for a person to look at the printed page.
  copyFileSync(join(host.downloadsDir, saved!), testInfo.outputPath('payslips.pdf'));
  const pages = pdfText(join(host.downloadsDir, saved!)).split('\f').slice(0, -1);
  expect(pages).toHaveLength(3);
  const ana = pages.find((text) => text.includes('Quispe, Ana'))!;
  expect(ana).toContain('Cooperativa de Trabajo La Minga');
  expect(ana).toContain('CUIT 30-71234567-8');
  expect(ana).toMatch(/Member's copy[^]*Coop's copy|Coop's copy[^]*Member's copy/i);
  expect(plain(ana)).toContain('ARS 1,766,400.00');
  expect(ana.match(/Quispe, Ana/g)).toHaveLength(2);
  expect(ana).toMatch(/No\. 0000\d\d/);
  expect(plain(ana)).toMatch(/The sum of one million seven hundred sixty-six thousand four hundred/i);

  // A correction of the posted month is an adjusting run, after a confirmation; the posted run stays.
  // Eva's twenty-first day, entered late: 8 more hours at 4,800.00.
  const eva = members.find((m) => m.member.firstNames === 'Eva')!;
  await host.call('attendance.saveGrid', { cells: [{ memberId: eva.id, date: weekdays(period, 21).at(-1)!, records: [{ kind: 'work', minutes: 480 }] }] });
  await run.open(host.url, period);
  await page.getByRole('button', { name: 'Adjusting run' }).click();
  await page.getByRole('dialog', { name: /^Prepare an adjusting run for/ }).getByRole('button', { name: 'Prepare the adjusting run' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Adjusting run for/ })).toBeVisible();
  await expect(run.status).toHaveText('Draft');
  await expect(page.getByRole('navigation', { name: /^Runs of/ }).getByRole('button')).toHaveCount(2);
  await expect(run.memberRow(/Flores, Eva/)).toContainText('38,400.00');
});

test('a period with no attendance says so and leads to attendance', async ({ page, host }) => {
  const period = lastMonth();
  await setUpCoop(host, 'en');
  const members = await addPayMembers(host, period, exampleMembers.slice(0, 1));
  await saveScheme(host, `${period}-01`);
  await assignAll(host, `${period}-01`, members);
  const run = new PayRunPage(page);
  await run.open(host.url, period);
  await run.prepareDraft();
  await expect(page.getByText(/^No attendance recorded in/)).toBeVisible();
  await page.getByRole('link', { name: 'Go to attendance' }).click();
  await expect(page).toHaveURL(/#\/attendance/);
});
