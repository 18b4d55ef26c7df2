/**
 * The treasurer's capital work end to end (issue 7): a share class, a subscription with instalments whose
 * plan is shown before saving, a payment, a transfer with the council's reference, a refund request and
 * the queue, the register's reversal. Every page is checked with axe and for CSP violations by the fixture.
 */
import { checkA11y, expect, test } from './fixtures';
import { CapitalAccountPage } from './pages/capital-account';
import { CapitalBooksPage } from './pages/capital-books';
import { addClass, addMember, subscribe, today } from './pages/capital-data';
import { typeDate } from './pages/member-form';

const shown = (iso: string) => new Intl.DateTimeFormat('en', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

test('a subscription in instalments shows its plan before saving, then an instalment is paid — money.md instalments', async ({ page, host }) => {
  const member = await addMember(host, 'Quispe', 'Rosa');
  const books = new CapitalBooksPage(page);
  await books.open(host.url, 'classes');
  await expect(page.getByText('No share classes yet')).toBeVisible();
  await books.createClass({ name: 'Ordinary', nominal: '1,000.00', paidNowPercent: '5' });
  await expect(page.getByRole('status').filter({ hasText: 'Share class “Ordinary” saved.' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Ordinary' })).toBeVisible();

  const account = new CapitalAccountPage(page);
  await account.openFromMember(host.url, member.id);
  await expect(page.getByText('No capital subscribed yet')).toBeVisible();
  await account.startSubscription({ shares: '10', instalments: '3', paidNow: '1.234,56' });
  await account.subscribeDialog.getByRole('textbox', { name: /^Number of instalments/ }).focus();
  // An amount typed the Spanish way in an English-speaking coop is refused with a sentence, not guessed.
  await expect(account.subscribeDialog.getByText(/could be read two ways/)).toBeVisible();

  await account.subscribeDialog.getByRole('textbox', { name: /^Paid now/ }).fill('500.00');
  await expect(account.subscribeDialog.getByText('Total subscribed: ARS 10,000.00')).toBeVisible();
  const plan = await account.planLines();
  expect(plan.map((line) => [line[0], line[2]])).toEqual([
    ['1 (paid now)', 'ARS 500.00'],
    ['2', 'ARS 3,166.66'],
    ['3', 'ARS 3,166.66'],
    ['4', 'ARS 3,166.68'],
  ]);
  expect(plan[0]![1]).toBe(shown(today()));
  await checkA11y(page);
  await account.confirmSubscription();
  await expect(page.getByRole('status').filter({ hasText: 'Subscription of ARS 10,000.00 recorded.' })).toBeVisible();
  await expect(account.figure('Subscribed')).toHaveText('ARS 10,000.00');
  await expect(account.figure('Paid in')).toHaveText('ARS 500.00');
  await expect(account.figure('Still to pay')).toHaveText('ARS 9,500.00');
  await expect(account.subscriptions.getByText('Instalment 4')).toBeVisible();

  // The payment offers the next instalment's amount; a payment above what is due is refused at the field.
  await page.getByRole('button', { name: /^Pay into the Ordinary subscription/ }).click();
  await expect(account.payDialog.getByRole('textbox', { name: /^Amount/ })).toHaveValue('3166.66');
  await account.payDialog.getByRole('textbox', { name: /^Amount/ }).fill('9,600.00');
  await account.payDialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(account.payDialog.getByText('This is more than is due (ARS 9,500.00).')).toBeVisible();
  await account.payDialog.getByRole('textbox', { name: /^Amount/ }).fill('3,166.66');
  await account.payDialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment of ARS 3,166.66 recorded.' })).toBeVisible();
  await expect(account.figure('Paid in')).toHaveText('ARS 3,666.66');
  await expect(account.figure('Still to pay')).toHaveText('ARS 6,333.34');
});

test('a transfer needs the council’s reference; a departing member’s refund joins the queue with the year’s ceiling', async ({ page, host }) => {
  const giver = await addMember(host, 'Mamani', 'Juan');
  await addMember(host, 'Condori', 'Ana');
  const shareClass = await addClass(host);
  await subscribe(host, giver.id, shareClass.id, 10, 1_000_000);

  const account = new CapitalAccountPage(page);
  await account.openFromMember(host.url, giver.id);
  await expect(account.figure('Paid-in capital held')).toHaveText('ARS 10,000.00');
  await page.getByRole('button', { name: 'Transfer to another member' }).click();
  await account.transferDialog.getByRole('button', { name: 'Record transfer' }).click();
  await expect(account.transferDialog.getByText("A transfer needs the council's approval: enter its reference.")).toBeVisible();
  await account.transferDialog.getByRole('button', { name: 'Cancel' }).click();

  await account.transfer({ search: 'Condori', member: /Condori, Ana/, amount: '2,000.00', reference: 'Minutes 112, item 3' });
  await expect(page.getByRole('status').filter({ hasText: 'Transfer of ARS 2,000.00 recorded.' })).toBeVisible();
  await expect(account.figure('Paid-in capital held')).toHaveText('ARS 8,000.00');

  await host.call('members.changeStatus', { id: giver.id, status: 'resigned', date: today(), cause: 'Moved away', resolution: null });
  await page.reload();
  await account.requestRefund();
  await expect(page.getByRole('status').filter({ hasText: 'Refund of ARS 8,000.00 requested: number 1 in the queue.' })).toBeVisible();

  const books = new CapitalBooksPage(page);
  await books.tab('Refund queue').click();
  await expect(books.queue).toHaveCount(1);
  await expect(books.queue.first()).toContainText('Mamani');
  await expect(books.queue.first()).toContainText('ARS 8,000.00');
  await expect(books.figure("This year's ceiling")).toBeVisible();
  await expect(books.figure('Used')).toBeVisible();
  await expect(books.figure('Left this year')).toBeVisible();
  await checkA11y(page);
});

test('the register is corrected by a reversing operation with its reason, after a confirmation', async ({ page, host }) => {
  const member = await addMember(host, 'Flores', 'Elena');
  const shareClass = await addClass(host);
  await subscribe(host, member.id, shareClass.id, 2, 20_000, 2);

  const books = new CapitalBooksPage(page);
  await books.open(host.url, 'register');
  await expect(books.registerRow(1)).toContainText('Subscription');
  await expect(books.registerRow(2)).toContainText('Payment');
  await page.getByRole('button', { name: 'Reverse operation no. 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reverse an operation' });
  await dialog.getByRole('button', { name: 'Reverse no. 2' }).click();
  await expect(dialog.getByText('Say why this operation is reversed.')).toBeVisible();
  await checkA11y(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await books.reverse(2, 'Payment recorded twice');
  await expect(page.getByRole('status').filter({ hasText: 'Operation no. 2 reversed by no. 3.' })).toBeVisible();
  await expect(books.registerRow(2)).toContainText('reversed by no. 3');
  await expect(books.registerRow(3)).toContainText('Reversal');
  await expect(page.getByRole('button', { name: 'Reverse operation no. 2' })).toHaveCount(0);
});

test('the overview draws the capital in charts with a table of the same figures, within the CSP', async ({ page, host }) => {
  const member = await addMember(host, 'Huanca', 'Luis');
  const shareClass = await addClass(host);
  await subscribe(host, member.id, shareClass.id, 4, 100_000, 3);
  const books = new CapitalBooksPage(page);
  await books.open(host.url);
  await expect(page.getByRole('img', { name: /At the end of \d{4}: ARS 4,000\.00 subscribed, ARS 1,000\.00 paid in\./ })).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.getByText('Show the figures as a table').first().click();
  await expect(page.getByRole('cell', { name: 'ARS 4,000.00' }).first()).toBeVisible();
  await checkA11y(page);
});

test('a late instalment is listed, and its subscription forfeited after notice with a confirmation; the refund policy is edited', async ({ page, host }) => {
  const member = await addMember(host, 'Pari', 'Sonia');
  const shareClass = await addClass(host);
  await host.call('capital.subscribe', {
    memberId: member.id,
    classId: shareClass.id,
    shares: 2,
    amountMinor: null,
    date: '2025-01-10',
    instalments: 1,
    firstDueDate: '2025-02-10',
    paidNowMinor: 10_000,
    method: 'cash',
  });
  const books = new CapitalBooksPage(page);
  await books.open(host.url, 'late');
  const row = page.getByRole('row', { name: /Pari, Sonia/ });
  await expect(row).toContainText('ARS 1,900.00');
  await page.getByRole('button', { name: /^Forfeit the subscription of member no\./ }).click();
  const dialog = page.getByRole('dialog', { name: 'Forfeit a subscription' });
  await dialog.getByRole('button', { name: 'Forfeit subscription' }).click();
  await expect(dialog.getByText('Enter the date the member was notified.')).toBeVisible();
  await checkA11y(page);
  await typeDate(dialog.getByRole('group', { name: /^Notice given on/ }), '03012025');
  await dialog.getByRole('button', { name: 'Forfeit subscription' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Subscription of member no\. \d+ forfeited/ })).toBeVisible();
  await expect(page.getByText('No late instalments')).toBeVisible();

  await books.tab('Refund queue').click();
  await page.getByRole('button', { name: 'Refund policy' }).click();
  const policy = page.getByRole('dialog', { name: 'Capital policy' });
  await policy.getByRole('textbox', { name: /^Yearly refund ceiling/ }).fill('5');
  await checkA11y(page);
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Capital policy saved.' })).toBeVisible();
  await expect(books.figure("This year's ceiling")).not.toHaveText('No ceiling');
});

test('opening balances import after a dry run that reports each problem by line, all or nothing', async ({ page, host }) => {
  const member = await addMember(host, 'Limachi', 'Julia');
  await addClass(host);
  const books = new CapitalBooksPage(page);
  await books.open(host.url);
  await page.getByRole('button', { name: 'Import opening balances' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import opening balances' });
  const file = (rows: string) => ({ name: 'capital.csv', mimeType: 'text/csv', buffer: Buffer.from(`Member number,Share class,Subscribed,Paid,Date\n${rows}`) });
  await dialog.locator('input[type="file"]').setInputFiles(file(`${member.memberNumber},Ordinary,"2,000.00","500.00",2024-02-01\n999,Ordinary,"1,000.00","1,000.00",2024-02-01\n`));
  await expect(dialog.getByText(/The file has 1 problem; nothing will be imported/)).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^3 / })).toContainText('no member has number 999');
  await expect(dialog.getByRole('button', { name: /^Import \d/ })).toBeDisabled();
  await checkA11y(page);

  await dialog.locator('input[type="file"]').setInputFiles(file(`${member.memberNumber},Ordinary,"2,000.00","500.00",2024-02-01\n`));
  await expect(dialog.getByText('1 row is ready: ARS 2,000.00 subscribed, ARS 500.00 paid.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opening balance of 1 member imported.' })).toBeVisible();
  const account = new CapitalAccountPage(page);
  await account.openFromMember(host.url, member.id);
  await expect(account.figure('Still to pay')).toHaveText('ARS 1,500.00');
});
