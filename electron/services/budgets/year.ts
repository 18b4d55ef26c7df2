/**
 * A budget's fiscal year as the coop keeps it: its days, the first day of each of its twelve months, and
 * which month a journal date falls in. A year is closed for budgeting once its result is closed (surplus)
 * or the books are closed through its last day (ledger).
 */
import { addMonths, format, parseISO, subDays } from 'date-fns';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { closedThrough } from '../ledger';
import { fiscalYear, getYear } from '../surplus';
import { refusal } from './refuse';

export interface BudgetYear {
  year: number;
  from: string;
  to: string;
  /** 'YYYY-MM-DD' of each month's first day, in the fiscal year's order. */
  monthStarts: string[];
  /** 'YYYY-MM' of each month, for bucketing journal dates. */
  yearMonths: string[];
}

export async function budgetYear(ctx: ServiceContext, year: number): Promise<BudgetYear> {
  const coop = await requireCoop(ctx);
  const { from, to } = fiscalYear(coop.fiscalYearStart, year);
  const first = parseISO(from);
  const monthStarts = Array.from({ length: 12 }, (_, i) => format(addMonths(first, i), 'yyyy-MM-dd'));
  return { year, from, to, monthStarts, yearMonths: monthStarts.map((d) => d.slice(0, 7)) };
}

/** The month (1–12) of the fiscal year a date falls in; null outside the year. */
export function monthOf(year: BudgetYear, date: string): number | null {
  const i = year.yearMonths.indexOf(date.slice(0, 7));
  return i < 0 ? null : i + 1;
}

/** How many months `asOf` has closed: those whose last day is on or before it. */
export function closedMonths(year: BudgetYear, asOf: string): number {
  const lastDays = year.monthStarts.map((_, i) => (i < 11 ? format(subDays(parseISO(year.monthStarts[i + 1]!), 1), 'yyyy-MM-dd') : year.to));
  return lastDays.filter((last) => last <= asOf).length;
}

export async function refuseClosedYear(db: Kysely<DB>, year: BudgetYear): Promise<void> {
  if (await getYear(db, year.year)) throw refusal('CONFLICT', 'YEAR_CLOSED', `The fiscal year ${year.year} is closed: its result has been closed, so its budget cannot change.`, { year: year.year });
  const through = await closedThrough(db);
  if (through !== null && through >= year.to) {
    throw refusal('CONFLICT', 'BOOKS_CLOSED', `The books are closed through ${through}, after the fiscal year ${year.year} ends; its budget cannot change.`, { year: year.year, through });
  }
}
