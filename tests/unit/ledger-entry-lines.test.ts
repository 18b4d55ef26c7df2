/**
 * The general entry's lines grid (issue 12, seams §2): amounts read in the reader's language, the running
 * difference, and the rule that an entry may be posted only when it balances with every line on one side.
 */
import { describe, expect, it } from 'vitest';
import { blankLine, readLine, totalsOf, type TypedLine } from '../../renderer/src/screens/ledger/entry-lines';

const line = (id: number, account: string, debit: string, credit: string, member = ''): TypedLine => ({ id, account, member, debit, credit });

describe('the lines of a general entry', () => {
  it('reads amounts in the reader’s language: 1.234,56 in es and 1,234.56 in en are the same cents', () => {
    expect(readLine(line(1, 'bank', '1.234,56', ''), 'es', 2).debitMinor).toBe(123_456);
    expect(readLine(line(1, 'bank', '1,234.56', ''), 'en', 2).debitMinor).toBe(123_456);
    // Ambiguous, negative or not an amount: unreadable (null), never guessed.
    expect(readLine(line(1, 'bank', '12.50', ''), 'es', 2).debitMinor).toBeNull();
    expect(readLine(line(1, 'bank', '-5', ''), 'en', 2).debitMinor).toBeNull();
    expect(readLine(line(1, 'bank', 'diez', ''), 'en', 2).debitMinor).toBeNull();
  });

  it('keeps the member number optional, and refuses one that is not a positive whole number', () => {
    expect(readLine(line(1, 'bank', '1', '', ''), 'en', 2)).toMatchObject({ memberNumber: null, memberBad: false });
    expect(readLine(line(1, 'bank', '1', '', '12'), 'en', 2)).toMatchObject({ memberNumber: 12, memberBad: false });
    expect(readLine(line(1, 'bank', '1', '', '0'), 'en', 2)).toMatchObject({ memberNumber: null, memberBad: true });
    expect(readLine(line(1, 'bank', '1', '', 'n.º 3'), 'en', 2).memberBad).toBe(true);
  });

  it('runs the difference as debits less credits, and a balanced entry is postable', () => {
    const lines = [line(1, 'bank', '1,210.00', ''), line(2, 'sales', '', '1,000.00')];
    expect(totalsOf(lines, 'en', 2)).toEqual({ debitMinor: 121_000, creditMinor: 100_000, differenceMinor: 21_000, postable: false });
    const balanced = [...lines, line(3, 'tax_payable', '', '210.00')];
    expect(totalsOf(balanced, 'en', 2)).toEqual({ debitMinor: 121_000, creditMinor: 121_000, differenceMinor: 0, postable: true });
  });

  it('is not postable with a line that has no account, both sides, neither, an unreadable amount or a bad member, nor with fewer than two lines', () => {
    const ok = [line(1, 'bank', '10', ''), line(2, 'sales', '', '10')];
    expect(totalsOf(ok, 'en', 2).postable).toBe(true);
    expect(totalsOf([ok[0]!, line(2, '', '', '10')], 'en', 2).postable).toBe(false);
    expect(totalsOf([...ok, line(3, 'energy', '5', '5')], 'en', 2).postable).toBe(false);
    expect(totalsOf([...ok, { ...blankLine(3), account: 'energy' }], 'en', 2).postable).toBe(false);
    expect(totalsOf([line(1, 'bank', '10', ''), line(2, 'sales', '', '10x')], 'en', 2).postable).toBe(false);
    expect(totalsOf([line(1, 'bank', '10', '', 'x'), line(2, 'sales', '', '10')], 'en', 2).postable).toBe(false);
    expect(totalsOf([line(1, 'bank', '0', '')], 'en', 2).postable).toBe(false);
    expect(totalsOf([], 'en', 2)).toEqual({ debitMinor: 0, creditMinor: 0, differenceMinor: 0, postable: false });
  });
});
