import { describe, expect, it } from 'vitest';
import { printPage } from '../../shared/print';
import { pdfOptionsFor, printWindowUrl, waitUntil } from '../../electron/main/print-job';

describe('printing a route to PDF', () => {
  it('opens the route through the hash router of the app page', () => {
    expect(printWindowUrl('/print/members?locale=es')).toBe('app://minga/index.html#/print/members?locale=es');
    expect(printWindowUrl('print/members')).toBe('app://minga/index.html#/print/members');
  });

  it('prints A4 with header, numbered footer and the margins converted from mm to inches', () => {
    const page = printPage('Registro de socios', 'Cooperativa La Minga');
    const options = pdfOptionsFor(page);
    expect(options).toMatchObject({
      pageSize: 'A4',
      displayHeaderFooter: true,
      printBackground: true,
      headerTemplate: page.headerTemplate,
      footerTemplate: page.footerTemplate,
    });
    expect(options.margins?.top).toBeCloseTo(page.marginMm.top / 25.4, 6);
    expect(options.margins?.bottom).toBeCloseTo(page.marginMm.bottom / 25.4, 6);
    expect(options.margins?.left).toBeCloseTo(page.marginMm.left / 25.4, 6);
    expect(options.margins?.right).toBeCloseTo(page.marginMm.right / 25.4, 6);
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
