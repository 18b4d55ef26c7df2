/**
 * Leaving the demo for the user's own cooperative, from Settings and from the File menu's address
 * (the menu takes the window to /settings?leaveDemo=1): asked first, then back at first run.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkA11y, expect, test } from './fixtures';

test.use({ seed: 'empty' });

test('the demo is left from Settings after a confirmation, and first run starts again', async ({ page, host }) => {
  await host.call('coop.setupDemo', { locale: 'en' });
  await page.goto(`${host.url}/#/settings`);
  const section = page.getByRole('region', { name: 'Demo cooperative' });
  await expect(section).toBeVisible();

  // Cancelling wipes nothing.
  await section.getByRole('button', { name: 'Leave the demo…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave the demo and wipe its data?' });
  await expect(dialog).toBeVisible();
  await checkA11y(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Demo cooperative', { exact: true }).first()).toBeVisible();

  await section.getByRole('button', { name: 'Leave the demo…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Wipe the demo and start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Minga' })).toBeVisible();
  await expect(page).toHaveURL(/#\/setup/);
  expect(await host.call('coop.get', {})).toBeNull();
  // The demo was kept among the backups, not lost.
  expect(readdirSync(join(dirname(host.dbPath), 'backups')).some((f) => f.includes('pre-restore'))).toBe(true);
});

test('the File menu’s address opens the same confirmation at once', async ({ page, host }) => {
  await host.call('coop.setupDemo', { locale: 'es' });
  await page.goto(`${host.url}/#/settings?leaveDemo=1`);
  const dialog = page.getByRole('dialog', { name: '¿Salir de la demostración y borrar sus datos?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Borrar la demostración y empezar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenido a Minga' })).toBeVisible();
});

test('a real cooperative’s settings offer no way to wipe it', async ({ page, host }) => {
  await host.call('coop.setup', { name: 'Cooperativa de Trabajo La Minga', framework: 'AR', currency: 'ARS', locale: 'en', fiscalYearStart: '01-01' });
  await page.goto(`${host.url}/#/settings?leaveDemo=1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave the demo…' })).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
