/**
 * The budgets tests' starting point: the assemblies' Argentine coop (calendar fiscal year, twelve active
 * members, today 2025-06-15), an ordinary assembly on 2025-07-20 that passes a budget resolution and an
 * accounts resolution, and helpers to post the month's sales and costs to the journal.
 */
import { postJournalEntriesBulk, type NewJournalEntry } from '../../electron/services/ledger';
import type { AccountKey } from '../../shared/domain/ledger/accounts';
import { openAssemblySession } from './assemblies-session';

const INCOME: readonly AccountKey[] = ['sales', 'services_income', 'other_income', 'grants_income'];

/** A two-line entry of `amount` on `account`: income credited against the bank, a cost debited against it. */
export function movement(date: string, account: AccountKey, amount: number, counterpart: AccountKey = 'bank'): NewJournalEntry {
  const lines = INCOME.includes(account)
    ? [{ account: counterpart, debitMinor: amount }, { account, creditMinor: amount }]
    : [{ account, debitMinor: amount }, { account: counterpart, creditMinor: amount }];
  return { date, memo: `${account} ${date}`, source: { kind: 'manual', id: `${account}-${date}` }, lines };
}

export async function openBudgetSession(dir: string) {
  const s = await openAssemblySession(dir);
  const at = (minutes: number) => new Date(new Date('2025-07-20T18:00:00').getTime() + minutes * 60_000).toISOString();
  const { id: meetingId } = await s.must('assemblies.create', { kind: 'ordinary', date: '2025-07-20', time: '18:00', place: 'Sede', mode: 'in_person' });
  const resolutions: Record<'budget' | 'accounts', number> = { budget: 0, accounts: 0 };
  const items: [keyof typeof resolutions, number][] = [];
  for (const kind of ['budget', 'accounts'] as const) {
    const { id } = await s.must('assemblies.saveAgendaItem', { meetingId, id: null, title: `Punto ${kind}`, description: null, expectedMinutes: 20, needsVote: true, subject: kind === 'accounts' ? 'accounts' : 'other', resolutionKind: kind, matter: 'ordinary' });
    await s.must('assemblies.attachDocument', { itemId: id, name: `${kind}.pdf`, reference: `docs/${kind}.pdf` });
    items.push([kind, id]);
  }
  await s.must('assemblies.publishAgenda', { meetingId });
  await s.must('assemblies.generateRoll', { meetingId });
  await s.must('assemblies.convene', { meetingId });
  for (const [i, memberId] of s.members.entries()) await s.must('assemblies.checkIn', { meetingId, memberId, at: at(i) });
  await s.must('assemblies.constitute', { meetingId, at: at(15) });
  for (const [kind, itemId] of items) {
    const { id: motionId } = await s.must('assemblies.propose', { meetingId, itemId, text: `Aprobar ${kind}` });
    const vote = await s.must('assemblies.openVote', { motionId, mode: 'hands' });
    await s.must('assemblies.recordTally', { voteId: vote.id, tally: { yes: vote.present, no: 0, abstain: 0, blank: 0, invalid: 0 } });
    await s.must('assemblies.closeVote', { id: vote.id });
  }
  for (const r of await s.must('assemblies.resolutions', { kind: null })) if (r.meetingId === meetingId) resolutions[r.kind as keyof typeof resolutions] = r.id;
  const post = (entries: NewJournalEntry[]) => postJournalEntriesBulk(s.ctx(), entries);
  const twelve = (amount: number) => Array<number>(12).fill(amount);
  return { ...s, resolutions, post, twelve };
}

export type BudgetSession = Awaited<ReturnType<typeof openBudgetSession>>;
