import type { Locator, Page } from '@playwright/test';
import type { HostFixture } from '../fixtures';

/**
 * The attendance screens as a secretary uses them: the week grid (members down, days across), the
 * import with its dry-run report, and the reports with their charts.
 */
export class AttendanceWeekPage {
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid');
  }

  /** The week that holds `date`. */
  async open(url: string, date: string): Promise<void> {
    await this.page.goto(`${url}/#/attendance?week=${date}`);
    await this.grid.waitFor();
  }

  /** The cell of the member whose row header contains `member`, on the `day`-th column (0 = the week's first day). */
  cell(member: string, day: number): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: member }) }).getByRole('gridcell').nth(day);
  }

  /** The week's total cell of the member's row. */
  total(member: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: member }) }).getByRole('gridcell').last();
  }

  /** Puts the keyboard focus on a cell, as a person clicking into the grid would; everything else is keys. */
  async focus(member: string, day: number): Promise<void> {
    await this.cell(member, day).focus();
  }

  /** Types a sequence of keys: strings are typed, names in braces are pressed ("{Tab}"). */
  async keys(...sequence: string[]): Promise<void> {
    for (const step of sequence) {
      const named = /^\{(.+)\}$/.exec(step);
      if (named) await this.page.keyboard.press(named[1]!);
      else await this.page.keyboard.type(step);
    }
  }

  /** Pastes `text` (tab-separated rows) into the grid at the focused cell, as Ctrl+V from a spreadsheet does. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, text);
  }

  /** The save button, whose name counts the days to save ("Save 3 days"); `word` is its verb in the coop's language. */
  saveButton(word = 'Save'): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${word}`) });
  }

  get errors(): Locator {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading', { level: 2 }) });
  }

  notice(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}

export class AttendanceImportPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}/#/attendance/import`);
    await this.page.getByRole('heading', { level: 1, name: 'Import attendance' }).waitFor();
  }

  async chooseFile(name: string, content: string): Promise<void> {
    await this.page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
    await this.page.getByRole('heading', { name: 'What the check found' }).waitFor();
  }

  /** The problem rows as [line, column, value, problem]. */
  async problemRows(): Promise<string[][]> {
    return this.page
      .locator('.import-problems tbody tr')
      .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')));
  }

  importButton(rows: number): Locator {
    return this.page.getByRole('main').getByRole('button', { name: `Import ${rows} row${rows === 1 ? '' : 's'}` });
  }

  async commit(rows: number): Promise<void> {
    await this.importButton(rows).click();
    await this.page.getByRole('dialog', { name: 'Import the attendance?' }).getByRole('button', { name: /^Import/ }).click();
  }
}

export class AttendanceReportsPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}/#/attendance/reports`);
    await this.page.getByRole('heading', { level: 1, name: 'Attendance reports' }).waitFor();
  }

  /** A chart by its title: a figure whose drawing is an image named by its summary. */
  chart(title: string | RegExp): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  /** A chart's drawing: one image whose accessible name is the chart's summary in words. */
  drawing(title: string | RegExp): Locator {
    return this.chart(title).getByRole('img').first();
  }

  /** The rows of a chart's table of figures, opened first. */
  async tableOf(title: string | RegExp): Promise<string[][]> {
    const chart = this.chart(title);
    await chart.getByText(/Show the figures/).click();
    return chart.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')));
  }
}

/** Members for the attendance specs, one by one through the register: joined in 2023, 40 hours a week. */
export async function seedAttendanceMembers(host: HostFixture, lastNames: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const last of lastNames) {
    const member = (await host.call('members.create', {
      lastNames: last,
      firstNames: 'Ana',
      nationalId: null,
      taxId: null,
      nationality: null,
      birthDate: null,
      email: null,
      phone: null,
      address: null,
      joinDate: '2023-02-01',
      admissionResolution: null,
      category: null,
      weeklyHours: 40,
      status: 'active',
    })) as { id: number };
    ids.push(member.id);
  }
  return ids;
}

/** Whole-day work records through the grid's own save: `minutes` on every weekday of [from, to]. */
export async function recordWeekdays(host: HostFixture, memberId: number, from: string, to: string, minutes: number): Promise<void> {
  const cells = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    cells.push({ memberId, date: day.toISOString().slice(0, 10), records: [{ kind: 'work' as const, minutes }] });
  }
  await host.call('attendance.saveGrid', { cells });
}
