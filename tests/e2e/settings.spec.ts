import type { StatuteParameters } from '../../shared/domain/statute';
import { checkA11y, expect, test } from './fixtures';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';

test.use({ seed: 'coop' });

async function storedStatute(host: { call(method: 'coop.get', input: Record<string, never>): Promise<unknown> }) {
  return ((await host.call('coop.get', {})) as { name: string; locale: string; statute: StatuteParameters });
}

test('changes the name and a fund percentage', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  const shell = new ShellPage(page);
  await settings.open(host.url);
  await checkA11y(page);

  await settings.name.fill('Cooperativa de Trabajo La Minga Ltda.');
  await settings.fund('Reserva legal').fill('7.5');
  await settings.save();

  await expect(shell.notification('Settings saved.')).toBeVisible();
  await expect(shell.header).toContainText('Cooperativa de Trabajo La Minga Ltda.');
  const saved = await storedStatute(host);
  expect(saved.name).toBe('Cooperativa de Trabajo La Minga Ltda.');
  expect(saved.statute.funds[0]?.percent).toEqual({ num: 750, den: 10_000 });
});

test('refuses a fund below its legal minimum at the field — Ley 20.337 art. 42', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open(host.url);
  const reserve = settings.fund('Reserva legal');
  await reserve.fill('4');
  await settings.save();

  await expect(reserve).toHaveAttribute('aria-invalid', 'true');
  await expect(reserve).toBeFocused();
  expect(await settings.descriptionOf(reserve)).toContain('not lower it below the legal minimum (Ley 20.337 art. 42 inc. 1)');
  await expect(page.getByRole('alert')).toContainText('legal minimum');
  expect((await storedStatute(host)).statute.funds[0]?.percent).toEqual({ num: 5, den: 100 });
});

test('resets the statute to the framework defaults after confirmation', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open(host.url);
  await settings.fund('Reserva legal').fill('9');

  let dialog = await settings.resetToDefaults();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await checkA11y(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(settings.fund('Reserva legal')).toHaveValue('9');

  dialog = await settings.resetToDefaults();
  await dialog.getByRole('button', { name: 'Reset the parameters' }).click();
  await expect(settings.fund('Reserva legal')).toHaveValue('5');
  await settings.save();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  expect((await storedStatute(host)).statute.funds[0]?.percent).toEqual({ num: 5, den: 100 });
});

test('switches the interface to Spanish once saved', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  const shell = new ShellPage(page);
  await settings.open(host.url);
  await settings.language.selectOption('es');
  await settings.save();

  await expect(shell.heading('Configuración')).toBeVisible();
  await expect(shell.nav.getByRole('link', { name: 'Asociados' })).toBeVisible();
  expect(await shell.lang()).toBe('es');
  expect((await storedStatute(host)).locale).toBe('es');
  await checkA11y(page);
});

test('the dark theme sets data-theme and survives a reload', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  const shell = new ShellPage(page);
  await settings.open(host.url);
  await settings.chooseTheme('Dark');
  expect(await shell.theme()).toBe('dark');
  await checkA11y(page);

  await page.reload();
  await expect(shell.heading('Settings')).toBeVisible();
  expect(await shell.theme()).toBe('dark');
  await settings.chooseTheme('Light');
  expect(await shell.theme()).toBe('light');
});

test('keyboard: ? lists the shortcuts, Escape closes them, Alt+1 and Alt+2 switch sections', async ({ page, host }) => {
  const shell = new ShellPage(page);
  await shell.open(host.url, '/settings');
  await expect(shell.heading('Settings')).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await checkA11y(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('Alt+1');
  await expect(page).toHaveURL(/#\/members$/);
  await page.keyboard.press('Alt+2');
  await expect(page).toHaveURL(/#\/settings$/);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.main).toBeFocused();
});
