/**
 * The journal's reports and the chart of accounts (issue 7: trial balance, account ledger, journal for a
 * period; codes per framework mapped to the accountant's own, edited on screen or imported from CSV).
 */
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';
import { openLedgerSession, payableTransfer } from './ledger-session';

const tempDir = useTempDir();
const csv = (text: string) => Buffer.from(text, 'utf-8').toString('base64');

async function withPostings() {
  const s = await openLedgerSession(tempDir());
  await s.post(payableTransfer({ date: '2024-12-20' }));
  await s.post(payableTransfer({ date: '2025-02-01', lines: [{ account: 'bank', debitMinor: 30_000 }, { account: 'returns_payable', memberNumber: 1, creditMinor: 30_000 }] }));
  await s.post(
    payableTransfer({
      date: '2025-03-01',
      lines: [
        { account: 'returns_payable', memberNumber: 2, debitMinor: 50_000 },
        { account: 'pay_payable', memberNumber: 2, creditMinor: 50_000 },
      ],
    }),
  );
  return s;
}

describe('reports', () => {
  it('trial balance: per account the opening brought forward, the period’s debits, credits and balance, the closing, and equal totals', async () => {
    const s = await withPostings();
    const tb = await s.call('ledger.trialBalance', { from: '2025-01-01', to: '2025-12-31' });
    if (!tb.ok) throw new Error(tb.error.message);
    const row = (account: string, code: string, kind: string, openingMinor: number, debitMinor: number, creditMinor: number) => ({
      account, code, kind, openingMinor, debitMinor, creditMinor, balanceMinor: debitMinor - creditMinor, closingMinor: openingMinor + debitMinor - creditMinor,
    });
    // interest_payable moved only before the period: it is listed for what it carries forward.
    expect(tb.value.rows).toEqual([
      row('bank', '1.1.1.02', 'asset', 0, 30_000, 0),
      row('returns_payable', '2.1.5.02', 'liability', 75_000, 50_000, 30_000),
      row('interest_payable', tb.value.rows[2]!.code, 'liability', 25_000, 0, 0),
      row('pay_payable', '2.1.3.01', 'liability', -100_000, 0, 50_000),
    ]);
    expect(tb.value.rows.reduce((sum, r) => sum + r.closingMinor, 0)).toBe(0);
    expect(tb.value.totals).toEqual({ debitMinor: 80_000, creditMinor: 80_000 });
  });

  it('account ledger: opening balance, running balance per posting with the member number, on any page', async () => {
    const s = await withPostings();
    const all = await s.call('ledger.accountLedger', { account: 'returns_payable', from: '2025-01-01', to: '2025-12-31' });
    if (!all.ok) throw new Error(all.error.message);
    expect(all.value.openingMinor).toBe(75_000);
    expect(all.value.postings.map((p) => [p.number, p.memberNumber, p.debitMinor, p.creditMinor, p.balanceMinor])).toEqual([
      [2, 1, 0, 30_000, 45_000],
      [3, 2, 50_000, 0, 95_000],
    ]);
    expect(all.value.closingMinor).toBe(95_000);
    const page = await s.call('ledger.accountLedger', { account: 'returns_payable', from: '2025-01-01', to: '2025-12-31', offset: 1, limit: 1 });
    expect(page.ok && page.value.postings.map((p) => p.balanceMinor)).toEqual([95_000]);
    expect(page.ok && page.value.total).toBe(2);
  });

  it('journal: entries of the period with their lines and codes, paged', async () => {
    const s = await withPostings();
    const page = await s.call('ledger.journal', { from: '2025-01-01', to: '2025-12-31', offset: 1, limit: 1 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.total).toBe(2);
    expect(page.value.entries.map((e) => e.number)).toEqual([3]);
    expect(page.value.entries[0]!.lines).toEqual([
      { account: 'returns_payable', code: '2.1.5.02', memberNumber: 2, debitMinor: 50_000, creditMinor: 0 },
      { account: 'pay_payable', code: '2.1.3.01', memberNumber: 2, debitMinor: 0, creditMinor: 50_000 },
    ]);
  });

  it('refuses a period that ends before it starts', async () => {
    const s = await withPostings();
    const r = await s.call('ledger.trialBalance', { from: '2025-12-31', to: '2025-01-01' });
    expect(!r.ok && r.error.key).toBe('ledger:errors.periodOrder');
  });
});

describe('chart of accounts and the accountant’s codes', () => {
  it('shows the framework’s default codes (AR: FACPCE-style plan) until the accountant maps their own', async () => {
    const s = await openLedgerSession(tempDir());
    const chart = await s.call('ledger.accounts', {});
    if (!chart.ok) throw new Error(chart.error.message);
    expect(chart.value.framework).toBe('AR');
    expect(chart.value.accounts.find((a) => a.key === 'bank')).toEqual({ key: 'bank', kind: 'asset', defaultCode: '1.1.1.02', customCode: null, code: '1.1.1.02' });
    const updated = await s.call('ledger.updateAccountCodes', { codes: [{ account: 'bank', code: '11102' }] });
    expect(updated.ok && updated.value.accounts.find((a) => a.key === 'bank')!.code).toBe('11102');
    const reset = await s.call('ledger.updateAccountCodes', { codes: [{ account: 'bank', code: null }] });
    expect(reset.ok && reset.value.accounts.find((a) => a.key === 'bank')!.code).toBe('1.1.1.02');
    expect(s.handle().prepare("SELECT count(*) FROM audit_log WHERE action = 'ledger.accountCodes'").pluck().get()).toBe(2);
  });

  it('refuses a code another account already has, writing nothing', async () => {
    const s = await openLedgerSession(tempDir());
    const audit = s.rows('audit_log');
    const r = await s.call('ledger.updateAccountCodes', { codes: [{ account: 'bank', code: '1.1.1.01' }] });
    expect(!r.ok && r.error.key).toBe('ledger:errors.sharedCode');
    expect([s.rows('ledger_account_code'), s.rows('audit_log')]).toEqual([0, audit]);
  });

  it('CSV import: a dry run reports each problem by line; a commit with any problem writes nothing', async () => {
    const s = await openLedgerSession(tempDir());
    const file = csv('cuenta;código\nbank;11102\nnot_an_account;9\n1.1.1.01;1110=1\ncash;11101\nbank;11103\n');
    const preview = await s.call('ledger.importAccountCodesPreview', { fileBase64: file });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.problems).toEqual([
      { line: 3, code: 'unknownAccount', value: 'not_an_account' },
      { line: 4, code: 'badCode', value: '1110=1' },
      { line: 6, code: 'duplicateAccount', value: 'bank' },
    ]);
    const commit = await s.call('ledger.importAccountCodes', { fileBase64: file });
    expect(!commit.ok && commit.error.code).toBe('IMPORT_REJECTED');
    expect(s.rows('ledger_account_code')).toBe(0);
  });

  it('CSV import: a clean file (keys or default codes, comma-separated) maps every account it names', async () => {
    const s = await openLedgerSession(tempDir());
    const file = csv('bank,11102\n1.1.1.01,11101\nresult,3401\n');
    const preview = await s.call('ledger.importAccountCodesPreview', { fileBase64: file });
    expect(preview.ok && preview.value.changes).toEqual([
      { line: 1, account: 'bank', from: '1.1.1.02', to: '11102' },
      { line: 2, account: 'cash', from: '1.1.1.01', to: '11101' },
      { line: 3, account: 'result', from: '3.4.1.01', to: '3401' },
    ]);
    const commit = await s.call('ledger.importAccountCodes', { fileBase64: file });
    expect(commit.ok && commit.value.changed).toBe(3);
    const chart = await s.call('ledger.accounts', {});
    expect(chart.ok && chart.value.accounts.filter((a) => a.customCode !== null).map((a) => [a.key, a.code])).toEqual([
      ['bank', '11102'],
      ['cash', '11101'],
      ['result', '3401'],
    ]);
  });

  it('CSV import: a code that would be shared by two accounts is refused on its line', async () => {
    const s = await openLedgerSession(tempDir());
    const preview = await s.call('ledger.importAccountCodesPreview', { fileBase64: csv('bank,1.1.1.01\n') });
    expect(preview.ok && preview.value.problems).toEqual([{ line: 1, code: 'duplicateCode', value: '1.1.1.01' }]);
    const empty = await s.call('ledger.importAccountCodesPreview', { fileBase64: csv('account,code\n') });
    expect(empty.ok && empty.value.problems.map((p) => p.code)).toEqual(['empty']);
  });
});
