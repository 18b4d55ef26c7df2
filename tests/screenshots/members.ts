/**
 * `npx tsx tests/screenshots/members.ts [folder]`: pictures of the members register, a member's page and
 * the import's column step at 1366×768, in Spanish and Portuguese, from the built renderer (set
 * MINGA_RENDERER_OUT to use another build) over a demo cooperative in that language. Writes into docs/
 * unless a folder is given. A script, not a test: it writes tracked files.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { seededDatabase } from '../e2e/seeds';
import { startHost } from '../host/server';

const root = resolve(import.meta.dirname, '..', '..');
const executablePath = process.env.MINGA_CHROMIUM ?? '/usr/bin/chromium';
const outDir = resolve(process.argv[2] ?? join(root, 'docs'));

async function settle(page: Page): Promise<void> {
  await page.locator('.members-grid__cell--loading, .shell__loading').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(200);
}

async function screenshotLocale(locale: 'es' | 'pt-BR'): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-screenshots-'));
  const dbPath = join(dir, 'minga.sqlite');
  await seededDatabase('empty', join(dir, 'templates'), dbPath);
  const host = await startHost({
    dbPath,
    backupsDir: join(dir, 'backups'),
    downloadsDir: join(dir, 'downloads'),
    rendererDir: resolve(root, process.env.MINGA_RENDERER_OUT ?? 'out/renderer'),
    actor: 'screenshots',
  });
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--no-first-run'] });
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = join(outDir, `members-${name}-${locale}.png`);
    await page.screenshot({ path });
    written.push(path);
  };
  try {
    const demo = await host.dispatch('coop.setupDemo', { locale });
    if (!demo.ok) throw new Error(demo.error.message);
    // The operating system speaks English: the screens must follow the cooperative's language anyway.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US', colorScheme: 'light' });
    await page.goto(`${host.url}/#/members`);
    await page.getByRole('grid').locator('[role="row"][data-index]').first().waitFor();
    await settle(page);
    await shot(page, 'list');

    // The member with the longest status history shows the most of their page.
    const listed = await host.dispatch('members.list', { statuses: ['on_leave'], limit: 1 });
    const onLeave = listed.ok ? (listed.value as { rows: { id: number }[] }).rows[0] : undefined;
    if (!onLeave) throw new Error('the demo has no member on leave');
    await page.goto(`${host.url}/#/members/${onLeave.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('table').first().waitFor();
    await shot(page, 'detail');

    await page.goto(`${host.url}/#/members/import`);
    await page.locator('input[type="file"]').setInputFiles(join(root, 'tests/fixtures/screenshots/socios-planilla.csv'));
    await page.locator('.import-mapping').waitFor();
    await shot(page, 'import');
    return written;
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(outDir, { recursive: true });
for (const locale of ['es', 'pt-BR'] as const) {
  for (const path of await screenshotLocale(locale)) console.log(`wrote ${path}`);
}
