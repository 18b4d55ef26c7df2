import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../shared/contract/errors';
import { BOOK_PAGE, chromiumPdfOptions, PRINT_READY_ATTRIBUTE } from '../../shared/print';
import type { PlatformPort } from '../../electron/services/core/platform';

/** Debian's Chromium where it is installed (as build/playwright.config.ts picks it); otherwise Playwright's own. */
const chromiumPath = process.env.MINGA_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * The loopback host's desktop: "save" dialogs answer with a file in the downloads folder, "open"
 * dialogs with whatever a test queued (a person at the browser has no dialog: choosing a file to open
 * needs the desktop app), and printing renders the same print route in headless Chromium with the same
 * page setup as the app's printToPDF (shared/print.ts), so the PDF a test reads is the one the app makes.
 */
export function createHostPlatform(
  downloadsDir: string,
  options: { appUrl?: () => string } = {},
): PlatformPort & { queueOpenPath(path: string): void } {
  const openQueue: string[] = [];
  return {
    async chooseSavePath({ defaultName }) {
      return join(downloadsDir, defaultName);
    },
    async chooseOpenPath() {
      const queued = openQueue.shift();
      if (queued === undefined) {
        throw new DomainError('NOT_SUPPORTED', 'Choosing a file to open needs the desktop app; the browser host has no file dialog.', {
          key: 'errors.OPEN_NEEDS_DESKTOP',
        });
      }
      return queued;
    },
    async printToPdf({ route }) {
      if (!options.appUrl) throw new DomainError('NOT_SUPPORTED', 'This host serves no pages to print.');
      // Loaded here: the in-memory bridge of the component tests uses this platform too, and never prints.
      const { chromium } = await import('@playwright/test');
      const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: ['--disable-gpu'] });
      try {
        const page = await browser.newPage();
        await page.goto(`${options.appUrl()}/#${route}`);
        await page.locator(`html[${PRINT_READY_ATTRIBUTE}]`).waitFor({ state: 'attached', timeout: 30_000 });
        await page.emulateMedia({ media: 'print' });
        return new Uint8Array(await page.pdf(chromiumPdfOptions(BOOK_PAGE)));
      } finally {
        await browser.close();
      }
    },
    // A browser has no second window to open: the renderer opens the projector route in a new tab instead.
    async openProjector() {
      return 'not-supported';
    },
    queueOpenPath(path) {
      openQueue.push(path);
    },
  };
}
