/**
 * Roll call and proxies in the room (issue 8): a proxy given to a member present is revoked after
 * confirmation; a roll call is voted with one key per row, and who has voted is still shown after the page
 * is opened again (the ballots are the service's, not the screen's memory).
 */
import { checkA11y, expect, test } from './fixtures';
import { addVoters, allowOneProxy, convenedMeeting, moveMeetingStart } from './pages/assemblies-data';
import { MeetingRoomPage } from './pages/assemblies-room';

test('a proxy is revoked after confirmation; a roll call survives a reload', async ({ page, host }) => {
  test.setTimeout(90_000);
  await allowOneProxy(host);
  const members = await addVoters(host, 4);
  const meeting = await convenedMeeting(host);
  moveMeetingStart(host.dbPath, meeting.id, 5);
  const room = new MeetingRoomPage(page);
  await room.open(host.url, meeting.id);
  for (const m of members.slice(0, 3)) await room.checkInByNumber(m.memberNumber);
  await page.getByRole('button', { name: 'Constitute the meeting' }).click();

  // Socia 1 holds Socia 4's proxy, then Socia 4 withdraws it.
  await page.getByRole('button', { name: 'Proxy held by Apellido1, Socia 1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Record the proxy' }).click();
  await expect(room.bookRow('Apellido1, Socia 1')).toContainText('4 · Apellido4, Socia 4');
  await room.bookRow('Apellido1, Socia 1').getByRole('button', { name: 'Revoke the proxy Apellido1, Socia 1 holds for 4 · Apellido4, Socia 4' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke this proxy?' });
  await expect(confirm).toContainText('Apellido1, Socia 1 will no longer vote for 4 · Apellido4, Socia 4.');
  await checkA11y(page);
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  await expect(confirm).toBeHidden();
  await expect(room.bookRow('Apellido1, Socia 1')).not.toContainText('Apellido4');

  await room.chooseItem('1. Memoria y balance del ejercicio');
  await room.propose('Aprobar la memoria y el balance');
  await room.openVote('Aprobar la memoria y el balance', 'Roll call');
  const list = page.getByRole('list', { name: 'Voters, by member number' });
  const row = (n: number) => list.getByRole('listitem').filter({ hasText: `${n} · Apellido${n}` });
  await row(1).focus();
  await page.keyboard.press('y');
  await expect(row(1).getByRole('button', { name: /^Yes/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('n');
  await expect(row(2).getByRole('button', { name: /^No/ })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(row(1).getByRole('button', { name: /^Yes/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(row(2).getByRole('button', { name: /^No/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(row(1).getByRole('button', { name: /^No/ })).toBeDisabled();
  await expect(row(3).getByRole('button', { name: /^Yes/ })).toBeEnabled();
  await row(3).getByRole('button', { name: /^Yes/ }).click();
  await expect(page.locator('.assemblies-tally__needed')).toContainText('3');
  await checkA11y(page);
});
