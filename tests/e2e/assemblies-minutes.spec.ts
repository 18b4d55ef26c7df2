/**
 * The minutes end to end (issue 8): drafted from what happened, edited while a draft, finalised with its
 * signatories after an explicit confirmation — then numbered and locked — and saved as a PDF, one act and
 * the whole book. The meeting itself is held through the services; the room has its own spec.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y, expect, test, type HostFixture } from './fixtures';
import { addVoters, convenedMeeting, moveMeetingStart } from './pages/assemblies-data';
import { MinutesPage } from './pages/assemblies-minutes';

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const MOTION = 'Aprobar la memoria y el balance del ejercicio 2025';

/** A meeting held and closed: four members in, constituted, one motion approved by show of hands. */
async function heldMeeting(host: HostFixture) {
  const members = await addVoters(host, 4);
  const meeting = await convenedMeeting(host);
  moveMeetingStart(host.dbPath, meeting.id, 30);
  for (const m of members) await host.call('assemblies.checkIn', { meetingId: meeting.id, memberId: m.id });
  await host.call('assemblies.constitute', { meetingId: meeting.id });
  await host.call('assemblies.saveSynthesis', { itemId: meeting.items[0]!.id, synthesis: 'La tesorera presentó el balance; hubo preguntas sobre el fondo de reserva.' });
  const { id: motionId } = (await host.call('assemblies.propose', { meetingId: meeting.id, itemId: meeting.items[0]!.id, text: MOTION })) as { id: number };
  const vote = (await host.call('assemblies.openVote', { motionId, mode: 'hands' })) as { id: number };
  await host.call('assemblies.recordTally', { voteId: vote.id, tally: { yes: 3, no: 1, abstain: 0, blank: 0, invalid: 0 } });
  await host.call('assemblies.closeVote', { id: vote.id });
  await host.call('assemblies.close', { meetingId: meeting.id });
  return { meeting, members };
}

test('the minutes are drafted, edited, finalised with their signatories after a confirmation, and saved as PDF', async ({ page, host }) => {
  // Two PDFs and a meeting held through the services: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const { meeting, members } = await heldMeeting(host);
  const minutes = new MinutesPage(page);
  await minutes.open(host.url, meeting.id);
  await expect(page.getByText('No minutes yet')).toBeVisible();
  await minutes.draft();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await expect(minutes.field(/^Item 1: Memoria y balance/)).toHaveValue(/fondo de reserva/);

  await minutes.field('Closing').fill('Sin más asuntos que tratar, se levanta la sesión.');
  await expect(page.getByRole('button', { name: 'Finalise…' })).toBeDisabled();
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await checkA11y(page);

  const name = (i: number) => `${members[i]!.memberNumber} · ${members[i]!.name}`;
  await page.getByRole('button', { name: 'Finalise…' }).click();
  // Nothing is final until it is confirmed in words.
  await minutes.finaliseDialog.getByRole('button', { name: 'Finalise the act' }).click();
  await expect(minutes.finaliseDialog.getByText('Confirm that the act is ready to be final.')).toBeVisible();
  await expect(minutes.finaliseDialog.getByText('This is final')).toBeVisible();
  await checkA11y(page);
  await minutes.finaliseDialog.getByRole('button', { name: 'Cancel' }).click();
  await minutes.finalise({ president: name(0), secretary: name(1), first: name(2), second: name(3) });

  await expect(page.getByText(/^Act no\. 1, final since/)).toBeVisible();
  await expect(page.getByText('Final', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Closing' })).toHaveCount(0);
  await expect(page.getByText(`${members[0]!.name} — President`)).toBeVisible();

  await page.getByRole('button', { name: 'Save the act as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved to .*\.pdf/ })).toBeVisible({ timeout: 30_000 });
  const act = readdirSync(host.downloadsDir).find((f) => f.endsWith('.pdf'));
  const text = pdfText(join(host.downloadsDir, act!));
  expect(text).toContain(MOTION);
  expect(text).toContain('Sin más asuntos que tratar');
  expect(text).toContain('Apellido1, Socia 1');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Assemblies' }).click();
  await page.getByRole('link', { name: 'Minutes book' }).click();
  await expect(page.getByRole('row').filter({ hasText: /Ordinary assembly of/ })).toHaveCount(1);
  await checkA11y(page);
  await page.getByRole('button', { name: 'Save the whole book as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved to .*\.pdf/ }).first()).toBeVisible({ timeout: 30_000 });
  expect(readdirSync(host.downloadsDir).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
});
