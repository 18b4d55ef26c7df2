import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOOK_PAGE, chromiumPdfOptions, cssString, membersBookRoute } from '../../shared/print';
import { pdfOptionsFor, printWindowUrl, waitUntil } from '../../electron/main/print-job';

const bookStylesheet = readFileSync(fileURLToPath(new URL('../../renderer/src/screens/members/print.css', import.meta.url)), 'utf8');

describe('printing a route to PDF', () => {
  it('opens the route through the hash router of the app page', () => {
    expect(printWindowUrl('/print/members?folio=41')).toBe('app://minga/index.html#/print/members?folio=41');
    expect(printWindowUrl('print/members')).toBe('app://minga/index.html#/print/members');
    expect(membersBookRoute({ firstFolio: 41, fromNumber: null, toNumber: null })).toBe('/print/members?folio=41');
    expect(membersBookRoute({ firstFolio: 401, fromNumber: 9981, toNumber: 10_000 })).toBe('/print/members?folio=401&from=9981&to=10000');
  });

  it('prints the book on A4 landscape with the page’s own heading and folio, no printer templates', () => {
    const options = pdfOptionsFor(BOOK_PAGE);
    expect(options).toMatchObject({ pageSize: 'A4', landscape: true, displayHeaderFooter: false, printBackground: true, preferCSSPageSize: true });
    expect(options.headerTemplate).toBeUndefined();
    expect(options.footerTemplate).toBeUndefined();
    expect(options.margins?.top).toBeCloseTo(BOOK_PAGE.marginMm.top / 25.4, 6);
    expect(options.margins?.bottom).toBeCloseTo(BOOK_PAGE.marginMm.bottom / 25.4, 6);
    expect(options.margins?.left).toBeCloseTo(BOOK_PAGE.marginMm.left / 25.4, 6);
    expect(options.margins?.right).toBeCloseTo(BOOK_PAGE.marginMm.right / 25.4, 6);
  });

  it('gives the browser host the very page the app prints (the end-to-end tests read the app’s PDF)', () => {
    const electron = pdfOptionsFor(BOOK_PAGE);
    const chromium = chromiumPdfOptions(BOOK_PAGE);
    expect(chromium).toMatchObject({
      format: electron.pageSize,
      landscape: electron.landscape,
      displayHeaderFooter: electron.displayHeaderFooter,
      printBackground: electron.printBackground,
      preferCSSPageSize: electron.preferCSSPageSize,
    });
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      expect(Number.parseFloat(chromium.margin[side]) / 25.4).toBeCloseTo(electron.margins![side]!, 6);
    }
  });

  it('lays the book stylesheet’s page out as BOOK_PAGE says, with the folio counting on from the one given', () => {
    const page = /@page members-book \{([^]*?)@bottom-right/.exec(bookStylesheet)?.[1] ?? '';
    const { top, right, bottom, left } = BOOK_PAGE.marginMm;
    expect(page).toContain('size: A4 landscape;');
    expect(page).toContain(`margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;`);
    expect(bookStylesheet).toMatch(/@page members-book:first \{\s*counter-set: page var\(--book-first-folio, 1\);/);
    expect(bookStylesheet).toMatch(/content: var\(--book-folio-label\) " " counter\(page\);/);
  });

  it('quotes text for CSS content, so a coop or word with quotes cannot break the folio line', () => {
    expect(cssString('Folio')).toBe('"Folio"');
    expect(cssString('La "Minga" \\ 2')).toBe('"La \\"Minga\\" \\\\ 2"');
    expect(cssString('a\nb')).toBe('"a b"');
  });

  it('waits until the page says it is ready', async () => {
    let polls = 0;
    await waitUntil(async () => ++polls === 3, { timeoutMs: 1000, intervalMs: 1, what: 'page' });
    expect(polls).toBe(3);
  });

  it('gives up after the timeout', async () => {
    await expect(waitUntil(async () => false, { timeoutMs: 20, intervalMs: 5, what: 'The print page' })).rejects.toThrow(
      /The print page was not ready within 20 ms/,
    );
  });
});
