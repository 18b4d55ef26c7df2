import { expect, type Locator, type Page } from '@playwright/test';
import { checkA11y } from '../fixtures';

const CSP_MARK = '[csp-violation]';

/**
 * The projector, opened in a second page of the same browser context (a second tab, as the browser host
 * does): it is watched for CSP violations and uncaught errors like the fixture's own page, and a marker set
 * on its window proves later that it was never reloaded.
 */
export class ProjectorPage {
  private readonly problems: string[] = [];

  private constructor(readonly page: Page) {
    page.on('console', (message) => {
      const text = message.text();
      if (text.includes(CSP_MARK) || text.includes('Content Security Policy')) this.problems.push(`CSP: ${text}`);
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error.message}`));
  }

  /** Watches a page the app opened (the "Open the projector" button's new tab). */
  static async adopt(page: Page): Promise<ProjectorPage> {
    const projector = new ProjectorPage(page);
    await page.waitForLoadState();
    await page.locator('.projector').waitFor();
    await page.evaluate(() => {
      (window as unknown as { projectorLoadedOnce: boolean }).projectorLoadedOnce = true;
    });
    return projector;
  }

  get stage(): Locator {
    return this.page.locator('.projector__stage');
  }

  /** True while the page is the one first loaded: a reload would drop the marker. */
  async neverReloaded(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as { projectorLoadedOnce?: boolean }).projectorLoadedOnce === true);
  }

  /** Nothing scrolls: the page fits the window it is shown in. */
  async fitsWithoutScrolling(): Promise<void> {
    const size = await this.page.evaluate(() => {
      const stage = document.querySelector('.projector')!;
      return { scrollW: stage.scrollWidth, scrollH: stage.scrollHeight, w: window.innerWidth, h: window.innerHeight, docH: document.documentElement.scrollHeight };
    });
    expect(size.scrollW, 'projector width').toBeLessThanOrEqual(size.w);
    expect(size.scrollH, 'projector height').toBeLessThanOrEqual(size.h);
    expect(size.docH, 'document height').toBeLessThanOrEqual(size.h);
  }

  async checkClean(): Promise<void> {
    await checkA11y(this.page);
    expect(this.problems, 'CSP violations or uncaught errors on the projector').toEqual([]);
  }
}
