/**
 * `npx tsx tests/screenshots/capital.ts [folder]`: pictures of a member's capital account, the capital
 * register and the trial balance at 1366×768, in Spanish and Portuguese, from the built renderer (set
 * MINGA_RENDERER_OUT to use another build) over a demo cooperative in that language. Writes into docs/
 * unless a folder is given. A script, not a test: it writes tracked files.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Output } from '../../shared/contract';
import { seededDatabase } from '../e2e/seeds';
import { startHost } from '../host/server';

const root = resolve(import.meta.dirname, '..', '..');
const executablePath = process.env.MINGA_CHROMIUM ?? '/usr/bin/chromium';
const outDir = resolve(process.argv[2] ?? join(root, 'docs'));

async function settle(page: Page): Promise<void> {
  await page.locator('.query-state--loading, .shell__loading').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
}

interface Holder {
  memberId: number;
}

/** The member with the most operations in the register's first pages: their account shows the most. */
function busiestMember(rows: { memberId: number | null }[]): Holder | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.memberId !== null) counts.set(row.memberId, (counts.get(row.memberId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([memberId]) => ({ memberId }))[0];
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
    const path = join(outDir, `capital-${name}-${locale}.png`);
    await page.screenshot({ path });
    written.push(path);
  };
  try {
    const demo = await host.dispatch('coop.setupDemo', { locale });
    if (!demo.ok) throw new Error(demo.error.message);
    const register = await host.dispatch('capital.register', { from: '1900-01-01', to: '2100-12-31', offset: 0, limit: 500 });
    if (!register.ok) throw new Error(register.error.message);
    // A member with an instalment late shows what a treasurer acts on; otherwise the busiest account.
    const late = await host.dispatch('capital.lateInstalments', { asOf: new Date().toISOString().slice(0, 10) });
    const lateRows = late.ok ? (late.value as Output<'capital.lateInstalments'>) : [];
    const holder = lateRows[0] ?? busiestMember((register.value as Output<'capital.register'>).rows);
    if (!holder) throw new Error('the demo has no capital operations');

    // The operating system speaks English: the screens must follow the cooperative's language anyway.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US', colorScheme: 'light' });
    await page.goto(`${host.url}/#/capital/members/${holder.memberId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.capital-subscriptions, .empty-state').first().waitFor();
    await settle(page);
    await shot(page, 'account');

    await page.goto(`${host.url}/#/capital/register`);
    await page.locator('.capital-register, .empty-state').first().waitFor();
    await settle(page);
    await shot(page, 'register');

    await page.goto(`${host.url}/#/ledger`);
    await page.locator('.ledger-trial, .empty-state').first().waitFor();
    await settle(page);
    await shot(page, 'trial-balance');
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
