/**
 * The rules of a journal entry, pure: at least two lines, each line on one side only with a positive
 * whole number of minor units, debits equal to credits. The database enforces the same rules
 * (migrations/0005_ledger.ts); here they give the user a sentence before anything is written.
 */
import type { AccountKey } from './accounts';
import { isAccountKey } from './accounts';

export interface EntryLine {
  account: AccountKey;
  memberNumber?: number | null;
  debitMinor?: number;
  creditMinor?: number;
}

export const entryProblemCodes = ['tooFewLines', 'unknownAccount', 'oneSidePerLine', 'notAnAmount', 'unbalanced', 'tooLarge'] as const;
export type EntryProblemCode = (typeof entryProblemCodes)[number];

export interface EntryProblem {
  code: EntryProblemCode;
  /** 1-based line of the entry the problem is on; null when it is the entry as a whole. */
  line: number | null;
  debitMinor?: number;
  creditMinor?: number;
}

const amountOf = (value: number | undefined) => value ?? 0;

/** The first rule `lines` break, or null when they make a balanced entry. */
export function entryProblem(lines: readonly EntryLine[]): EntryProblem | null {
  if (lines.length < 2) return { code: 'tooFewLines', line: null };
  let debits = 0;
  let credits = 0;
  for (const [index, line] of lines.entries()) {
    const at = index + 1;
    if (!isAccountKey(line.account)) return { code: 'unknownAccount', line: at };
    const debit = amountOf(line.debitMinor);
    const credit = amountOf(line.creditMinor);
    if (!Number.isSafeInteger(debit) || !Number.isSafeInteger(credit) || debit < 0 || credit < 0) {
      return { code: 'notAnAmount', line: at };
    }
    // One side per line: a line that both debits and credits hides a net amount from the accountant.
    if ((debit > 0) === (credit > 0)) return { code: 'oneSidePerLine', line: at };
    const memberNumber = line.memberNumber ?? null;
    if (memberNumber !== null && (!Number.isSafeInteger(memberNumber) || memberNumber < 1)) return { code: 'notAnAmount', line: at };
    debits += debit;
    credits += credit;
    if (!Number.isSafeInteger(debits) || !Number.isSafeInteger(credits)) return { code: 'tooLarge', line: at };
  }
  if (debits !== credits) return { code: 'unbalanced', line: null, debitMinor: debits, creditMinor: credits };
  return null;
}

/** The lines that undo `lines`: each on the other side, same account, member and amount. */
export function reversalLines<L extends EntryLine>(lines: readonly L[]): EntryLine[] {
  return lines.map((line) => ({
    account: line.account,
    memberNumber: line.memberNumber ?? null,
    debitMinor: amountOf(line.creditMinor),
    creditMinor: amountOf(line.debitMinor),
  }));
}

/** Sum of debits (equal to the sum of credits in a balanced entry). */
export function entryTotal(lines: readonly EntryLine[]): number {
  return lines.reduce((sum, line) => sum + amountOf(line.debitMinor), 0);
}
