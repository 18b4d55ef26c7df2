import { expect, test } from './fixtures';
import { MembersListPage } from './pages/members-list';

test.use({ seed: 'demo10k', colorScheme: 'light' });

interface Row {
  id: number;
  memberNumber: number;
  lastNames: string;
  firstNames: string;
  nationalId: string | null;
}

test('finds a member as you type by name, number and national id among 10,000', async ({ page, host }) => {
  // A member with a national id, so the third search always runs (the demo leaves some without one).
  const { rows } = (await host.call('members.list', { offset: 4321, limit: 50, statuses: ['active'] })) as { rows: Row[] };
  const known = rows.find((r) => r.nationalId !== null)!;
  expect(known, 'an active demo member with a national id').toBeDefined();
  const list = new MembersListPage(page);
  await list.open(host.url);
  await expect(list.count).toHaveText('10,000 members');

  await list.search.pressSequentially(`${known.lastNames} ${known.firstNames}`, { delay: 20 });
  await expect(list.row(String(known.memberNumber)).first()).toContainText(known.lastNames);

  await list.search.fill('');
  await list.search.pressSequentially(String(known.memberNumber), { delay: 20 });
  await expect(list.rows.filter({ hasText: known.lastNames }).first()).toBeVisible();

  await list.search.fill('');
  await list.search.pressSequentially(known.nationalId!, { delay: 20 });
  await expect(list.count).toHaveText('1 member matches');
  await expect(list.rows.first()).toContainText(known.nationalId!);
});

test('scrolls the virtualised register to its last member and filters by status', async ({ page, host }) => {
  const list = new MembersListPage(page);
  await list.open(host.url);
  await expect(list.count).toHaveText('10,000 members');
  await expect(list.grid).toHaveAttribute('aria-rowcount', '10001');
  expect(await list.rows.count()).toBeLessThan(80);

  await list.scrollToEnd();
  await expect(list.grid.locator('[aria-rowindex="10001"]')).toContainText(/\S/);
  const last = (await host.call('members.list', { offset: 9999, limit: 1 })) as { rows: Row[] };
  await expect(list.grid.locator('[aria-rowindex="10001"]')).toContainText(last.rows[0]!.lastNames);

  const { total } = (await host.call('members.list', { statuses: ['resigned'] })) as { total: number };
  await list.statusFilter('Resigned').check();
  await expect(list.count).toHaveText(`${total.toLocaleString('en')} member${total === 1 ? '' : 's'} match${total === 1 ? 'es' : ''}`);
  await expect(list.rows.first()).toContainText('Resigned');
});
