/**
 * The grid's working copy of a draft's lines: each month cell keeps what was typed (in the coop's decimal
 * format) until it is saved, so a half-typed amount is never silently rounded or dropped. An empty cell is
 * zero; a cell that cannot be read stops the save and is marked.
 */
import type { BudgetLineInput } from '../../../../shared/contract/budgets';
import { parseMoney } from '../../../../shared/domain/money-parse';

type Account = BudgetLineInput['account'];

export const MONTHS = 12;

export interface LineDraft {
  /** Stable across edits, for React's keys and the cells' ids. */
  key: number;
  /** Empty until one is chosen. */
  account: Account | '';
  label: string;
  cells: string[];
}

export interface SavedLine {
  account: Account;
  label: string;
  months: number[];
}

let nextKey = 1;

export function emptyLine(account: Account | '' = ''): LineDraft {
  return { key: nextKey++, account, label: '', cells: Array.from({ length: MONTHS }, () => '') };
}

export function draftLines(lines: readonly SavedLine[], plain: (minor: number) => string): LineDraft[] {
  return lines.map((line) => ({ key: nextKey++, account: line.account, label: line.label, cells: line.months.map((m) => (m === 0 ? '' : plain(m))) }));
}

/** A cell's minor units: empty is zero, a negative or unreadable amount is null. */
export function cellMinor(text: string, locale: string, minorDigits: number): number | null {
  if (text.trim() === '') return 0;
  const parsed = parseMoney(text, locale, minorDigits);
  return parsed.ok && parsed.value >= 0 ? parsed.value : null;
}

export type ReadLines = { ok: true; lines: SavedLine[] } | { ok: false; badCells: { line: number; month: number }[]; noAccount: number[] };

/** The lines as the service takes them, or every cell and line that stops the save. */
export function readLines(drafts: readonly LineDraft[], locale: string, minorDigits: number): ReadLines {
  const badCells: { line: number; month: number }[] = [];
  const noAccount: number[] = [];
  const lines = drafts.map((draft, line) => {
    const account = draft.account;
    if (account === '') noAccount.push(line);
    const months = draft.cells.map((text, month) => {
      const minor = cellMinor(text, locale, minorDigits);
      if (minor === null) badCells.push({ line, month });
      return minor ?? 0;
    });
    return account === '' ? null : { account, label: draft.label.trim(), months };
  });
  const complete = lines.filter((line) => line !== null);
  return badCells.length === 0 && noAccount.length === 0 ? { ok: true, lines: complete } : { ok: false, badCells, noAccount };
}

/** The line's yearly total as far as its cells can be read (unreadable cells count as zero until fixed). */
export function lineTotal(draft: LineDraft, locale: string, minorDigits: number): number {
  return draft.cells.reduce((sum, text) => sum + (cellMinor(text, locale, minorDigits) ?? 0), 0);
}

/** Income, expense and their difference month by month and for the year, from what the cells hold now. */
export function gridTotals(
  drafts: readonly LineDraft[],
  kindOf: (account: Account | '') => 'income' | 'expense' | undefined,
  locale: string,
  minorDigits: number,
): { income: number[]; expense: number[]; result: number[] } {
  const income = Array.from({ length: MONTHS + 1 }, () => 0);
  const expense = Array.from({ length: MONTHS + 1 }, () => 0);
  for (const draft of drafts) {
    const side = kindOf(draft.account) === 'income' ? income : kindOf(draft.account) === 'expense' ? expense : null;
    if (!side) continue;
    draft.cells.forEach((text, month) => {
      const minor = cellMinor(text, locale, minorDigits) ?? 0;
      side[month]! += minor;
      side[MONTHS]! += minor;
    });
  }
  return { income, expense, result: income.map((value, i) => value - expense[i]!) };
}
