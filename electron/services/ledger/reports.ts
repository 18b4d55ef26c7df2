/**
 * The journal's reports on screen: the trial balance of a period (per account, debits, credits and their
 * difference; the totals agree because every entry balances), an account's ledger with its running
 * balance, and the journal itself, page by page.
 */
import { sql } from 'kysely';
import type { AccountLedger, JournalEntry, TrialBalance } from '../../../shared/contract/ledger';
import { DomainError } from '../../../shared/contract/errors';
import { accountKeys, accountKindOf, type AccountKey } from '../../../shared/domain/ledger/accounts';
import type { ServiceContext } from '../core';
import { accountCodes } from './accounts';

export interface Period {
  from: string;
  to: string;
}

function refuseBackwardPeriod({ from, to }: Period): void {
  if (from > to) throw new DomainError('BAD_INPUT', `The period ends (${to}) before it starts (${from})`, { key: 'ledger:errors.periodOrder', params: { from, to } });
}

export async function trialBalance(ctx: ServiceContext, period: Period): Promise<TrialBalance> {
  refuseBackwardPeriod(period);
  const codes = await accountCodes(ctx.db);
  const sums = await ctx.db
    .selectFrom('ledger_line as l')
    .innerJoin('ledger_entry as e', 'e.id', 'l.entry_id')
    .where('e.date', '>=', period.from)
    .where('e.date', '<=', period.to)
    .groupBy('l.account')
    .select((eb) => ['l.account', eb.fn.sum<number>('l.debit_minor').as('debit'), eb.fn.sum<number>('l.credit_minor').as('credit')])
    .execute();
  // What each account carried into the period: a balance sheet account is read from its opening, not
  // from the period's movements alone (an asset would otherwise show a credit balance).
  const openings = await ctx.db
    .selectFrom('ledger_line as l')
    .innerJoin('ledger_entry as e', 'e.id', 'l.entry_id')
    .where('e.date', '<', period.from)
    .groupBy('l.account')
    .select((eb) => ['l.account', eb.fn.sum<number>('l.debit_minor').as('debit'), eb.fn.sum<number>('l.credit_minor').as('credit')])
    .execute();
  const byAccount = new Map(sums.map((s) => [s.account, s]));
  const openingOf = new Map(openings.map((o) => [o.account, Number(o.debit) - Number(o.credit)]));
  const rows = accountKeys
    .filter((key) => byAccount.has(key) || (openingOf.get(key) ?? 0) !== 0)
    .map((key) => {
      const movement = byAccount.get(key);
      const debitMinor = Number(movement?.debit ?? 0);
      const creditMinor = Number(movement?.credit ?? 0);
      const openingMinor = openingOf.get(key) ?? 0;
      const balanceMinor = debitMinor - creditMinor;
      return { account: key, code: codes[key], kind: accountKindOf[key], openingMinor, debitMinor, creditMinor, balanceMinor, closingMinor: openingMinor + balanceMinor };
    });
  const totals = rows.reduce((t, r) => ({ debitMinor: t.debitMinor + r.debitMinor, creditMinor: t.creditMinor + r.creditMinor }), { debitMinor: 0, creditMinor: 0 });
  return { from: period.from, to: period.to, rows, totals };
}

export async function accountLedger(ctx: ServiceContext, input: Period & { account: AccountKey; offset: number; limit: number }): Promise<AccountLedger> {
  refuseBackwardPeriod(input);
  const codes = await accountCodes(ctx.db);
  const postingsOf = ctx.db
    .selectFrom('ledger_line as l')
    .innerJoin('ledger_entry as e', 'e.id', 'l.entry_id')
    .where('l.account', '=', input.account);
  const net = sql<number>`coalesce(sum(l.debit_minor - l.credit_minor), 0)`;
  const opening = await postingsOf.where('e.date', '<', input.from).select(net.as('net')).executeTakeFirstOrThrow();
  const inPeriod = postingsOf.where('e.date', '>=', input.from).where('e.date', '<=', input.to);
  const summary = await inPeriod.select([net.as('net'), (eb) => eb.fn.countAll<number>().as('total')]).executeTakeFirstOrThrow();
  // The running balance is computed over the whole period by the database, then the page is cut from it.
  const rows = await inPeriod
    .select([
      'e.id as entryId',
      'e.number',
      'e.date',
      'e.memo',
      'l.member_number as memberNumber',
      'l.debit_minor as debitMinor',
      'l.credit_minor as creditMinor',
      sql<number>`sum(l.debit_minor - l.credit_minor) OVER (ORDER BY e.date, e.number, l.line_no ROWS UNBOUNDED PRECEDING)`.as('running'),
    ])
    .orderBy('e.date')
    .orderBy('e.number')
    .orderBy('l.line_no')
    .offset(input.offset)
    .limit(input.limit)
    .execute();
  const openingMinor = Number(opening.net);
  return {
    account: input.account,
    code: codes[input.account],
    openingMinor,
    postings: rows.map(({ running, ...r }) => ({ ...r, balanceMinor: openingMinor + Number(running) })),
    total: Number(summary.total),
    closingMinor: openingMinor + Number(summary.net),
  };
}

export async function journal(ctx: ServiceContext, input: Period & { offset: number; limit: number }): Promise<{ entries: JournalEntry[]; total: number }> {
  refuseBackwardPeriod(input);
  const codes = await accountCodes(ctx.db);
  const inPeriod = ctx.db.selectFrom('ledger_entry as e').where('e.date', '>=', input.from).where('e.date', '<=', input.to);
  const { total } = await inPeriod.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const entries = await inPeriod
    .leftJoin('ledger_entry as reversed', 'reversed.id', 'e.reverses_id')
    .leftJoin('ledger_entry as reversal', 'reversal.reverses_id', 'e.id')
    .select([
      'e.id',
      'e.number',
      'e.date',
      'e.memo',
      'e.source_kind as sourceKind',
      'e.source_id as sourceId',
      'e.posted_at as postedAt',
      'reversed.number as reversesNumber',
      'reversal.number as reversedByNumber',
    ])
    .orderBy('e.date')
    .orderBy('e.number')
    .offset(input.offset)
    .limit(input.limit)
    .execute();
  const ids = entries.map((e) => e.id);
  const lines =
    ids.length === 0
      ? []
      : await ctx.db
          .selectFrom('ledger_line')
          .select(['entry_id', 'account', 'member_number', 'debit_minor', 'credit_minor'])
          .where('entry_id', 'in', ids)
          .orderBy('entry_id')
          .orderBy('line_no')
          .execute();
  const linesOf = new Map<number, JournalEntry['lines']>();
  for (const l of lines) {
    const list = linesOf.get(l.entry_id) ?? [];
    list.push({ account: l.account, code: codes[l.account], memberNumber: l.member_number, debitMinor: l.debit_minor, creditMinor: l.credit_minor });
    linesOf.set(l.entry_id, list);
  }
  return { entries: entries.map((e) => ({ ...e, lines: linesOf.get(e.id) ?? [] })), total: Number(total) };
}
