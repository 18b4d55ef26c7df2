import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures';
import { MemberDetailPage } from './pages/member-detail';
import { MemberFormPage } from './pages/member-form';
import { MembersListPage } from './pages/members-list';

test.use({ seed: 'coop' });

test('creates a member and edits them; the change log shows what changed', async ({ page, host }) => {
  const list = new MembersListPage(page);
  const form = new MemberFormPage(page);
  const detail = new MemberDetailPage(page);
  await list.open(host.url);
  await expect(list.emptyState).toBeVisible();
  await checkA11y(page);

  await list.button('New member').click();
  await expect(form.memberNumber).toHaveValue('1');
  await checkA11y(page);
  await form.fill({ 'Last names': 'Quispe Mamani', 'First names': 'Rosa', 'National id': '30111222', 'Weekly hours': '37.5', Category: 'Costura' });
  await form.save();

  await expect(detail.heading(/Rosa Quispe Mamani/)).toBeVisible();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(detail.value('Weekly hours')).toHaveText('37.5');
  await checkA11y(page);

  await detail.edit();
  await expect(form.memberNumber).toHaveAttribute('readonly', '');
  await form.fill({ Category: 'Corte' });
  await form.save();
  await expect(detail.value('Category')).toHaveText('Corte');
  await expect(detail.changeLog).toContainText('Category: Costura → Corte');
});

/** Presses Tab until the focused element is the field labelled `label` (date inputs take several Tabs). */
async function tabTo(page: Page, label: RegExp) {
  for (let i = 0; i < 60; i += 1) {
    const current = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.labels?.[0]?.textContent ?? '';
    });
    if (label.test(current)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached ${label}`);
}

test('adds a member with the keyboard alone', async ({ page, host }) => {
  const list = new MembersListPage(page);
  const detail = new MemberDetailPage(page);
  await list.open(host.url);

  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { level: 1, name: 'New member' })).toBeVisible();
  await expect(page.getByLabel(/^Last names/)).toBeFocused();
  await page.keyboard.type('Condori');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ana María');
  await tabTo(page, /^Weekly hours/);
  await page.keyboard.type('40');
  await page.keyboard.press('Enter');

  await expect(detail.heading(/Ana María Condori/)).toBeVisible();
  await expect(page.getByText('Saved.')).toBeVisible();
  const { total } = (await host.call('members.list', {})) as { total: number };
  expect(total).toBe(1);
});
