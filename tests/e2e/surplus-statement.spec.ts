/**
 * The members' statements of allocation (issue 10): the public Argentine example of rules/surplus.md
 * posted after the assembly approved it; the statements screen previews each member's statement with the
 * example's figures, prints them all (one page per member) and one member's alone to PDF through the app's
 * print path, read back with pdftotext.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { checkA11y, expect, test } from './fixtures';
import { approvedDistribution, closedExampleYear, exampleCoop } from './pages/surplus-data';

test.use({ seed: 'empty' });

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

test('preview each member\'s statement of the posted 2024 distribution and print them to PDF', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  const members = await exampleCoop(host);
  await closedExampleYear(host);
  await approvedDistribution(host, members);
  const [resolution] = (await host.call('assemblies.resolutions', { kind: 'surplus-distribution' })) as { id: number; date: string }[];
  const posted = (await host.call('surplus.post', { year: 2024, resolutionId: resolution!.id, date: resolution!.date })) as { journalEntryNumber: number };

  await page.goto(`${host.url}/#/surplus/statements?year=2024`);
  await page.getByRole('heading', { level: 1, name: "Members' statements of allocation" }).waitFor();
  const preview = page.getByRole('article', { name: /^Statement of allocation 2024 · Aguirre, Ana$/ });
  await expect(preview).toContainText('No. 1 · Aguirre, Ana');
  await expect(preview).toContainText(`journal entry no. ${posted.journalEntryNumber}`);
  await expect(preview.getByRole('row', { name: /Interest on capital/ })).toContainText('40,000.00');
  await expect(preview.getByRole('row', { name: /Return/ })).toContainText('229,655.17');
  await expect(preview.getByRole('row', { name: /Paid in cash/ })).toContainText('137,793.10');
  await expect(preview.getByRole('row', { name: /Credited to your capital account/ })).toContainText('91,862.07');
  await expect(preview).toContainText('1,800');
  await expect(preview).toContainText(/becomes capital shares \(statute: 180 days after posting\)/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await checkA11y(page);

  await page.getByRole('button', { name: 'No. 5 · Espinoza, Eva' }).click();
  const eva = page.getByRole('article', { name: /Espinoza, Eva$/ });
  await expect(eva.getByRole('row', { name: /Return/ })).toContainText('52,310.35');
  await expect(eva.getByRole('row', { name: /Interest on capital/ })).toContainText('0.00');

  // Every statement, one member per page, saved as a PDF by the app's print path.
  await page.getByRole('link', { name: 'Print every statement…' }).click();
  await expect(page.getByRole('article', { name: /^Statement of allocation 2024 · / })).toHaveCount(5);
  await checkA11y(page);
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved to .*\.pdf/ })).toBeVisible({ timeout: 30_000 });
  const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  expect(saved).toBeDefined();
  copyFileSync(join(host.downloadsDir, saved!), testInfo.outputPath('statements.pdf'));
  const pages = pdfText(join(host.downloadsDir, saved!)).split('\f').slice(0, -1);
  expect(pages).toHaveLength(5);
  expect(pages[0]).toContain('Statement of allocation 2024');
  expect(pages[0]).toContain('Aguirre, Ana');
  expect(pages[0]).toMatch(/229,655\.17/);
  expect(pages[0]).not.toContain('Save as PDF');
  expect(pages[4]).toContain('Espinoza, Eva');
  expect(pages[4]).toMatch(/52,310\.35/);
  expect(pages[4]).toMatch(/740,000\.00/);

  // One member's statement alone, from the member's row.
  await page.getByRole('button', { name: 'Back' }).click();
  const carla = page.getByRole('link', { name: 'Print the statement of Cruz, Carla' });
  await carla.focus();
  await carla.press('Enter');
  await expect(page.getByRole('article', { name: /^Statement of allocation 2024 · / })).toHaveCount(1);
  await expect(page.getByRole('article')).toContainText('153,103.45');
});

test('a reversed distribution has no statements: the screen says why', async ({ page, host }) => {
  test.setTimeout(90_000);
  const members = await exampleCoop(host);
  await closedExampleYear(host);
  await approvedDistribution(host, members);
  const [resolution] = (await host.call('assemblies.resolutions', { kind: 'surplus-distribution' })) as { id: number; date: string }[];
  await host.call('surplus.post', { year: 2024, resolutionId: resolution!.id, date: resolution!.date });
  await host.call('surplus.reverse', { year: 2024, date: resolution!.date, reason: 'Horas mal cargadas' });

  await page.goto(`${host.url}/#/surplus/statements?year=2024`);
  await expect(page.getByRole('alert')).toHaveText('The distribution of 2024 was reversed; there is nothing to state until it is posted again.');
  await checkA11y(page);
});
