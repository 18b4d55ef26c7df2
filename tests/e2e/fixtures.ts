/**
 * The end-to-end fixtures: a fresh loopback host per test over a seeded database, and a page that fails
 * the test on any CSP violation, uncaught error, or serious/critical accessibility violation.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Input, Method } from '../../shared/contract';
import { startHost } from '../host/server';
import { seededDatabase, type Seed } from './seeds';

export interface HostFixture {
  url: string;
  dbPath: string;
  downloadsDir: string;
  call<M extends Method>(method: M, input: Input<M>): Promise<unknown>;
  queueOpenPath(path: string): void;
}

/** Fails on axe violations of serious or critical impact on the page as it is now. */
export async function checkA11y(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(blocking, 'accessibility violations').toEqual([]);
}

const CSP_MARK = '[csp-violation]';

export const test = base.extend<{ seed: Seed; host: HostFixture }, { workerDir: string }>({
  seed: ['coop', { option: true }],
  workerDir: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'minga-e2e-'));
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  host: async ({ seed, workerDir }, use, testInfo) => {
    const dir = join(workerDir, `t${testInfo.testId}`);
    mkdirSync(dir, { recursive: true });
    const dbPath = join(dir, 'minga.sqlite');
    await seededDatabase(seed, join(workerDir, 'templates'), dbPath);
    const downloadsDir = join(dir, 'downloads');
    mkdirSync(downloadsDir, { recursive: true });
    const host = await startHost({
      dbPath,
      backupsDir: join(dir, 'backups'),
      downloadsDir,
      rendererDir: resolve(process.env.MINGA_RENDERER_OUT ?? 'out/renderer'),
      actor: 'e2e',
    });
    await use({
      url: host.url,
      dbPath,
      downloadsDir,
      queueOpenPath: host.queueOpenPath,
      async call(method, input) {
        const result = await host.dispatch(method, input);
        if (!result.ok) throw new Error(`${method} refused: ${result.error.message}`);
        return result.value;
      },
    });
    await host.close();
  },
  page: async ({ page }, use) => {
    const problems: string[] = [];
    await page.addInitScript((mark) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`${mark} ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    }, CSP_MARK);
    page.on('console', (message) => {
      const text = message.text();
      if (text.includes(CSP_MARK) || text.includes('Content Security Policy')) problems.push(`CSP: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    if (page.url().startsWith('http')) await checkA11y(page);
    expect(problems, 'CSP violations or uncaught errors').toEqual([]);
  },
});

export { expect };
