/**
 * Random and hostile input thrown at the journal (issue 7, "Bad input"): every ledger.* method through
 * the real dispatcher, and the posting API the capital operations call. No crash, a typed refusal in the
 * user's language, nothing written on refusal, and `check` still finds the books whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllDomains } from '../../electron/services/domains';
import type { JournalLine } from '../../electron/services/ledger';
import { contract, type Method } from '../../shared/contract';
import { DomainError, errorCodes } from '../../shared/contract/errors';
import { accountKeys, type AccountKey } from '../../shared/domain/ledger/accounts';
import { translate } from '../../shared/i18n/catalogue';
import { contractSamples } from './contract-samples';
import { useTempDir } from './helpers';
import { openLedgerSession, payableTransfer } from './ledger-session';

const tempDir = useTempDir();
const RUNS = 80;
/** Accounts a member-level line may name here: the capital accounts are reconciled with the capital register. */
const memberAccounts = accountKeys.filter((k) => !['members_capital', 'members_capital_liability', 'capital_receivable', 'capital_to_refund'].includes(k));
const ledgerMethods = Object.keys(contract).filter((m): m is Method => m.startsWith('ledger.') && m !== 'ledger.export');
const allowedCodes = new Set<string>(errorCodes.filter((c) => c !== 'INTERNAL'));

const isoDay = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const hostileText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constant('x'.repeat(10_000)), fc.constant('\u0000\u202e'), fc.constant("1.1'; DROP TABLE ledger_entry; --"));

function wellTypedInput(method: Method): fc.Arbitrary<unknown> {
  const base = contractSamples[method] as Record<string, unknown>;
  return fc
    .record({
      day: isoDay,
      other: isoDay,
      text: hostileText,
      number: fc.integer({ min: 0, max: 600 }),
      account: fc.constantFrom(...accountKeys),
      csv: fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.tuple(fc.constantFrom(...accountKeys, 'nope', '572', ''), hostileText)).map((rows) => rows.map((r) => r.join(';')).join('\n'))),
    })
    .map(({ day, other, text, number, account, csv }) => {
      const input: Record<string, unknown> = { ...base };
      if ('from' in base) Object.assign(input, { from: day, to: other });
      if ('through' in base) Object.assign(input, { through: day, reason: text });
      if ('offset' in base) Object.assign(input, { offset: number, limit: Math.max(1, number % 500) });
      if ('account' in base) input.account = account;
      if ('fileBase64' in base) input.fileBase64 = Buffer.from(csv).toString('base64');
      if ('codes' in base) input.codes = [{ account, code: text }];
      return input;
    });
}

describe('ledger.* under hostile input', () => {
  it.each(ledgerMethods)('%s answers with a result or a typed refusal, never corrupting', { timeout: 120_000 }, async (method) => {
    const s = await openLedgerSession(tempDir());
    await s.post(payableTransfer());
    await fc.assert(
      fc.asyncProperty(fc.oneof(wellTypedInput(method), fc.anything()), async (input) => {
        const before = [s.rows('ledger_account_code'), s.rows('ledger_period_close'), s.rows('audit_log')];
        const result = await s.dispatch(method, input);
        if (result.ok) return;
        expect(allowedCodes.has(result.error.code), `${result.error.code}: ${result.error.message}`).toBe(true);
        expect([s.rows('ledger_account_code'), s.rows('ledger_period_close'), s.rows('audit_log')]).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect((await checkAllDomains(s.ctx())).problems).toEqual([]);
  });
});

const hostileLine: fc.Arbitrary<JournalLine> = fc.record(
  {
    account: fc.oneof(fc.constantFrom(...memberAccounts), fc.constant('petty_cash' as AccountKey)),
    memberNumber: fc.oneof(fc.constant(null), fc.constantFrom(1, 2, 3, 0, -1, 1.5)),
    debitMinor: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.constantFrom(-1, 0.5, Number.MAX_SAFE_INTEGER, Number.NaN)),
    creditMinor: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.constantFrom(-1, 0.5, Number.MAX_SAFE_INTEGER)),
  },
  { requiredKeys: ['account'] },
);

/** Lines that balance: random debits on random accounts (members 1 and 2 or none), their total credited. */
const balancedLines: fc.Arbitrary<JournalLine[]> = fc
  .array(fc.record({ account: fc.constantFrom(...memberAccounts), memberNumber: fc.constantFrom(null, 1, 2), debitMinor: fc.integer({ min: 1, max: 10_000_000 }) }), { minLength: 1, maxLength: 4 })
  .map((debits) => [...debits, { account: 'result' as const, creditMinor: debits.reduce((sum, d) => sum + d.debitMinor, 0) }]);

describe('postJournalEntry under random entries (issue 7: the database refuses an unbalanced entry)', () => {
  it('posts what balances, refuses the rest with a sentence in es, pt-BR and en, and writes nothing then', { timeout: 120_000 }, async () => {
    const s = await openLedgerSession(tempDir());
    await s.dispatch('ledger.closePeriod', { through: '2020-12-31', reason: 'Cierre 2020' });
    let posted = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(hostileLine, { maxLength: 5 }), balancedLines), fc.oneof(isoDay, fc.constant('2021-02-29')), fc.oneof(fc.constant('Aporte'), hostileText), async (lines, date, memo) => {
        const before = [s.rows('ledger_entry'), s.rows('ledger_line'), s.rows('audit_log')];
        try {
          await s.post(payableTransfer({ lines, date, memo }));
          posted += 1;
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          const { key, params } = error as DomainError;
          for (const locale of ['es', 'pt-BR', 'en'] as const) expect(translate(locale, key, params)).not.toBe(key);
          expect([s.rows('ledger_entry'), s.rows('ledger_line'), s.rows('audit_log')]).toEqual(before);
        }
      }),
      { numRuns: 300 },
    );
    expect(posted).toBeGreaterThan(0);
    expect(posted).toBe(s.rows('ledger_entry'));
    expect((await checkAllDomains(s.ctx())).problems).toEqual([]);
  });
});
