/**
 * A member's capital statement on screen and printed through the app's print path (issue 7): the range
 * picked on the account page, its operations and positions, then a PDF in the coop's language, read back
 * with poppler's pdftotext. The register prints as a book with folios from the one given.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { CapitalAccountPage } from './pages/capital-account';
import { addClass, addMember, subscribe, today } from './pages/capital-data';

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

test('the statement shows the range’s operations and positions, and prints to PDF', async ({ page, host }) => {
  const member = await addMember(host, 'Choque', 'Marta');
  const shareClass = await addClass(host);
  const sub = await subscribe(host, member.id, shareClass.id, 3, 50_000, 2);
  await host.call('capital.pay', { subscriptionId: sub.id, amountMinor: 125_000, date: today(), method: 'cash' });

  const account = new CapitalAccountPage(page);
  await account.openFromMember(host.url, member.id);
  const statement = account.statement;
  await expect(statement.getByRole('row', { name: /Subscription/ })).toBeVisible();
  await expect(statement.getByRole('row', { name: /Payment/ })).toHaveCount(2);
  await expect(statement.getByRole('row', { name: /Paid-in capital held/ })).toContainText('ARS 1,750.00');

  await statement.getByRole('link', { name: 'Print statement' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Capital statement' })).toBeVisible();
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved as .*\.pdf/ })).toBeVisible({ timeout: 30_000 });
  const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  expect(saved).toBeDefined();
  const text = pdfText(join(host.downloadsDir, saved!));
  expect(text).toContain('Capital statement');
  expect(text).toContain('Choque');
  expect(text).toMatch(/Paid-in capital held\s+ARS\s1,750\.00|ARS\s0\.00\s+ARS\s1,750\.00/);
});

test('the register prints as a book whose folios start at the one given', async ({ page, host }) => {
  const member = await addMember(host, 'Ticona', 'Raúl');
  const shareClass = await addClass(host);
  await subscribe(host, member.id, shareClass.id, 1, 100_000);
  await page.goto(`${host.url}/#/capital/register`);
  await page.getByRole('link', { name: 'Print register' }).click();
  await page.getByLabel('First folio').fill('12');
  await expect(page.getByRole('columnheader', { name: 'Operation' })).toBeVisible();
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved as .*\.pdf/ })).toBeVisible({ timeout: 30_000 });
  const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  const text = pdfText(join(host.downloadsDir, saved!));
  expect(text).toContain('Capital register');
  expect(text).toContain('Ticona');
  expect(text).toMatch(/Folio 12\s*$/m);
});
