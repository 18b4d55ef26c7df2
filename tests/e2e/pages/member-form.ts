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

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  get errorSummary(): Locator {
    return this.page.locator('.form-error-summary');
  }
}
