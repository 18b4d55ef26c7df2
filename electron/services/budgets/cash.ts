/**
 * The cash position month by month: the bank and cash balance at the year's start, then for each closed
 * month what came in and went out of bank and cash (a transfer between them shows on both sides and nets
 * to nothing), and for the months ahead the budget's income in and its costs out.
 */
import { sql } from 'kysely';
import type { z } from 'zod';
import type { cashPosition } from '../../../shared/contract/budgets-yearly';
import { MONTHS } from '../../../shared/contract/budgets-yearly';
import { localToday } from '../../../shared/domain/dates';
import { accountKindOf } from '../../../shared/domain/ledger/accounts';
import type { ServiceContext } from '../core';
import { sumsByAccountAndMonth } from './actuals-query';
import { budgetByAccount, comparedVersion } from './rows';
import { budgetYear, closedMonths, monthOf } from './year';

const CASH_ACCOUNTS = ['bank', 'cash'] as const;

export async function cashPositionOf(ctx: ServiceContext, input: { year: number; versionId: number | null; asOf: string | null }): Promise<z.infer<typeof cashPosition>> {
  const year = await budgetYear(ctx, input.year);
  const asOf = input.asOf ?? localToday(ctx.now());
  const closed = closedMonths(year, asOf);
  const versionId = await comparedVersion(ctx.db, input.year, input.versionId);
  const opening = await ctx.db
    .selectFrom('ledger_entry as e')
    .innerJoin('ledger_line as l', 'l.entry_id', 'e.id')
    .select(sql<number>`coalesce(sum(l.debit_minor - l.credit_minor), 0)`.as('balance'))
    .where('e.date', '<', year.from)
    .where('l.account', 'in', [...CASH_ACCOUNTS])
    .executeTakeFirstOrThrow();
  const moved = { in: Array<number>(MONTHS).fill(0), out: Array<number>(MONTHS).fill(0) };
  for (const row of await sumsByAccountAndMonth(ctx.db, year, CASH_ACCOUNTS)) {
    const m = monthOf(year, `${row.month}-01`);
    if (m === null) continue;
    moved.in[m - 1]! += row.debitMinor;
    moved.out[m - 1]! += row.creditMinor;
  }
  const planned = { in: Array<number>(MONTHS).fill(0), out: Array<number>(MONTHS).fill(0) };
  for (const [account, months] of await budgetByAccount(ctx.db, versionId)) {
    const side = accountKindOf[account as keyof typeof accountKindOf] === 'income' ? planned.in : planned.out;
    months.forEach((amount, i) => (side[i]! += amount));
  }
  let balance = Number(opening.balance);
  const months = year.monthStarts.map((start, i) => {
    const actual = i < closed;
    const inMinor = actual ? moved.in[i]! : planned.in[i]!;
    const outMinor = actual ? moved.out[i]! : planned.out[i]!;
    const openingMinor = balance;
    balance += inMinor - outMinor;
    return { month: i + 1, start, openingMinor, inMinor, outMinor, closingMinor: balance, actual };
  });
  return { year: input.year, versionId, asOf, months };
}
