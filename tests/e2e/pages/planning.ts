import type { Locator, Page } from '@playwright/test';
import { typeDate } from './member-form';

/** A date as the date field takes it typed: month first in English, day first in Spanish and Portuguese. */
export function dateDigits(iso: string, locale: 'en' | 'es' | 'pt-BR' = 'en'): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  return locale === 'en' ? `${m}${d}${y}` : `${d}${m}${y}`;
}

/** The planning section (English): the model's forms, the plan with its Gantt, the load and the scenarios. */
export class PlanningPage {
  constructor(readonly page: Page) {}

  async open(url: string, tab: '' | 'orders' | 'load' | 'scenarios' | 'shop' | 'products' = ''): Promise<void> {
    await this.page.goto(`${url}/#/planning${tab ? `/${tab}` : ''}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** Moves between the section's pages without reloading, so the plan's settings stay. */
  async tab(name: 'Plan' | 'Orders' | 'Load' | 'Scenarios' | 'Shop' | 'Products'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Planning pages' }).getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async createWorkcenter(wc: { code: string; name: string; lanes?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New work centre' }).first().click();
    const dialog = this.dialog('New work centre');
    await dialog.getByRole('textbox', { name: /^Code/ }).fill(wc.code);
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(wc.name);
    if (wc.lanes) await dialog.getByRole('textbox', { name: /^Lanes/ }).fill(wc.lanes);
    await dialog.getByRole('button', { name: 'Save' }).click();
  }

  /** A product with one operation per entry, each on the work centre whose option starts with `wc`. */
  async createProduct(product: { code: string; name: string; ops: { code: string; name: string; wc: string; setup: string; run: string }[] }): Promise<void> {
    await this.page.getByRole('button', { name: 'New product' }).first().click();
    const dialog = this.dialog('New product');
    await dialog.getByRole('textbox', { name: /^Code/ }).first().fill(product.code);
    await dialog.getByRole('textbox', { name: /^Name/ }).first().fill(product.name);
    for (const [i, op] of product.ops.entries()) {
      if (i > 0) await dialog.getByRole('button', { name: 'Add an operation' }).click();
      const group = dialog.getByRole('group', { name: `Operation ${i + 1}` });
      await group.getByRole('textbox', { name: /^Code/ }).fill(op.code);
      await group.getByRole('textbox', { name: /^Name/ }).fill(op.name);
      const place = group.getByRole('combobox', { name: 'Done at' });
      const value = await place.locator('option', { hasText: new RegExp(`^${op.wc}`) }).getAttribute('value');
      await place.selectOption(value!);
      await group.getByRole('textbox', { name: /^Setup/ }).fill(op.setup);
      await group.getByRole('textbox', { name: /^Minutes per unit/ }).fill(op.run);
    }
    await dialog.getByRole('button', { name: 'Save' }).click();
  }

  async createOrder(order: { code: string; qty: string; release: string; due: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New order' }).first().click();
    const dialog = this.dialog('New order');
    await dialog.getByRole('textbox', { name: /^Order/ }).fill(order.code);
    await dialog.getByRole('textbox', { name: /^Quantity/ }).fill(order.qty);
    await typeDate(dialog.getByRole('group', { name: /^Can start on/ }), dateDigits(order.release));
    await typeDate(dialog.getByRole('group', { name: /^Due/ }), dateDigits(order.due));
    await dialog.getByRole('button', { name: 'Save' }).click();
  }

  /** Plans from `start` (its 00:00) on the plan page. */
  async planFrom(start: string): Promise<void> {
    await typeDate(this.page.getByRole('group', { name: /^First day/ }), dateDigits(start));
    await this.page.getByRole('button', { name: 'Re-plan' }).click();
  }

  get gantt(): Locator {
    return this.page.getByRole('group', { name: 'Gantt by work centre and member' });
  }

  /** The Gantt's bars whose words start with `text` ("O-1, cut on PRESS"). */
  bars(text: string): Locator {
    return this.gantt.getByRole('button', { name: new RegExp(`^${text}`) });
  }

  figure(label: string): Locator {
    return this.page.locator('.planning-figures > div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  async addMaintenance(wc: string, m: { name: string; first: string; at: string; hours: string; everyWeeks: string }): Promise<void> {
    await this.page.getByRole('button', { name: `Add maintenance to ${wc}` }).click();
    const dialog = this.dialog(`Maintenance of ${wc}`);
    await dialog.getByRole('textbox', { name: /^What is done/ }).fill(m.name);
    await dialog.getByRole('textbox', { name: /^N$/ }).fill(m.everyWeeks);
    await typeDate(dialog.getByRole('group', { name: /^First date/ }), dateDigits(m.first));
    await dialog.getByRole('textbox', { name: /^Starts at/ }).fill(m.at);
    await dialog.getByRole('textbox', { name: /^Hours it takes/ }).fill(m.hours);
    await dialog.getByRole('button', { name: 'Save' }).click();
  }

  async createScenario(s: { name: string; kind: string; wc?: string; lanes?: string; factor?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New scenario' }).first().click();
    const dialog = this.dialog('New scenario');
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(s.name);
    await dialog.getByRole('combobox', { name: 'What changes' }).selectOption({ label: s.kind });
    if (s.lanes) await dialog.getByRole('textbox', { name: /^Lanes out of service/ }).fill(s.lanes);
    if (s.factor) await dialog.getByRole('textbox', { name: /^Factor/ }).fill(s.factor);
    await dialog.getByRole('button', { name: 'Save' }).click();
  }

  get comparison(): Locator {
    return this.page.getByRole('table', { name: 'Side by side' });
  }
}
