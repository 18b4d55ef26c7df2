/**
 * The budget file checked in full before anything is written: every line's problems with its file line
 * and column, in the coop's language (`budgets:import.problems.*`), and the lines as the budget takes
 * them when there are none. A line is (account, label); the same pair twice is refused, not summed.
 */
import type { BudgetImportInput, BudgetImportPreview } from '../../../../shared/contract/budgets';
import { budgetableAccounts, MAX_LINES } from '../../../../shared/contract/budgets';
import type { Locale } from '../../../../shared/contract/coop';
import { accountKindOf, type AccountKey } from '../../../../shared/domain/ledger/accounts';
import { translate } from '../../../../shared/i18n/catalogue';
import type { ServiceContext } from '../../core';
import { fileAmount } from './amount';
import { COLUMN_COUNT, fieldAt, FIRST_MONTH_COLUMN, MONTH_COUNT, TOTAL_COLUMN } from './layout';
import { readBudgetFile } from './read';
import { yearClosedBecause } from './year';

type Problem = BudgetImportPreview['problems'][number];
type Code = Problem['code'];
export interface CheckedLine {
  account: AccountKey;
  label: string;
  months: number[];
}
export interface BudgetFileCheck {
  year: number | null;
  rowCount: number;
  lines: CheckedLine[];
  problems: Problem[];
  locale: Locale;
}

const LABEL_MAX = 120;
const budgetable = new Set<string>(budgetableAccounts);
const pairKey = (account: string, label: string) => `${account}\u0000${label.toLocaleLowerCase()}`;

export async function checkBudgetFile(ctx: ServiceContext, input: BudgetImportInput): Promise<BudgetFileCheck> {
  const coop = await ctx.db.selectFrom('coop_profile').select(['locale', 'minor_digits']).executeTakeFirstOrThrow();
  const locale = coop.locale;
  const problems: Problem[] = [];
  const say = (line: number, column: number | null, code: Code, value: string, params: Record<string, string | number> = {}) =>
    problems.push({ line, field: column === null ? null : fieldAt(column), code, value, message: translate(locale, `budgets:import.problems.${code}`, { value, ...params }) });

  const file = readBudgetFile(input.fileBase64);
  if (!file.ok) say(0, null, 'unreadable', '');
  else if (file.records.length === 0) say(0, null, 'empty', '');
  if (!file.ok || file.records.length === 0) return { year: null, rowCount: 0, lines: [], problems, locale };

  let year = input.year;
  const seen = new Map<string, number>();
  const lines: CheckedLine[] = [];
  for (const { line, cells } of file.records) {
    const before = problems.length;
    if (cells.length !== COLUMN_COUNT) {
      say(line, null, 'columnCount', String(cells.length), { expected: COLUMN_COUNT });
      continue;
    }
    const yearText = cells[0]!;
    if (yearText === '') {
      if (year === null) say(line, 0, 'noYear', '');
    } else if (!/^\d{4}$/.test(yearText)) say(line, 0, 'badYear', yearText);
    else if (year === null) year = Number(yearText);
    else if (Number(yearText) !== year) say(line, 0, 'yearMismatch', yearText, { year });
    const account = cells[1]!;
    if (!budgetable.has(account)) say(line, 1, 'unknownAccount', account);
    const label = cells[3]!;
    if (label === '' || label.length > LABEL_MAX) say(line, 3, 'missingLabel', label, { max: LABEL_MAX });
    const months: number[] = [];
    let monthsRead = true;
    for (let i = 0; i < MONTH_COUNT; i++) {
      const amount = fileAmount(cells[FIRST_MONTH_COLUMN + i]!, locale, coop.minor_digits);
      if (amount === null) {
        say(line, FIRST_MONTH_COLUMN + i, 'badAmount', cells[FIRST_MONTH_COLUMN + i]!);
        monthsRead = false;
      }
      months.push(amount ?? 0);
    }
    const totalText = cells[TOTAL_COLUMN]!;
    const sum = months.reduce((s, m) => s + m, 0);
    if (!Number.isSafeInteger(sum)) say(line, TOTAL_COLUMN, 'badAmount', totalText);
    else if (totalText !== '' && monthsRead) {
      // The total is the reader's check, not a figure of its own: months edited without it are caught here.
      const total = fileAmount(totalText, locale, coop.minor_digits);
      if (total === null) say(line, TOTAL_COLUMN, 'badAmount', totalText);
      else if (total !== sum) say(line, TOTAL_COLUMN, 'totalMismatch', totalText);
    }
    if (budgetable.has(account) && label !== '') {
      const earlier = seen.get(pairKey(account, label));
      if (earlier !== undefined) say(line, 3, 'duplicateLine', label, { earlier });
      else seen.set(pairKey(account, label), line);
    }
    if (problems.length === before) lines.push({ account: account as AccountKey, label, months });
  }
  if (year === null && problems.length === 0) say(0, 0, 'noYear', '');
  if (lines.length > MAX_LINES) say(0, null, 'tooManyLines', String(lines.length), { max: MAX_LINES });
  if (year !== null) {
    const closed = await yearClosedBecause(ctx, year);
    if (closed) say(0, 0, 'closedYear', String(year), { year, ...closed });
  }
  return { year, rowCount: file.records.length, lines, problems, locale };
}

/** Income and expense totals of the checked lines, for the report. */
export function sideTotals(lines: readonly CheckedLine[]): { incomeMinor: number; expenseMinor: number } {
  let incomeMinor = 0;
  let expenseMinor = 0;
  for (const line of lines) {
    const total = line.months.reduce((s, m) => s + m, 0);
    if (accountKindOf[line.account] === 'income') incomeMinor += total;
    else expenseMinor += total;
  }
  return { incomeMinor, expenseMinor };
}
