import type { Locator, Page } from '@playwright/test';

/** The new-member and edit-member form (English labels). */
export class MemberFormPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByLabel(new RegExp(`^${label}`));
  }

  get memberNumber(): Locator {
    return this.field('Member number');
  }

  async fill(values: Partial<Record<'Last names' | 'First names' | 'National id' | 'Tax id' | 'Nationality' | 'Email' | 'Phone' | 'Address' | 'Admission resolution' | 'Category' | 'Weekly hours' | 'Join date' | 'Date of birth', string>>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  /** A date field: its day, month and year segments, in the order of the cooperative's language. */
  date(label: string | RegExp): Locator {
    return this.page.getByRole('group', { name: typeof label === 'string' ? new RegExp(`^${label}`) : label });
  }

  /** Types into a date field from its first segment, as a person does: "01022024" in a dd/mm/yyyy field. */
  async typeDate(label: string | RegExp, digits: string): Promise<void> {
    await typeDate(this.date(label), digits);
  }

    async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  get errorSummary(): Locator {
    return this.page.locator('.form-error-summary');
  }
}

/** Clears a date field and types `digits` from its first segment (Backspace empties a segment). */
export async function typeDate(group: Locator, digits: string): Promise<void> {
  const segments = group.getByRole('spinbutton');
  const count = await segments.count();
  for (let i = count - 1; i >= 0; i -= 1) {
    await segments.nth(i).focus();
    for (let k = 0; k < 5; k += 1) await segments.nth(i).press('Backspace');
  }
  await segments.first().focus();
  await group.page().keyboard.type(digits);
}

/** What a date field shows, segments and separators, without the invisible direction marks. */
export async function shownDate(group: Locator): Promise<string> {
  return ((await group.textContent()) ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');
}
