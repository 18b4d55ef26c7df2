/** The pure parts of printing a renderer route to PDF: where the page is, when it is ready, how it is laid out. */
import type { PrintToPDFOptions } from 'electron';
import type { PrintPage } from '../../shared/print';
import { APP_INDEX_URL } from './security';

const MM_PER_INCH = 25.4;
export const PRINT_READY_TIMEOUT_MS = 30_000;

/** The renderer uses a hash router, so a route lives after '#' on the one index page. */
export function printWindowUrl(route: string): string {
  return `${APP_INDEX_URL}#${route.startsWith('/') ? route : `/${route}`}`;
}

/** Electron's printToPDF options for `page`: the same page Chromium's page.pdf makes in the browser host. */
export function pdfOptionsFor(page: PrintPage): PrintToPDFOptions {
  const inches = (mm: number): number => mm / MM_PER_INCH;
  return {
    pageSize: page.format,
    landscape: page.landscape,
    // The page prints its own heading and folio (shared/print.ts says why), so no templates here.
    displayHeaderFooter: false,
    printBackground: true,
    preferCSSPageSize: true,
    margins: {
      top: inches(page.marginMm.top),
      bottom: inches(page.marginMm.bottom),
      left: inches(page.marginMm.left),
      right: inches(page.marginMm.right),
    },
  };
}

/** Polls `isReady` until it says yes; rejects once `timeoutMs` has passed without it. */
export async function waitUntil(
  isReady: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs: number; what: string },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await isReady()) return;
    if (Date.now() >= deadline) throw new Error(`${options.what} was not ready within ${options.timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
}
