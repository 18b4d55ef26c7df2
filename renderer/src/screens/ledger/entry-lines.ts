/**
 * The lines grid of a general entry, pure: what each typed line reads as in minor units, and the running
 * totals that decide whether the entry may be posted (balanced, at least two lines with an account and one
 * amount each). The service checks the same rules again and answers with a sentence.
 */
import { parseMoney } from '../../../../shared/domain/money-parse';

export interface TypedLine {
  /** A stable key for React while lines are added and removed. */
  id: number;
  account: string;
  member: string;
  debit: string;
  credit: string;
}

export interface ReadLine {
  debitMinor: number | null;
  creditMinor: number | null;
  memberNumber: number | null;
  memberBad: boolean;
}

export const blankLine = (id: number): TypedLine => ({ id, account: '', member: '', debit: '', credit: '' });

function amount(text: string, locale: string, minorDigits: number): number | null {
  if (text.trim() === '') return 0;
  const parsed = parseMoney(text, locale, minorDigits);
  return parsed.ok && parsed.value >= 0 ? parsed.value : null;
}

export function readLine(line: TypedLine, locale: string, minorDigits: number): ReadLine {
  const member = line.member.trim();
  const memberNumber = /^\d{1,8}$/.test(member) && Number(member) > 0 ? Number(member) : null;
  return {
    debitMinor: amount(line.debit, locale, minorDigits),
    creditMinor: amount(line.credit, locale, minorDigits),
    memberNumber,
    memberBad: member !== '' && memberNumber === null,
  };
}

export interface Totals {
  debitMinor: number;
  creditMinor: number;
  /** Debits less credits. */
  differenceMinor: number;
  /** Every line readable, with an account and one side; at least two; debits equal credits. */
  postable: boolean;
}

export function totalsOf(lines: readonly TypedLine[], locale: string, minorDigits: number): Totals {
  let debitMinor = 0;
  let creditMinor = 0;
  let complete = lines.length >= 2;
  for (const line of lines) {
    const read = readLine(line, locale, minorDigits);
    debitMinor += read.debitMinor ?? 0;
    creditMinor += read.creditMinor ?? 0;
    const oneSide = read.debitMinor !== null && read.creditMinor !== null && (read.debitMinor > 0) !== (read.creditMinor > 0);
    if (line.account === '' || !oneSide || read.memberBad) complete = false;
  }
  const differenceMinor = debitMinor - creditMinor;
  return { debitMinor, creditMinor, differenceMinor, postable: complete && differenceMinor === 0 && debitMinor > 0 };
}
