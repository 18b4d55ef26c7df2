/**
 * The demo cooperative's budget: last year's and this year's monthly sales and costs posted to the journal
 * (so the budget has actuals to stand beside, and last year a pattern to spread by), and this year's budget
 * drafted from last year's actuals with a little growth, approved by an assembly held before the year
 * began, all through the same services a treasurer and a secretary use.
 */
import { addDaysToDate, localToday } from '../../../shared/domain/dates';
import type { AccountKey } from '../../../shared/domain/ledger/accounts';
import { translate } from '../../../shared/i18n/catalogue';
import { approvedResolutions, attachDocument, checkIn, closeMeeting, closeVote, constitute, conveneMeeting, createMeeting, generateRoll, getMeeting, openVote, propose, publishAgenda, quorum, recordTally, saveAgendaItem } from '../assemblies';
import type { DemoOptions, ServiceContext } from '../core';
import { postJournalEntriesBulk, type NewJournalEntry } from '../ledger';
import { approveVersion } from './approve';
import { saveLines } from './lines';
import { createDraft, getVersion } from './versions';
import { budgetYear, type BudgetYear } from './year';

/** A month's sales in the demo's currency (minor units), for a workshop of about twenty members. */
const salesByCurrency: Record<string, number> = { ARS: 45_000_000_00, BRL: 250_000_00, EUR: 60_000_00, USD: 75_000_00 };

/** Each account's share of sales, in percent, and whether it comes in (income) or goes out (a cost). */
const movements: { account: AccountKey; percent: number }[] = [
  { account: 'sales', percent: 100 },
  { account: 'services_income', percent: 18 },
  { account: 'materials', percent: 38 },
  { account: 'services_bought', percent: 6 },
  { account: 'energy', percent: 7 },
  { account: 'rent', percent: 5 },
  { account: 'maintenance', percent: 3 },
  { account: 'taxes', percent: 4 },
];
/** Sales by month of the fiscal year: a slow start, a busy spring and a year-end peak. */
const season = [86, 90, 104, 108, 100, 97, 92, 80, 98, 106, 112, 127];

function entriesFor(year: BudgetYear, through: string, base: number, growth: number, memo: (key: string) => string): NewJournalEntry[] {
  const entries: NewJournalEntry[] = [];
  year.monthStarts.forEach((start, i) => {
    const date = addDaysToDate(start, 14);
    if (date > through) return;
    for (const { account, percent } of movements) {
      const amount = Math.round((base * season[i]! * percent * growth) / 1_000_000);
      const income = account === 'sales' || account === 'services_income';
      entries.push({
        date,
        memo: memo(account),
        source: { kind: 'manual', id: `demo-${start}-${account}` },
        lines: income ? [{ account: 'bank', debitMinor: amount }, { account, creditMinor: amount }] : [{ account, debitMinor: amount }, { account: 'bank', creditMinor: amount }],
      });
    }
  });
  return entries;
}

