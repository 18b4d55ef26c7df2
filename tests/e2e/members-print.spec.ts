/**
 * The printed members book through the app's own print path: the book screen asks for the first folio,
 * "Save PDF" calls members.printBook, and the host's platform renders the print route with the app's page
 * setup (shared/print.ts). The PDF it saves is read back page by page with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y, expect, test, type HostFixture } from './fixtures';
import { addClass, subscribe } from './pages/capital-data';

test.use({ seed: 'empty' });

const COOP = { taxId: '30-71234567-8', registrationNumber: '45.678', address: 'Av. Corrientes 1234, Buenos Aires' };

/** An Argentine coop speaking `locale`, with the identity the book prints on every page. */
async function setUpCoop(host: HostFixture, locale: 'es' | 'pt-BR'): Promise<void> {
  await host.call('coop.setup', {
    name: 'Cooperativa de Trabajo La Minga',
    framework: 'AR',
    currency: 'ARS',
    locale,
    fiscalYearStart: '01-01',
    ...COOP,
  });
}

const nationalId = (i: number) => `${30 + Math.floor(i / 1000)}.${String(100 + (i % 900)).padStart(3, '0')}.${String(i).padStart(3, '0').slice(-3)}`;

async function seedMembers(host: HostFixture, count: number): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    await host.call('members.create', {
      memberNumber: i,
      status: 'active',
      lastNames: `Apellido${i} Fernández`,
      firstNames: `María ${i}`,
      nationalId: nationalId(i),
      taxId: `27-${nationalId(i).replace(/\./g, '')}-4`,
      nationality: 'Argentina',
      birthDate: '1988-04-12',
      email: null,
      phone: null,
      // A long address, as real ones are: it may wrap, and the book must still hold 20 members a page.
      address: `Av. Presidente Roque Sáenz Peña ${1000 + i}, piso 3, depto. B, Ciudad Autónoma de Buenos Aires`,
      joinDate: '2023-02-01',
      admissionResolution: `Acta de consejo ${i}`,
      category: 'Costura',
      weeklyHours: 40,
    });
  }
}

function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

const pdfTitle = (file: string) => /^Title:\s*(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]?.trim();

test('the book prints in the coop’s language, its identity and header row on every page, folios from the one given', async ({ page, host }) => {
  await setUpCoop(host, 'es');
  await seedMembers(host, 70);
  // Member 1 subscribes five shares of 1.000,00: the book's capital column shows what the account holds.
  const shareClass = await addClass(host);
  await subscribe(host, 1, shareClass.id, 5, 100_000, 4);
  await page.goto(`${host.url}/#/members`);
  await page.getByRole('main').getByRole('button', { name: 'Imprimir registro' }).click();

  await expect(page.getByRole('columnheader', { name: 'Apellidos, nombres' })).toBeVisible();
  const folio = page.getByLabel('Primer folio');
  await folio.fill('0');
  await expect(page.getByText('Escriba un número entero de 1 a 99.999.')).toBeVisible();
  await expect(page.getByText(/Esta parte tiene 70 asociados\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Guardar PDF' })).toBeDisabled();
  await folio.fill('41');
  await checkA11y(page);
  await page.getByRole('button', { name: 'Guardar PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /registro-de-asociados-folio-41-.*\.pdf/ })).toBeVisible({ timeout: 30_000 });

  const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  expect(saved).toMatch(/^registro-de-asociados-folio-41-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = join(host.downloadsDir, saved!);
  expect(pdfTitle(file)).toBe('Registro de asociados — Cooperativa de Trabajo La Minga');

  const pages = pdfPages(file);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  pages.forEach((text, index) => {
    const where = `page ${index + 1}`;
    expect(text, where).toContain('Registro de asociados');
    expect(text, where).toContain('Cooperativa de Trabajo La Minga');
    expect(text, where).toContain(`CUIT ${COOP.taxId}`);
    expect(text, where).toContain(`Matrícula INAES ${COOP.registrationNumber}`);
    expect(text, where).toContain(COOP.address);
    for (const column of ['N.º', 'Apellidos, nombres', 'DNI', 'CUIL / CUIT', 'Nacionalidad', 'Nacimiento', 'Domicilio', 'Ingreso', 'Capital', 'suscripto', 'Egreso']) {
      expect(text, `${where}: column ${column}`).toContain(column);
    }
    expect(text, where).toMatch(new RegExp(`Folio ${41 + index}\\s*$`));
    // A bound book's page holds at least 20 members; only the last may hold fewer.
    const members = text.match(/Apellido\d+/g) ?? [];
    if (index < pages.length - 1) expect(members.length, where).toBeGreaterThanOrEqual(20);
  });

  const all = pages.join('\n');
  for (let i = 1; i <= 70; i += 1) {
    // No identity number is broken across two lines; dates keep their four-digit year.
    expect(all).toContain(nationalId(i));
    expect(all).toContain(`27-${nationalId(i).replace(/\./g, '')}-4`);
  }
  expect(all).toContain('12/04/1988');
  expect(all).not.toMatch(/12\/4\/88/);
  expect(all).toMatch(/\b5\.?000,00\b/);
  expect(all).toContain('(ARS)');
});

test('the book speaks Portuguese for a Brazilian-language coop, whatever the screen’s language', async ({ page, host }) => {
  await setUpCoop(host, 'pt-BR');
  await seedMembers(host, 3);
  await page.goto(`${host.url}/#/print/members?folio=7`);
  await expect(page.getByRole('columnheader', { name: 'Sobrenomes, nomes' })).toBeVisible();
  await expect(page.getByLabel('Primeira folha')).toHaveValue('7');
  await page.getByRole('button', { name: 'Salvar PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /livro-de-matricula-folio-7-/ })).toBeVisible({ timeout: 30_000 });
  const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  const [first] = pdfPages(join(host.downloadsDir, saved!));
  expect(first).toContain('Livro de matrícula');
  expect(first).toContain('Sobrenomes, nomes');
  expect(first).toMatch(/Folha 7\s*$/);
});

test.describe('a register larger than one printed part', () => {
  test.use({ seed: 'demo10k' });

  test('is printed in parts by member number, each part’s folios continuing from the one given', async ({ page, host }) => {
    await page.goto(`${host.url}/#/print/members`);
    // By default, as much as one part holds from the first member.
    await expect(page.getByText(/This part holds 2,000 members\./)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel('From member no.')).toHaveValue('1');
    await expect(page.getByLabel('to no.')).toHaveValue('2000');

    await page.getByLabel('to no.').fill('10000');
    await expect(page.getByText(/That part holds 10000 members; print at most 2,000 at a time/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save PDF' })).toBeDisabled();

    await page.getByLabel('From member no.').fill('9981');
    await page.getByLabel('First folio').fill('401');
    await expect(page.getByText(/This part holds 20 members\./)).toBeVisible();
    await page.getByRole('button', { name: 'Save PDF' }).click();
    await expect(page.getByRole('status').filter({ hasText: /members-register-folio-401-.*\.pdf/ })).toBeVisible({ timeout: 30_000 });

    const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
    const pages = pdfPages(join(host.downloadsDir, saved!));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/Folio 401\s*$/);
    expect(pages[0]).toMatch(/^\s*9981\s/m);
    expect(pages[0]).toMatch(/^\s*10000\s/m);
    expect(pages[0]).not.toMatch(/^\s*9980\s/m);
    // Member numbers are identities too: never broken across lines.
    for (let n = 9981; n <= 10_000; n += 1) expect(pages[0]).toMatch(new RegExp(`^\\s*${n}\\s`, 'm'));
  });
});
