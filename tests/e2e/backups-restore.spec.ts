/**
 * Restoring one of the listed backups from Settings (issue 5: restore takes a file only from the
 * backups list or the app's own dialog): asked first, then the whole screen shows the restored data.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkA11y, expect, test } from './fixtures';
import { SettingsPage } from './pages/settings';

test.use({ seed: 'coop' });

const LISTED = 'minga-2026-01-05T09-30-00-000Z-manual.sqlite';

test('restores a listed backup after a confirmation, and everything on screen is refreshed', async ({ page, host }) => {
  const { path } = (await host.call('backups.create', {})) as { path: string };
  const backupsDir = join(dirname(host.dbPath), 'backups');
  mkdirSync(backupsDir, { recursive: true });
  copyFileSync(path, join(backupsDir, LISTED));
  await host.call('members.create', {
    lastNames: 'Núñez',
    firstNames: 'José María',
    nationalId: null,
    taxId: null,
    nationality: 'Argentina',
    birthDate: '1980-03-05',
    email: null,
    phone: null,
    address: null,
    joinDate: '2020-01-15',
    admissionResolution: 'Acta N° 1',
    category: 'Oficial',
    weeklyHours: 40,
  } as never);

  const register = page.getByRole('grid', { name: 'Members register' });
  await page.goto(`${host.url}/#/members`);
  await expect(register).toContainText('Núñez');
  await new SettingsPage(page).open(host.url);
  const backups = page.getByRole('table', { name: 'Automatic backups' });
  await expect(backups.getByRole('row')).toHaveCount(2);

  await backups.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: /^Restore the backup of / });
  await expect(dialog).toBeVisible();
  await checkA11y(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await backups.getByRole('button', { name: /^Restore the backup of / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored from' })).toBeVisible();
  // The current database was kept first, and the list shows it without a reload.
  await expect(backups.getByRole('row')).toHaveCount(3);
  await expect(backups).toContainText('Before a restore');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: '0 members' })).toBeVisible();
  await expect(register).toBeHidden();
});
