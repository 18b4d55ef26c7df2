/**
 * How every printed book is laid out: A4 landscape (a book's columns do not fit upright), the margins
 * below, and no header or footer templates from the printer. The page prints its own heading (the coop's
 * identity, repeated with the table header on every page) and its own folio in a CSS page-margin box,
 * because a folio must continue from the number the user gives and a template cannot add to its page
 * number. Electron's printToPDF (the app) and Chromium's page.pdf (the browser host, and so the
 * end-to-end tests) both take this one description.
 */
export interface PrintPage {
  format: 'A4';
  landscape: true;
  /** Must match the `@page` margin of the print stylesheets (a unit test compares them). */
  marginMm: { top: number; bottom: number; left: number; right: number };
}

export const BOOK_PAGE: PrintPage = {
  format: 'A4',
  landscape: true,
  marginMm: { top: 10, bottom: 12, left: 10, right: 10 },
};

/** Chromium's page.pdf options (Playwright's shape) for a page laid out as `page`. */
export function chromiumPdfOptions(page: PrintPage) {
  const mm = (value: number) => `${value}mm`;
  return {
    format: page.format,
    landscape: page.landscape,
    displayHeaderFooter: false,
    printBackground: true,
    preferCSSPageSize: true,
    margin: {
      top: mm(page.marginMm.top),
      bottom: mm(page.marginMm.bottom),
      left: mm(page.marginMm.left),
      right: mm(page.marginMm.right),
    },
  };
}

/** Print routes set this attribute on <html> once their data is on the page, so printing waits for it. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';

/** The highest folio a book part may start from: far beyond any bound book, low enough to catch a typo. */
export const MAX_FOLIO = 99_999;

/**
 * The most members one printed part may hold (about 80 pages): Chromium takes seconds for 1,000 rows,
 * twenty for 3,000, and fails on a whole 10,000-member register. A bound book is printed in parts anyway.
 */
export const MAX_BOOK_PART = 2_000;

export interface BookPart {
  firstFolio: number;
  /** Member numbers the part runs from and to (both included); null for the register's first or last. */
  fromNumber: number | null;
  toNumber: number | null;
}

/** The print route of a part of the members book. */
export function membersBookRoute({ firstFolio, fromNumber, toNumber }: BookPart): string {
  const range = `${fromNumber === null ? '' : `&from=${fromNumber}`}${toNumber === null ? '' : `&to=${toNumber}`}`;
  return `/print/members?folio=${firstFolio}${range}`;
}

/** A CSS string literal for `content:` (names may hold quotes or backslashes; never control characters). */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}
