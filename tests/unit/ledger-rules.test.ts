/** The journal's pure rules (issue 7: entries are balanced; corrections are reversals; codes per framework). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountKeys, defaultAccountCodes, isAccountCode, type AccountKey } from '../../shared/domain/ledger/accounts';
import { entryProblem, entryTotal, reversalLines, type EntryLine } from '../../shared/domain/ledger/entry';
import { legalFrameworks } from '../../shared/domain/statute';
import { entryHash } from '../../electron/services/ledger/chain';

const payment: EntryLine[] = [
  { account: 'bank', debitMinor: 25_000 },
  { account: 'capital_receivable', memberNumber: 1, creditMinor: 25_000 },
];

describe('a balanced entry', () => {
  it('accepts two lines whose debits equal their credits', () => {
    expect(entryProblem(payment)).toBeNull();
  });

  it('needs two lines at least: one line cannot balance anything', () => {
    expect(entryProblem([payment[0]!])).toEqual({ code: 'tooFewLines', line: null });
  });

  it('refuses debits that differ from credits by one cent, and says both totals', () => {
    expect(entryProblem([payment[0]!, { ...payment[1]!, creditMinor: 24_999 }])).toEqual({ code: 'unbalanced', line: null, debitMinor: 25_000, creditMinor: 24_999 });
  });

  it('puts each line on one side only, above zero (a net line hides amounts from the accountant)', () => {
    expect(entryProblem([{ account: 'bank', debitMinor: 5, creditMinor: 5 }, payment[1]!])).toMatchObject({ code: 'oneSidePerLine', line: 1 });
    expect(entryProblem([payment[0]!, { account: 'cash' }])).toMatchObject({ code: 'oneSidePerLine', line: 2 });
  });

  it('takes only whole, non-negative minor units (money.md: never a float)', () => {
    expect(entryProblem([{ account: 'bank', debitMinor: 0.5 }, payment[1]!])).toMatchObject({ code: 'notAnAmount', line: 1 });
    expect(entryProblem([payment[0]!, { account: 'cash', creditMinor: -25_000 }])).toMatchObject({ code: 'notAnAmount', line: 2 });
  });

  it('refuses an account outside the chart and a total beyond the safe range', () => {
    expect(entryProblem([{ account: 'petty_cash' as AccountKey, debitMinor: 1 }, payment[1]!])).toMatchObject({ code: 'unknownAccount', line: 1 });
    const huge = Number.MAX_SAFE_INTEGER;
    expect(entryProblem([{ account: 'bank', debitMinor: huge }, { account: 'cash', debitMinor: huge }, { account: 'result', creditMinor: 1 }])).toMatchObject({ code: 'tooLarge', line: 2 });
  });
});

describe('a reversal', () => {
  it('puts every line on the other side, same account and member', () => {
    expect(reversalLines(payment)).toEqual([
      { account: 'bank', memberNumber: null, debitMinor: 0, creditMinor: 25_000 },
      { account: 'capital_receivable', memberNumber: 1, debitMinor: 25_000, creditMinor: 0 },
    ]);
  });

  it('of any balanced entry is balanced, with the same total, and nets every account to zero', () => {
    const line = fc.record({ account: fc.constantFrom(...accountKeys), amount: fc.integer({ min: 1, max: 10_000_000 }) });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (debits) => {
        const total = debits.reduce((s, d) => s + d.amount, 0);
        const lines: EntryLine[] = [...debits.map((d) => ({ account: d.account, debitMinor: d.amount })), { account: 'members_capital', creditMinor: total }];
        const undone = reversalLines(lines);
        expect(entryProblem(undone)).toBeNull();
        expect(entryTotal(undone)).toBe(entryTotal(lines));
        const net = new Map<string, number>();
        for (const l of [...lines, ...undone]) net.set(l.account, (net.get(l.account) ?? 0) + (l.debitMinor ?? 0) - (l.creditMinor ?? 0));
        expect([...net.values()].every((v) => v === 0)).toBe(true);
      }),
    );
  });
});

describe('the chart of accounts', () => {
  it('gives every account a valid code in every framework, no two accounts sharing one', () => {
    for (const framework of legalFrameworks) {
      const codes = accountKeys.map((key) => defaultAccountCodes[framework][key]);
      expect(codes.every(isAccountCode)).toBe(true);
      expect(new Set(codes).size).toBe(accountKeys.length);
    }
  });

  it('follows each country’s plan: Spain’s PGC 572 bank and 100 capital, Brazil’s 1.1.1.01 caixa', () => {
    expect(defaultAccountCodes.ES.bank).toBe('572');
    expect(defaultAccountCodes.ES.members_capital).toBe('100');
    expect(defaultAccountCodes.BR.cash).toBe('1.1.1.01');
  });
});

describe('the journal’s hash', () => {
  const entry = { id: 1, number: 1, date: '2025-01-01', memo: 'Aporte', source_kind: 'capital', source_id: '1', reverses_id: null, posted_at: '2025-01-01T00:00:00.000Z' };
  const lines = [
    { line_no: 1, account: 'bank', member_number: null, debit_minor: 100, credit_minor: 0 },
    { line_no: 2, account: 'members_capital', member_number: 1, debit_minor: 0, credit_minor: 100 },
  ];
  it('changes with any amount, account, member, memo or the previous hash', () => {
    const base = entryHash('0'.repeat(64), entry, lines);
    expect(entryHash('0'.repeat(64), entry, [...lines].reverse())).toBe(base);
    expect(entryHash('1'.repeat(64), entry, lines)).not.toBe(base);
    expect(entryHash('0'.repeat(64), { ...entry, memo: 'Aporte.' }, lines)).not.toBe(base);
    expect(entryHash('0'.repeat(64), entry, [lines[0]!, { ...lines[1]!, member_number: 2 }])).not.toBe(base);
    expect(entryHash('0'.repeat(64), entry, [lines[0]!, { ...lines[1]!, account: 'members_capital_liability' }])).not.toBe(base);
    expect(entryHash('0'.repeat(64), entry, [{ ...lines[0]!, debit_minor: 101 }, lines[1]!])).not.toBe(base);
  });
});
