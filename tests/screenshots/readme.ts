/**
 * `npx tsx tests/screenshots/readme.ts [folder]` (part of `npm run screenshots`): retakes the README's
 * picture of the register from the built renderer over a 10,000-member demo. Writes into docs/ unless a
 * folder is given. A script, not a test: it writes a tracked file, which a test run must never do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { MembersListPage } from '../e2e/pages/members-list';
import { seededDatabase } from '../e2e/seeds';
import { startHost } from '../host/server';

const root = resolve(import.meta.dirname, '..', '..');
const executablePath = process.env.MINGA_CHROMIUM ?? '/usr/bin/chromium';
const outDir = resolve(process.argv[2] ?? join(root, 'docs'));

async function screenshotMembers(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-screenshots-'));
  const dbPath = join(dir, 'minga.sqlite');
  await seededDatabase('demo10k', join(dir, 'templates'), dbPath);
  const host = await startHost({
    dbPath,
    backupsDir: join(dir, 'backups'),
    downloadsDir: join(dir, 'downloads'),
    rendererDir: resolve(root, process.env.MINGA_RENDERER_OUT ?? 'out/renderer'),
    actor: 'screenshots',
  });
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US', colorScheme: 'light' });
    const list = new MembersListPage(page);
    await list.open(host.url);
    await list.rows.first().waitFor();
    await list.grid.locator('.members-grid__cell--loading').first().waitFor({ state: 'detached' });
    const target = join(outDir, 'screenshot-members.png');
    await page.screenshot({ path: target });
    return target;
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`wrote ${await screenshotMembers()}`);
