/**
 * How every printed book and statement is paginated: A4, numbered pages "n / N" in the footer, the
 * book's title and the coop's name in the header. Electron's printToPDF (the app) and Chromium's PDF
 * (the end-to-end tests) both take these.
 */
export interface PrintPage {
  /** A4 in millimetres. */
  widthMm: 210;
  heightMm: 297;
  marginMm: { top: number; bottom: number; left: number; right: number };
  headerTemplate: string;
  footerTemplate: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Chromium fills `pageNumber` and `totalPages` itself; the templates are rendered outside the page's CSP. */
export function printPage(title: string, coopName: string): PrintPage {
  const font = 'font-family: sans-serif; font-size: 8px; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between;';
  return {
    widthMm: 210,
    heightMm: 297,
    marginMm: { top: 18, bottom: 16, left: 12, right: 12 },
    headerTemplate: `<div style="${font}"><span>${escapeHtml(coopName)}</span><span>${escapeHtml(title)}</span></div>`,
    footerTemplate: `<div style="${font}"><span></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}

/** Print routes set this attribute on <html> once their data is on the page, so printing waits for it. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
