import type { Locator, Page } from '@playwright/test';

/** The app around the screens: header with the cooperative's name, the section nav, the main area. */
export class ShellPage {
  readonly header: Locator;
  readonly nav: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation');
    this.main = page.getByRole('main');
  }

  async open(url: string, route = '/members'): Promise<void> {
    await this.page.goto(`${url}/#${route}`);
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async goTo(section: string | RegExp): Promise<void> {
    await this.nav.getByRole('link', { name: section }).click();
  }

  /** The keyboard shortcuts dialog ('?' opens it). */
  shortcutsHelp(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  /** The keys the shortcuts help lists for `action` ('Go to Members'), as 'Alt+1'. */
  async keysFor(action: string): Promise<string> {
    const term = this.shortcutsHelp().getByRole('definition').filter({ hasText: action }).locator('xpath=preceding-sibling::dt');
    return (await term.locator('kbd').allInnerTexts()).join('+');
  }

  /** The notifications region (a polite live region). */
  notification(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  theme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }

  lang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
