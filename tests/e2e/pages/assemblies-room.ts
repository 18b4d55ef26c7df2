import type { Locator, Page } from '@playwright/test';

/** The meeting room: the attendance book, the quorum, the item under discussion with its motions and votes. */
export class MeetingRoomPage {
  readonly checkInBox: Locator;
  readonly quorum: Locator;
  readonly said: Locator;

  constructor(readonly page: Page) {
    this.checkInBox = page.getByRole('combobox', { name: 'Member number or name' });
    this.quorum = page.locator('.assemblies-quorum');
    this.said = page.locator('.assemblies-checkin [role="status"]');
  }

  async open(url: string, meetingId: number): Promise<void> {
    await this.page.goto(`${url}/#/assemblies/${meetingId}/room`);
    await this.checkInBox.waitFor();
  }

  /** Types a member number and presses Enter: one key checks the member in (or out). */
  async checkInByNumber(number: number): Promise<void> {
    await this.checkInBox.fill(String(number));
    await this.checkInBox.press('Enter');
  }

  /** Types part of a name, moves down `down` matches and presses Enter. */
  async checkInByName(text: string, down = 0): Promise<void> {
    await this.checkInBox.fill(text);
    await this.page.getByRole('option').first().waitFor();
    for (let i = 0; i < down; i += 1) await this.checkInBox.press('ArrowDown');
    await this.checkInBox.press('Enter');
  }

  /** The attendance book's row of a member ("3 · Apellido3, Socia 3"). */
  bookRow(text: string): Locator {
    return this.page.locator('.assemblies-book tbody tr').filter({ hasText: text });
  }

  /** Chooses the item under discussion by its option ("2. Elección de consejeros"). */
  async chooseItem(label: string): Promise<void> {
    await this.page.getByLabel('Item under discussion').selectOption({ label });
  }

  async propose(text: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New motion' });
    await form.getByRole('textbox', { name: 'Motion', exact: true }).fill(text);
    await form.getByRole('button', { name: 'Add the motion' }).click();
  }

  motion(text: string): Locator {
    return this.page.getByRole('article', { name: `Motion: ${text}` });
  }

  async openVote(text: string, mode: 'Show of hands' | 'Roll call' | 'Secret ballot'): Promise<void> {
    const motion = this.motion(text);
    await motion.getByLabel('How to vote').selectOption({ label: mode });
    await motion.getByRole('button', { name: 'Open the vote' }).click();
  }

  count(motionText: string, label: string): Locator {
    return this.motion(motionText).getByRole('textbox', { name: label, exact: true });
  }

  async closeVote(text: string): Promise<void> {
    await this.motion(text).getByRole('button', { name: 'Close the vote' }).click();
    await this.page.getByRole('dialog', { name: 'Close the vote?' }).getByRole('button', { name: 'Close and announce' }).click();
  }

  result(text: string): Locator {
    return this.motion(text).locator('.vote-result');
  }

  async show(view: 'Item' | 'Quorum' | 'Vote' | 'Result' | 'Speakers'): Promise<void> {
    await this.page.getByRole('group', { name: 'Show on the projector' }).getByRole('button', { name: view }).click();
  }
}
