/**
 * Density and layout of the register, measured in a real browser (issue 6, "Density and layout"): at
 * 1366×768 at least 18 rows show under a header that stays, and at 1280 wide no date, status, number or
 * identity number is cut, in any of the three languages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMembers, membersInEveryStatus, setUpCoop, type CoopLocale } from './pages/members-data';

test.use({ seed: 'empty' });

const titles: Record<CoopLocale, string> = { es: 'Asociados', 'pt-BR': 'Cooperados', en: 'Members' };

async function openRegister(page: Page, url: string, locale: CoopLocale) {
  await page.goto(`${url}/#/members`);
  await page.getByRole('heading', { level: 1, name: titles[locale] }).waitFor();
  await expect(page.locator('[role="grid"] [role="row"][data-index]').first()).toContainText(/\S/);
  await expect(page.locator('.members-grid__cell--loading')).toHaveCount(0);
}

/** Cells of the register whose content is wider than the cell (cut or ellipsised), as "column: text". */
function cutCells(page: Page): Promise<string[]> {
  return page.locator('[role="grid"]').evaluate((grid) => {
    const columns = Array.from(grid.querySelectorAll('[role="columnheader"]'), (h) => h.textContent ?? '');
    const cut: string[] = [];
    grid.querySelectorAll('[role="row"][data-index]').forEach((row) => {
      row.querySelectorAll('[role="gridcell"]').forEach((cell, i) => {
        // Names may ellipsise on a narrow screen (the member's page shows them whole); these may not.
        if (i === 1 || i === 2 || i === 4) return;
        if (cell.scrollWidth > cell.clientWidth) cut.push(`${columns[i]}: ${cell.textContent}`);
      });
    });
    grid.querySelectorAll('[role="columnheader"]').forEach((header) => {
      if (header.scrollWidth > header.clientWidth) cut.push(`header: ${header.textContent}`);
    });
    return cut;
  });
}

for (const locale of ['es', 'pt-BR', 'en'] as const) {
  test(`nothing in the register is cut at 1280 wide in ${locale}`, async ({ page, host }) => {
    await setUpCoop(host, locale);
    await membersInEveryStatus(host);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openRegister(page, host.url, locale);
    await expect(page.locator('.member-status')).toHaveCount(7);
    expect(await cutCells(page)).toEqual([]);
    // The filters' status chips and the count are whole too.
    const cutChips = await page.locator('.members-filters__chip, .members-list__count').evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent),
    );
    expect(cutChips).toEqual([]);
  });
}

for (const locale of ['es', 'pt-BR'] as const) {
  test(`at 1366×768 the register shows at least 18 rows under a header and column titles that stay, in ${locale}`, async ({ page, host }) => {
    await setUpCoop(host, locale);
    await membersInEveryStatus(host);
    await addMembers(host, 60);
    await page.setViewportSize({ width: 1366, height: 768 });
    await openRegister(page, host.url, locale);

    const grid = page.getByRole('grid');
    const head = page.locator('.members-grid__head');
    const visibleRows = () =>
      grid.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const headBottom = el.querySelector('.members-grid__head')!.getBoundingClientRect().bottom;
        const bottom = Math.min(box.bottom, window.innerHeight);
        return Array.from(el.querySelectorAll('[role="row"][data-index]')).filter((row) => {
          const r = row.getBoundingClientRect();
          return r.top >= headBottom - 1 && r.bottom <= bottom + 1;
        }).length;
      });
    expect(await visibleRows()).toBeGreaterThanOrEqual(18);

    // Scrolling the register moves the rows, not the page: the title, the filters and the column titles stay.
    const heading = page.getByRole('heading', { level: 1, name: titles[locale] });
    const before = { heading: (await heading.boundingBox())!.y, head: (await head.boundingBox())!.y };
    await grid.hover();
    await page.mouse.wheel(0, 900);
    await expect(grid.locator('[aria-rowindex="2"]')).toHaveCount(0);
    expect((await heading.boundingBox())!.y).toBe(before.heading);
    expect((await head.boundingBox())!.y).toBe(before.head);
    await expect(page.getByRole('searchbox')).toBeInViewport();
    expect(await visibleRows()).toBeGreaterThanOrEqual(18);
  });
}
