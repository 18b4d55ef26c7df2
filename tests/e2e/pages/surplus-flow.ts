import type { Locator, Page } from '@playwright/test';
import { typeDate } from './member-form';

/** Two policies compared (English labels): B's fields, the steps and each member under A and B. */
export class SurplusComparePage {
  constructor(readonly page: Page) {}

  async open(url: string, year: number): Promise<void> {
    await this.page.goto(`${url}/#/surplus/compare?year=${year}`);
    await this.page.getByRole('heading', { level: 1, name: 'Two policies side by side' }).waitFor();
  }

  /** A percentage of policy B. */
  percent(label: string): Locator {
    return this.page.getByRole('textbox', { name: `${label} (%)`, exact: true });
  }

  side(which: 'A' | 'B'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${which}: `) });
  }

  step(name: string): Locator {
    return this.page.getByRole('table', { name: 'Step by step under A and B' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** A member's row: name, then return, cash and capitalised, each as A, B, B − A. */
  member(name: RegExp): Locator {
    return this.page.getByRole('table', { name: 'Each member under A and B' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  /** The texts of a member's cells, spaces made plain. */
  async cells(name: RegExp): Promise<string[]> {
    return (await this.member(name).getByRole('cell').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }
}

/** The projector controls on the simulation and comparison screens. */
export class SurplusProjectorControls {
  constructor(readonly page: Page) {}

  async show(button: string, labels: 'by name' | 'by member number'): Promise<void> {
    await this.page.getByLabel('Members are shown').selectOption({ label: labels });
    await this.page.getByRole('button', { name: button }).click();
    await this.page.getByRole('status').filter({ hasText: /is on the projector\.$/ }).waitFor();
  }
}

/** The room's projector page for the distribution; no controls. */
export class SurplusProjectorPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}/#/projector/surplus`);
    await this.page.locator('.surplus-projector').waitFor();
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get chart(): Locator {
    return this.page.getByRole('img', { name: /split step by step/ });
  }

  member(label: string | RegExp): Locator {
    return this.page.getByRole('region', { name: /^Members’ returns|^Members' returns/ }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label }) });
  }

  fund(name: string): Locator {
    return this.page.locator('.surplus-projector__funds div').filter({ has: this.page.getByText(name, { exact: true }) });
  }
}

/** Returns waiting to be collected, as of a date; collected or converted to capital. */
export class SurplusReturnsPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}/#/surplus/returns`);
    await this.page.getByRole('heading', { level: 1, name: 'Returns to collect' }).waitFor();
  }

  /** Types the "As of" date segment by segment (month, day, year in English). */
  async asOf(iso: string): Promise<void> {
    const [y, m, d] = iso.split('-');
    await typeDate(this.page.getByRole('group', { name: 'As of' }), `${m}${d}${y}`);
  }

  row(name: RegExp): Locator {
    return this.page.getByRole('table', { name: 'Cash returns waiting to be collected' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  async convert(name: string, year: number): Promise<Locator> {
    await this.page.getByRole('button', { name: `Convert to capital… (${name}, ${year})` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Convert the return of ${name} to capital?` });
    await dialog.waitFor();
    return dialog;
  }

  get done(): Locator {
    return this.page.locator('.surplus-done');
  }
}
