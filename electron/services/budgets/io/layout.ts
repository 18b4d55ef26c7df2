/**
 * The budget file's layout, shared by the export and the import (docs/budgets-import.md): one row per
 * budget line, columns in a fixed order (year, account key, account code, label, the twelve months of the
 * fiscal year, total). The header is in the coop's language for the reader; the import goes by position,
 * and the account key (never translated) is what names the account.
 */
import type { Locale } from '../../../../shared/contract/coop';
import { translate } from '../../../../shared/i18n/catalogue';

export const MONTH_COUNT = 12;
export const budgetFileFields = ['year', 'account', 'code', 'label', 'months', 'total'] as const;
export type BudgetFileField = (typeof budgetFileFields)[number] | `m${number}`;
/** year, account, code, label, m1…m12, total. */
export const COLUMN_COUNT = 4 + MONTH_COUNT + 1;
export const FIRST_MONTH_COLUMN = 4;
export const TOTAL_COLUMN = FIRST_MONTH_COLUMN + MONTH_COUNT;

/** The column's field name as problems name it: m1…m12 for the months. */
export function fieldAt(column: number): BudgetFileField {
  if (column < FIRST_MONTH_COLUMN) return budgetFileFields[column]!;
  if (column < TOTAL_COLUMN) return `m${column - FIRST_MONTH_COLUMN + 1}`;
  return 'total';
}

/** The header row in the coop's language; a month is named by its calendar month ("mar 2025"). */
export function headerRow(locale: Locale, monthStarts: readonly string[]): string[] {
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return [
    translate(locale, 'budgets:export.columns.year'),
    translate(locale, 'budgets:export.columns.account'),
    translate(locale, 'budgets:export.columns.code'),
    translate(locale, 'budgets:export.columns.label'),
    ...monthStarts.map((start) => monthName.format(new Date(`${start}T00:00:00.000Z`))),
    translate(locale, 'budgets:export.columns.total'),
  ];
}
