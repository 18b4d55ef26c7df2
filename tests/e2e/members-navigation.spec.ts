/**
 * Moving around the members screens as a secretary does all day (issue 6, "Density and layout"): back to
 * the register finds it as it was left, a half-filled form is not lost to a click in the sidebar or a
 * shortcut, Enter records a dialog from any field, and Alt+N is in the shortcuts help.
 */
import { expect, test } from './fixtures';
import { MemberDetailPage } from './pages/member-detail';
import { MembersListPage } from './pages/members-list';
import { createMember } from './pages/members-data';

test.use({ seed: 'coop' });

test('"Back to the register" brings back the search, the filters and the sort', async ({ page, host }) => {
  await createMember(host, { lastNames: 'Quispe', firstNames: 'Rosa', status: 'trial' });
  await createMember(host, { lastNames: 'Quiroga', firstNames: 'Ana', status: 'trial' });
  await createMember(host, { lastNames: 'Quintana', firstNames: 'Luis', status: 'active' });
  const list = new MembersListPage(page);
  await list.open(host.url);
  await list.search.fill('qui');
  await expect(list.count).toHaveText('3 members match');
  await list.statusFilter('On trial').check();
  await list.columnHeader(/Last names/).getByRole('button').click();
  await list.columnHeader(/Last names/).getByRole('button').click();
  await expect(list.count).toHaveText('2 members match');
  await expect(list.rows.first()).toContainText('Quispe');

  await list.row('Quispe').click();
  await page.getByRole('link', { name: 'Back to the register' }).click();
  await expect(list.search).toHaveValue('qui');
  await expect(list.statusFilter('On trial')).toBeChecked();
  await expect(list.columnHeader(/Last names/)).toHaveAttribute('aria-sort', 'descending');
  await expect(list.count).toHaveText('2 members match');
});

test('leaving a half-filled form by the sidebar or a shortcut asks first', async ({ page, host }) => {
  await page.goto(`${host.url}/#/members/new`);
  await page.getByLabel(/^Last names/).fill('Condori');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  const ask = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel(/^Last names/)).toHaveValue('Condori');

  await page.getByLabel(/^First names/).focus();
  await page.keyboard.press('Alt+0');
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('Enter in the status dialog records the change, from the status list too', async ({ page, host }) => {
  const member = await createMember(host, { lastNames: 'Rojas', firstNames: 'Elena', joinDate: '2024-03-01' });
  const detail = new MemberDetailPage(page);
  await page.goto(`${host.url}/#/members/${member.id}`);
  await page.getByRole('button', { name: 'Change status' }).click();
  const status = detail.dialog.getByRole('combobox', { name: 'New status' });
  await status.selectOption({ label: 'On leave' });
  await status.focus();
  await page.keyboard.press('Enter');
  await expect(detail.dialog).toBeHidden();
  await expect(detail.status).toContainText('On leave');
});

test('the shortcuts help lists Alt+N for a new member, and Alt+N opens the form', async ({ page, host }) => {
  const list = new MembersListPage(page);
  await list.open(host.url);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('definition').filter({ hasText: 'New member' })).toBeVisible();
  await expect(help).toContainText('Alt+NNew member');
  await help.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { level: 1, name: 'New member' })).toBeVisible();
});
