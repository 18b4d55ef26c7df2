/**
 * Why an entry cannot be posted, as refusals the user reads in their language (ledger.json `errors.*`).
 * Posting and bulk posting share them, so the demo and an operation obey the same rules.
 */
import { hasForbiddenCharacters, isWithinDateHorizon } from '../../../shared/contract/common';
import { DomainError } from '../../../shared/contract/errors';
import { isIsoDate } from '../../../shared/domain/dates';
import { entryProblem } from '../../../shared/domain/ledger/entry';
import type { NewJournalEntry } from './types';

const MEMO_MAX = 500;
const SOURCE_MAX = 60;

/** Refuses an entry whose date, memo, source or lines break the journal's rules. */
export function refuseMalformedEntry(entry: NewJournalEntry): void {
  if (!isIsoDate(entry.date) || !isWithinDateHorizon(entry.date)) {
    throw new DomainError('BAD_INPUT', `A journal entry needs a real date, got ${entry.date}`, { key: 'ledger:errors.date', params: { date: entry.date } });
  }
  const memo = entry.memo.trim();
  if (memo === '' || memo.length > MEMO_MAX || hasForbiddenCharacters(memo)) {
    throw new DomainError('BAD_INPUT', 'A journal entry needs a memo of one line, at most 500 characters', { key: 'ledger:errors.memo' });
  }
  const sourceId = String(entry.source.id);
  if (entry.source.kind.trim() === '' || entry.source.kind.length > SOURCE_MAX || sourceId === '' || sourceId.length > SOURCE_MAX) {
    throw new DomainError('BAD_INPUT', 'A journal entry must name the operation it comes from', { key: 'ledger:errors.source' });
  }
  const problem = entryProblem(entry.lines);
  if (problem === null) return;
  const params: Record<string, string | number> = { line: problem.line ?? 0 };
  if (problem.debitMinor !== undefined) params.debit = problem.debitMinor;
  if (problem.creditMinor !== undefined) params.credit = problem.creditMinor;
  throw new DomainError('BAD_INPUT', englishProblem[problem.code](params), { key: `ledger:errors.${problem.code}`, params });
}

const englishProblem: Record<NonNullable<ReturnType<typeof entryProblem>>['code'], (p: Record<string, string | number>) => string> = {
  tooFewLines: () => 'A journal entry needs two lines at least',
  unknownAccount: (p) => `Line ${p.line} names an account that is not in the chart`,
  oneSidePerLine: (p) => `Line ${p.line} must be either a debit or a credit, above zero`,
  notAnAmount: (p) => `Line ${p.line} holds an amount that is not a whole number of cents`,
  unbalanced: (p) => `The entry does not balance: debits ${p.debit}, credits ${p.credit}`,
  tooLarge: (p) => `The entry's total is too large at line ${p.line}`,
};

/** Refuses a date on or before the day the books are closed through. */
export function refuseClosedPeriod(date: string, closedThrough: string | null): void {
  if (closedThrough !== null && date <= closedThrough) {
    throw new DomainError('CONFLICT', `The books are closed through ${closedThrough}; ${date} is in the closed period`, {
      key: 'ledger:errors.closedPeriod',
      params: { date, closedThrough },
    });
  }
}

/** Refuses a line that names a member number the register does not hold. */
export function refuseUnknownMembers(entry: NewJournalEntry, known: (memberNumber: number) => boolean): void {
  for (const line of entry.lines) {
    const number = line.memberNumber ?? null;
    if (number !== null && !known(number)) {
      throw new DomainError('NOT_FOUND', `No member has number ${number}`, { key: 'ledger:errors.unknownMember', params: { member: number } });
    }
  }
}
