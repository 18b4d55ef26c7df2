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

test('a statute change cannot take effect before the version in force: older versions are never rewritten', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open(host.url);
  await settings.fund('Reserva legal').fill('6');
  // en-US segments: month, day, year.
  await settings.typeEffectiveFrom('01012020');
  await settings.save();

  await expect(settings.effectiveFrom).toHaveAttribute('data-invalid', 'true');
  expect(await settings.descriptionOf(settings.effectiveFrom)).toContain('A new statute version cannot take effect before the one in force');
  await checkA11y(page);
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

test('keyboard: ? lists each section with its Alt+N, Escape closes the list, Alt+1 and Alt+0 switch sections', async ({ page, host }) => {
  const shell = new ShellPage(page);
  await shell.open(host.url, '/settings');
  await expect(shell.heading('Settings')).toBeVisible();
  await expect(shell.nav.getByRole('link', { name: 'Members' })).toHaveAttribute('aria-keyshortcuts', 'Alt+1');
  await expect(shell.nav.getByRole('link', { name: 'Capital' })).toHaveAttribute('aria-keyshortcuts', 'Alt+2');
  await expect(shell.nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-keyshortcuts', 'Alt+0');

  await page.keyboard.press('?');
  const help = shell.shortcutsHelp();
  await expect(help).toBeVisible();
  expect(await shell.keysFor('Go to Members')).toBe('Alt+1');
  expect(await shell.keysFor('Go to Settings')).toBe('Alt+0');
  await checkA11y(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('Alt+1');
  await expect(page).toHaveURL(/#\/members$/);
  await expect(shell.heading('Members')).toBeVisible();
  await page.keyboard.press('Alt+0');
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(shell.heading('Settings')).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.main).toBeFocused();
});

test('a path a section does not know shows "not found" inside the shell, with a way home', async ({ page, host }) => {
  const shell = new ShellPage(page);
  await shell.open(host.url, '/settings/nowhere');
  await expect(shell.heading('This page does not exist.')).toBeVisible();
  await expect(shell.nav).toBeVisible();
  await shell.main.getByRole('link', { name: 'Go to the members register' }).click();
  await expect(shell.heading('Members')).toBeVisible();
});

test('the members register’s margin for future status changes is set from Settings, where the refusal points', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  const shell = new ShellPage(page);
  await settings.open(host.url);
  await expect(settings.statusMarginDays).toHaveValue('0');

  await settings.statusMarginDays.fill('400');
  await settings.membersSection.getByRole('button', { name: 'Save' }).click();
  await expect(settings.membersSection.getByText('Write a whole number of days from 0 to 366.')).toBeVisible();
  expect(await host.call('members.settings', {})).toEqual({ statusFutureMarginDays: 0 });

  await settings.statusMarginDays.fill('10');
  await settings.statusMarginDays.press('Enter');
  await expect(shell.notification('The members register settings were saved.')).toBeVisible();
  expect(await host.call('members.settings', {})).toEqual({ statusFutureMarginDays: 10 });
  await checkA11y(page);
});
