import type { Locator, Page } from '@playwright/test';
import { typeDate } from './member-form';

/** The assemblies section before a meeting: the list, the convene form, a meeting's agenda and checklist. */
export class AssembliesPage {
  constructor(readonly page: Page) {}

  async open(url: string, path = ''): Promise<void> {
    await this.page.goto(`${url}/#/assemblies${path}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** Fills the convene form: date as the field's segments take it (mmddyyyy in en), time as hhmm. */
  async convene(details: { kind?: string; dateDigits: string; timeDigits: string; place: string }): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Convene a meeting' }).first().click();
    if (details.kind) await this.page.getByLabel('Kind of meeting').selectOption({ label: details.kind });
    await typeDate(this.page.getByRole('group', { name: /^Date/ }), details.dateDigits);
    await typeDate(this.page.getByRole('group', { name: /^Time of the first call/ }), details.timeDigits);
    await this.page.getByRole('textbox', { name: /^Place/ }).fill(details.place);
    await this.page.getByRole('button', { name: 'Save and write the agenda' }).click();
  }

  async addItem(item: { title: string; minutes?: string; vote?: { matter?: string } }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an item' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New agenda item' });
    await dialog.getByRole('textbox', { name: /^Title/ }).fill(item.title);
    if (item.minutes) await dialog.getByRole('textbox', { name: /^Expected duration/ }).fill(item.minutes);
    if (item.vote) {
      await dialog.getByRole('checkbox', { name: 'This item ends in a vote' }).check();
      if (item.vote.matter) await dialog.getByLabel('Majority needed').selectOption({ label: item.vote.matter });
    }
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async attachDocument(itemNumber: number, doc: { name: string; reference: string }): Promise<void> {
    await this.page.getByRole('button', { name: `Attach a document to item ${itemNumber}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Attach a document' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(doc.name);
    await dialog.getByRole('textbox', { name: /^Where it is kept/ }).fill(doc.reference);
    await dialog.getByRole('button', { name: 'Attach a document' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  get agendaItems(): Locator {
    return this.page.locator('.assemblies-agenda > li');
  }

  /** A line of the checklist ("Notice period", "Agenda published"…), which says "(done)" or "(still to do)". */
  check(label: string): Locator {
    return this.page.locator('.assemblies-check').filter({ hasText: label });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name });
  }
}
