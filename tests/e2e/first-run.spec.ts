import { checkA11y, expect, test } from './fixtures';
import { FirstRunPage } from './pages/first-run';
import { ShellPage } from './pages/shell';

test.use({ seed: 'empty' });

test('sets up a cooperative in Spanish through the form and lands on the members', async ({ page, host }) => {
  const firstRun = new FirstRunPage(page);
  const shell = new ShellPage(page);
  await page.goto(host.url);
  await expect(firstRun.heading).toHaveText('Welcome to Minga');

  await firstRun.chooseLanguage('es');
  await expect(firstRun.heading).toHaveText('Bienvenido a Minga');
  await checkA11y(page);
  await firstRun.startSetup(/Configurar mi cooperativa/);
  await expect(firstRun.heading).toHaveText('Configure su cooperativa');

  const labels = {
    name: /Nombre de la cooperativa/,
    framework: /Marco legal/,
    currency: /Moneda/,
    language: /^Idioma/,
    month: 'Mes',
    day: 'Día',
    taxId: /Identificación fiscal/,
    registrationNumber: /Número de registro/,
    address: /Domicilio legal/,
  };
  const legalIdentity = { taxId: 'F12345678', registrationNumber: 'Registro de Cooperativas 4321', address: 'Calle Mayor 1, Madrid' };
  await firstRun.fill({ name: 'Cooperativa de Trabajo El Hornero', framework: 'ES', language: 'es', fiscalYearStart: { month: 7, day: 1 }, legalIdentity }, labels);
  await expect(page.getByRole('combobox', { name: labels.currency })).toHaveValue('EUR');
  await checkA11y(page);
  await firstRun.submitWithEnter(labels.name);

  await expect(page).toHaveURL(/#\/members$/);
  await expect(shell.heading('Asociados')).toBeVisible();
  await expect(shell.header).toContainText('Cooperativa de Trabajo El Hornero');
  await expect(shell.nav.getByRole('link', { name: 'Configuración' })).toBeVisible();
  expect(await shell.lang()).toBe('es');
  expect(await host.call('coop.get', {})).toMatchObject({
    framework: 'ES',
    currency: 'EUR',
    minorDigits: 2,
    locale: 'es',
    fiscalYearStart: '07-01',
    isDemo: false,
    ...legalIdentity,
  });
});

test('a Chilean cooperative keeps whole pesos: CLP has no minor unit (ISO 4217)', async ({ page, host }) => {
  const firstRun = new FirstRunPage(page);
  await page.goto(host.url);
  await firstRun.chooseLanguage('es');
  await firstRun.startSetup(/Configurar mi cooperativa/);
  const labels = { name: /Nombre de la cooperativa/, framework: /Marco legal/, currency: /Moneda/, language: /^Idioma/, month: 'Mes', day: 'Día' };
  await firstRun.fill({ name: 'Cooperativa de Trabajo Los Andes', framework: 'custom', currency: 'CLP', language: 'es' }, labels);
  await firstRun.submitWithEnter(labels.name);
  await expect(page).toHaveURL(/#\/members$/);
  expect(await host.call('coop.get', {})).toMatchObject({ framework: 'custom', currency: 'CLP', minorDigits: 0, taxId: null });
});

test('explores the demo cooperative in Brazilian Portuguese', async ({ page, host }) => {
  const firstRun = new FirstRunPage(page);
  const shell = new ShellPage(page);
  await page.goto(host.url);
  await firstRun.chooseLanguage('pt-BR');
  await expect(firstRun.heading).toHaveText('Boas-vindas ao Minga');
  await firstRun.exploreDemo(/Explorar uma cooperativa de demonstração/);

  await expect(page).toHaveURL(/#\/members$/, { timeout: 30_000 });
  await expect(shell.heading('Cooperados')).toBeVisible();
  await expect(shell.header).toContainText('Cooperativa de demonstração');
  expect(await shell.lang()).toBe('pt-BR');
  expect(await host.call('coop.get', {})).toMatchObject({ locale: 'pt-BR', framework: 'BR', isDemo: true });
});
