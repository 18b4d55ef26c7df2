import type { Locator, Page } from '@playwright/test';

/** The members register screen (English labels). */
export class MembersListPage {
  readonly search: Locator;
  readonly grid: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.grid = page.getByRole('grid', { name: 'Members register' });
    this.count = page.locator('.members-list__count');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}/#/members`);
    await this.page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
  }

  button(name: 'New member' | 'Import' | 'Export CSV' | 'Export XLSX' | 'Print register'): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true }).first();
  }

  /** Body rows (the header row is aria-rowindex 1). */
  get rows(): Locator {
    return this.grid.locator('[role="row"][data-index]');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  statusFilter(label: string): Locator {
    return this.page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: label });
  }

  columnHeader(name: string | RegExp): Locator {
    return this.grid.getByRole('columnheader', { name });
  }

  get emptyState(): Locator {
    return this.page.getByText('No members yet — add one or import a spreadsheet.');
  }

  /** Scrolls the virtualised grid to its last row. */
  async scrollToEnd(): Promise<void> {
    await this.grid.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
  }

  notification(text: string | RegExp): Locator {
    return this.page.locator('.toasts').getByText(text);
  }
}
