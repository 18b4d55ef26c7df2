/**
 * Assemblies end to end (issue 8): convening with the checklist and the printed convocation; the room —
 * people checked in by number and by name with one key, the quorum reached on the second call, a show of
 * hands and a secret ballot, each result on the projector of a second tab within a second and with no
 * reload; a tally that cannot be right is refused and nothing is written. Every page is checked with axe
 * and for CSP violations by the fixture (the projector tab by its page object).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y, expect, test } from './fixtures';
import { AssembliesPage } from './pages/assemblies';
import { addVoters, convenedMeeting, moveMeetingStart } from './pages/assemblies-data';
import { ProjectorPage } from './pages/assemblies-projector';
import { MeetingRoomPage } from './pages/assemblies-room';

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** mmddyyyy of the day `days` from today, as the English date field takes it. */
function dateDigits(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}${d.getFullYear()}`;
}

test('convening: the empty list invites it, the checklist says what is missing, the convocation and the roll print', async ({ page, host }) => {
  await addVoters(host, 5);
  const screens = new AssembliesPage(page);
  await screens.open(host.url);
  await expect(page.getByText('No meetings yet')).toBeVisible();

  await screens.convene({ dateDigits: dateDigits(20), timeDigits: '1800', place: 'Sede social, Av. Corrientes 1234' });
  await expect(page.getByRole('heading', { level: 1, name: /^Ordinary assembly of / })).toBeVisible();
  await expect(page.getByText('Call 1: 18:00')).toBeVisible();
  await expect(page.getByText('Call 2: 19:00')).toBeVisible();
  await expect(screens.check('Agenda published')).toContainText('(still to do)');
  await expect(page.getByRole('main').getByRole('button', { name: 'Convene', exact: true })).toBeDisabled();

  await screens.addItem({ title: 'Memoria y balance del ejercicio', minutes: '30', vote: { matter: 'Ordinary majority' } });
  await screens.addItem({ title: 'Informe de la tesorería' });
  await expect(screens.agendaItems).toHaveCount(2);
  await expect(screens.agendaItems.first()).toContainText('Vote: Ordinary majority');
  await expect(screens.check('Documents attached')).toContainText('(still to do)');
  await screens.attachDocument(1, { name: 'Balance 2025', reference: 'Carpeta de asamblea, folio 3' });
  await expect(screens.check('Documents attached')).toContainText('(done)');
  await screens.button('Publish the agenda').click();
  await expect(screens.check('Agenda published')).toContainText('(done)');
  await screens.button('Generate the roll').click();
  await expect(page.getByRole('status').filter({ hasText: 'Roll generated: 5 voters, 0 who may speak but not vote.' })).toBeVisible();
  await expect(screens.check('Notice period')).toContainText('(done)');
  await checkA11y(page);
  await page.getByRole('main').getByRole('button', { name: 'Convene', exact: true }).click();
  await expect(page.getByRole('main').getByText('Convened', { exact: true })).toBeVisible();

  await screens.button('Print the convocation').click();
  await expect(page.getByRole('heading', { name: 'Convocation — Ordinary assembly' })).toBeVisible();
  await expect(page.getByText('Memoria y balance del ejercicio')).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\.pdf/ })).toBeVisible({ timeout: 30_000 });
  const saved = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  const convocation = pdfText(join(host.downloadsDir, saved!));
  expect(convocation).toContain('Cooperativa de Trabajo La Minga');
  expect(convocation).toContain('Memoria y balance del ejercicio');
  expect(convocation).toMatch(/call 2 opens at 19:00/);

  await page.getByRole('button', { name: 'Back to the meeting' }).click();
  await screens.button('Print the roll').click();
  await expect(page.getByRole('columnheader', { name: 'Signature' })).toBeVisible();
  await expect(page.locator('.assemblies-print__roll tbody tr')).toHaveCount(5);
});

test('the room: check-in by number and by name, quorum on the second call, hands and a secret ballot on the projector', async ({ page, host, context }) => {
  const members = await addVoters(host, 4);
  const meeting = await convenedMeeting(host);
  // The first call opened 50 minutes ago; the second opens in 10.
  moveMeetingStart(host.dbPath, meeting.id, 50);
  const room = new MeetingRoomPage(page);
  await room.open(host.url, meeting.id);

  await room.checkInByNumber(members[0]!.memberNumber);
  await expect(room.said).toHaveText(new RegExp(`^In: ${members[0]!.memberNumber} · Apellido1, Socia 1 at \\d\\d:\\d\\d\\.$`));
  await room.checkInByName('apellido2');
  await expect(room.said).toContainText('In: 2 · Apellido2, Socia 2');
  // Voters are the rule: only a member who may speak but not vote is marked.
  await expect(room.bookRow('Apellido2, Socia 2')).not.toContainText('Speaks, does not vote');
  await expect(page.getByText('2 in the room · 0 left · 0 speak without voting')).toBeVisible();
  // The same key checks out a member who is in, and in again.
  await room.checkInByNumber(2);
  await expect(room.said).toHaveText('Out: 2 · Apellido2, Socia 2.');
  await room.checkInByNumber(2);
  await room.checkInByNumber(99);
  await expect(room.said).toHaveText("No. 99 is not on this meeting's roll.");

  await expect(room.quorum).toContainText('Call 1');
  await expect(room.quorum).toContainText('1 more voter needed');
  await expect(room.quorum).toContainText(/Call 2 opens at \d\d:\d\d, in \d+:\d\d/);
  await expect(room.page.getByRole('button', { name: 'Constitute the meeting' })).toBeDisabled();
  await checkA11y(page);

  // An hour after the first call, the second opens.
  moveMeetingStart(host.dbPath, meeting.id, 61);
  await page.reload();
  await expect(room.quorum).toContainText('Call 2');
  await expect(room.quorum).toContainText('Quorum reached');
  await page.getByRole('button', { name: 'Constitute the meeting' }).click();
  await expect(room.quorum).toContainText(/Constituted at \d\d:\d\d under call 2, 2 voters present\./);
  await room.checkInByNumber(3);

  // The projector opens in a second tab of the same browser (the host has no second window).
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the projector' }).click()]);
  const projector = await ProjectorPage.adopt(tab);

  await room.propose('Aprobar la memoria y el balance del ejercicio 2025');
  await room.openVote('Aprobar la memoria y el balance del ejercicio 2025', 'Show of hands');
  const hands = 'Aprobar la memoria y el balance del ejercicio 2025';
  await room.show('Vote');
  await expect(projector.stage).toContainText('Show of hands');
  await room.count(hands, 'Yes').fill('2');
  await room.count(hands, 'No').fill('1');
  await room.count(hands, 'Abstain').fill('0');
  await expect(room.motion(hands)).toContainText('3 counted of 3 present');
  await expect(room.motion(hands)).toContainText('Yes votes needed: 2 (now 2)');
  await expect(projector.stage.locator('.projector__tally--yes')).toContainText('2');
  await room.show('Result');
  await expect(projector.stage).toContainText('No vote has closed yet.');

  await room.closeVote(hands);
  await expect(room.result(hands)).toContainText('Approved');
  // Within a second of closing, with no reload, the projector names the result and its rule.
  await expect(projector.stage).toContainText('Approved', { timeout: 1_000 });
  await expect(projector.stage).toContainText(hands);
  expect(await projector.neverReloaded()).toBe(true);
  // Readable from the back of the room on a 720p projector and a 1080p screen alike, never scrolling.
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await tab.setViewportSize(size);
    await projector.fitsWithoutScrolling();
  }

  await room.chooseItem('2. Elección de consejeros');
  const secret = 'Elegir a Apellido4 consejera titular';
  await room.propose(secret);
  await room.openVote(secret, 'Secret ballot');
  await expect(room.motion(secret)).toContainText("With 4 voters a secret ballot cannot keep anyone's vote secret.");
  for (const [label, value] of [['Yes', '1'], ['No', '1'], ['Abstain', '1'], ['Blank', '0'], ['Spoilt', '0']] as const) {
    await room.count(secret, label).fill(value);
  }
  await room.motion(secret).getByRole('button', { name: 'Record the count' }).click();
  await expect(room.motion(secret)).toContainText('3 counted of 3 present');
  await checkA11y(page);
  await room.closeVote(secret);
  await expect(room.result(secret)).toContainText('Rejected');
  await expect(projector.stage).toContainText('Rejected', { timeout: 1_000 });
  await expect(projector.stage).toContainText(secret);
  expect(await projector.neverReloaded()).toBe(true);
  await projector.checkClean();
});

test('a show of hands that adds up to more than those present is refused with the reason, and nothing is written', async ({ page, host }) => {
  const members = await addVoters(host, 3);
  const meeting = await convenedMeeting(host);
  moveMeetingStart(host.dbPath, meeting.id, 5);
  for (const m of members) await host.call('assemblies.checkIn', { meetingId: meeting.id, memberId: m.id });
  await host.call('assemblies.constitute', { meetingId: meeting.id });
  const { id: motionId } = (await host.call('assemblies.propose', { meetingId: meeting.id, itemId: meeting.items[0]!.id, text: 'Aprobar el balance' })) as { id: number };
  const vote = (await host.call('assemblies.openVote', { motionId, mode: 'hands' })) as { id: number };
  await host.call('assemblies.recordTally', { voteId: vote.id, tally: { yes: 1, no: 1, abstain: 0, blank: 0, invalid: 0 } });

  const room = new MeetingRoomPage(page);
  await room.open(host.url, meeting.id);
  await room.count('Aprobar el balance', 'Yes').fill('5');
  const refusal = room.motion('Aprobar el balance').getByRole('alert');
  // Yes 5 with the No 1 already counted: six hands among three voters.
  await expect(refusal).toHaveText('The counts add up to 6, more than the 3 present and able to vote.');
  await expect(room.motion('Aprobar el balance').getByRole('button', { name: 'Close the vote' })).toBeDisabled();
  const stored = (await host.call('assemblies.vote', { id: vote.id })) as { tally: { yes: number; no: number } };
  expect(stored.tally).toMatchObject({ yes: 1, no: 1 });

  await room.count('Aprobar el balance', 'Yes').fill('2');
  await expect(refusal).toBeHidden();
  await expect(room.motion('Aprobar el balance')).toContainText('3 counted of 3 present');
});

test('office holders are recorded by member number and their office ended on a date', async ({ page, host }) => {
  const members = await addVoters(host, 2);
  const screens = new AssembliesPage(page);
  await screens.open(host.url, '/officers');
  await expect(page.getByText('No office holders recorded')).toBeVisible();
  await page.getByRole('textbox', { name: 'Member no.' }).fill('77');
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('There is no member no. 77.');
  await page.getByRole('textbox', { name: 'Member no.' }).fill(String(members[1]!.memberNumber));
  await page.getByLabel('Office', { exact: true }).selectOption({ label: 'Auditor' });
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: 'Apellido2, Socia 2' });
  await expect(row).toContainText('Auditor');
  await checkA11y(page);
  await row.getByRole('button', { name: 'End the office of Apellido2, Socia 2' }).click();
  await page.getByRole('dialog', { name: 'End an office' }).getByRole('button', { name: 'End the office' }).click();
  await expect(row.getByRole('button')).toHaveCount(0);
});
