/**
 * `npx tsx tests/screenshots/print-book.ts`: pictures of the printed members book for docs/, in Spanish and
 * Portuguese: the book screen at 1366×768 and the first two pages of the PDF the app saves through its
 * print path (rendered to PNG, 1366 wide, by poppler's pdftoppm), from the built renderer (set
 * MINGA_RENDERER_OUT to use another build). A script, not a test: it writes tracked files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { setupCoop } from '../../electron/services/coop';
import { openDatabaseSession } from '../../electron/services/core';
import { demoIdentity, generateDemo } from '../../electron/services/members';
import { startHost } from '../host/server';

const docs = resolve(import.meta.dirname, '..', '..', 'docs');
const identity = {
  es: { taxId: '30-71234567-8', registrationNumber: '45.678', address: 'Av. Corrientes 1234, C1043 Buenos Aires' },
  'pt-BR': { taxId: '12.345.678/0001-90', registrationNumber: '35400012345', address: 'Rua da Consolação 1200, São Paulo - SP' },
} as const;

async function picturesFor(locale: keyof typeof identity, work: string): Promise<void> {
  const dir = join(work, locale);
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'minga.sqlite');
  const seed = await openDatabaseSession({ path: dbPath, actor: 'screenshots' });
  await setupCoop(seed.ctx(), { ...demoIdentity(locale), framework: locale === 'es' ? 'AR' : 'BR', ...identity[locale] });
  await generateDemo(seed.ctx(), { members: 60, years: 4, locale, seed: 7 });
  seed.close();

  const host = await startHost({
    dbPath,
    backupsDir: join(dir, 'backups'),
    downloadsDir: join(dir, 'downloads'),
    rendererDir: resolve(import.meta.dirname, '..', '..', process.env.MINGA_RENDERER_OUT ?? 'out/renderer'),
  });
  mkdirSync(join(dir, 'downloads'), { recursive: true });
  try {
    const executablePath = process.env.MINGA_CHROMIUM ?? '/usr/bin/chromium';
    const browser = await chromium.launch({ executablePath });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale });
    await page.goto(`${host.url}/#/print/members?folio=41`);
    await page.locator('html[data-print-ready]').waitFor({ state: 'attached' });
    await page.screenshot({ path: join(docs, `print-book-screen-${locale}.png`) });
    await browser.close();

    const printed = await host.dispatch('members.printBook', { firstFolio: 41 });
    if (!printed.ok) throw new Error(printed.error.message);
    const pdf = readdirSync(join(dir, 'downloads')).find((f) => f.endsWith('.pdf'))!;
    execFileSync('pdftoppm', ['-png', '-f', '1', '-l', '2', '-scale-to-x', '1366', '-scale-to-y', '-1', join(dir, 'downloads', pdf), join(docs, `print-book-${locale}`)]);
  } finally {
    await host.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'minga-book-'));
try {
  for (const locale of ['es', 'pt-BR'] as const) await picturesFor(locale, work);
  console.log(`Pictures of the book are in ${docs}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
