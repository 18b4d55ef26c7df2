import type { Locator, Page } from '@playwright/test';

/** A meeting's minutes: draft, edit, finalise with signatories, save as PDF; and the minutes book. */
export class MinutesPage {
  constructor(readonly page: Page) {}

  async open(url: string, meetingId: number): Promise<void> {
    await this.page.goto(`${url}/#/assemblies/${meetingId}/minutes`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  async draft(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Draft the minutes' }).click();
    await this.page.getByRole('textbox', { name: 'Opening' }).waitFor();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** Chooses the four signatories by their option text and confirms that the act is final. */
  async finalise(signatories: { president: string; secretary: string; first: string; second: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Finalise…' }).click();
    const dialog = this.finaliseDialog;
    await dialog.getByLabel('President').selectOption({ label: signatories.president });
    await dialog.getByLabel('Secretary').selectOption({ label: signatories.secretary });
    await dialog.getByLabel('First designated member').selectOption({ label: signatories.first });
    await dialog.getByLabel('Second designated member').selectOption({ label: signatories.second });
    await dialog.getByRole('checkbox', { name: /I have read the act/ }).check();
    await dialog.getByRole('button', { name: 'Finalise the act' }).click();
  }

  get finaliseDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Finalise the minutes' });
  }
}