/** An ordinary assembly before the year begins that approves its budget; returns the resolution's id. */
async function budgetAssembly(ctx: ServiceContext, year: BudgetYear, locale: DemoOptions['locale']): Promise<number | null> {
  const t = (key: string) => translate(locale, `budgets:demo.${key}`, { year: year.year });
  const date = addDaysToDate(year.from, -20);
  const at = (minutes: number) => new Date(Date.parse(`${date}T18:00:00`) + minutes * 60_000).toISOString();
  const dctx = (iso: string): ServiceContext => ({ ...ctx, now: () => new Date(iso) });
  const prep = dctx(new Date(Date.parse(`${addDaysToDate(date, -25)}T10:00:00`)).toISOString());
  const { id: meetingId } = await createMeeting(prep, { kind: 'ordinary', date, time: '18:00', place: t('place'), mode: 'in_person', remoteAccess: null, capitalUpToDate: false });
  const { id: itemId } = await saveAgendaItem(prep, { meetingId, id: null, title: t('item'), description: null, expectedMinutes: 30, needsVote: true, matter: 'ordinary', subject: 'other', resolutionKind: 'budget' });
  await attachDocument(prep, { itemId, name: t('document'), reference: `docs/${year.year}/budget.pdf` });
  await publishAgenda(prep, meetingId);
  await generateRoll(prep, meetingId);
  await conveneMeeting(prep, meetingId, addDaysToDate(date, -20));
  // Constituted on the last call, as large assemblies are, with just the attendance it needs.
  const calls = (await getMeeting(ctx, meetingId)).calls.map((c) => new Date(Date.parse(c.opensAt) + 60_000).toISOString());
  const last = calls[calls.length - 1]!;
  const needed = (await quorum(dctx(last), { meetingId, at: last })).needed;
  const voters = ctx.handle.prepare("SELECT member_id FROM assembly_roll WHERE meeting_id = ? AND standing = 'voter' ORDER BY member_id").pluck().all(meetingId) as number[];
  if (voters.length < Math.max(needed, 1)) return null;
  const present = voters.slice(0, Math.max(needed, Math.min(voters.length, 12)));
  for (const [i, memberId] of present.entries()) await checkIn(dctx(at(-30 + (i % 25))), { meetingId, memberId, memberNumber: null, at: at(-30 + (i % 25)) });
  await constitute(dctx(last), { meetingId, at: last });
  const after = (minutes: number) => new Date(Date.parse(last) + minutes * 60_000).toISOString();
  const { id: motionId } = await propose(dctx(after(5)), { meetingId, itemId, text: t('motion'), proposedBy: null, exception: null });
  const vote = await openVote(dctx(after(10)), { motionId, mode: 'hands', at: after(10) });
  await recordTally(dctx(after(12)), { voteId: vote.id, tally: { yes: vote.present, no: 0, abstain: 0, blank: 0, invalid: 0 } });
  await closeVote(dctx(after(13)), { id: vote.id, at: after(13) });
  await closeMeeting(dctx(after(30)), { meetingId, at: after(30) });
  const resolution = (await approvedResolutions(ctx.db, { kind: 'budget' })).find((r) => r.meetingId === meetingId);
  return resolution?.id ?? null;
}

export async function generateBudgetsDemo(ctx: ServiceContext, options: DemoOptions): Promise<void> {
  const coop = ctx.handle.prepare('SELECT currency, fiscal_year_start AS start FROM coop_profile').get() as { currency: string; start: string } | undefined;
  if (!coop) return;
  // A demo added to a file that already has budgets (`minga demo` run twice) leaves them as they are.
  if (ctx.handle.prepare('SELECT 1 FROM budget_version LIMIT 1').get()) return;
  const today = localToday(ctx.now());
  const calendar = Number(today.slice(0, 4));
  const thisYear = `${calendar}-${coop.start}` <= today ? calendar : calendar - 1;
  const current = await budgetYear(ctx, thisYear);
  const previous = await budgetYear(ctx, thisYear - 1);
  const base = salesByCurrency[coop.currency] ?? 60_000_00;
  const memo = (account: string) => translate(options.locale, `budgets:demo.memo`, { account: translate(options.locale, `ledger:accounts.${account}`) });
  postJournalEntriesBulk(ctx, [...entriesFor(previous, previous.to, base, 100, memo), ...entriesFor(current, addDaysToDate(today, -1), base, 106, memo)]);

  const resolutionId = await budgetAssembly(ctx, current, options.locale);
  const { id } = await createDraft(ctx, { year: thisYear, from: 'lastYearActuals', versionId: null, note: translate(options.locale, 'budgets:demo.note', { year: thisYear }) });
  // Last year's actuals, with the 5% more income the council expects.
  const drafted = await getVersion(ctx, id);
  const lines = drafted.lines.map((line) => ({
    account: line.account,
    label: line.label,
    months: line.months.map((amount) => (line.kind === 'income' ? Math.round((amount * 105) / 100) : amount)),
  }));
  await saveLines(ctx, { versionId: id, lines });
  if (resolutionId !== null && lines.length > 0) await approveVersion(ctx, { versionId: id, resolutionId });
}
