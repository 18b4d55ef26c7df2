/**
 * General journal entries typed by the treasurer (issue 12, seams §2): posted balanced under the 'manual'
 * source, refused with a sentence naming the line or the difference in the coop's money when they break a
 * rule, and reversed only as manual entries, with the reason as the reversal's memo.
 */
import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { useTempDir } from './helpers';
import { openLedgerSession } from './ledger-session';

const tempDir = useTempDir();

type Entry = Input<'ledger.postEntry'>;
const line = (account: string, debitMinor: number, creditMinor: number, memberNumber: number | null = null) => ({ account, memberNumber, debitMinor, creditMinor });
const sales = (overrides: Partial<Entry> = {}): Entry => ({
  date: '2025-03-31',
  memo: 'Ventas de marzo',
  lines: [line('bank', 1_210_000, 0), line('sales', 0, 1_000_000), line('tax_payable', 0, 210_000)],
  ...overrides,
});

async function session() {
  const s = await openLedgerSession(tempDir());
  const writes = () => ({ entries: s.rows('ledger_entry'), lines: s.rows('ledger_line'), audit: s.rows('audit_log') });
  const refused = async (input: Entry) => {
    const before = writes();
    const result = await s.call('ledger.postEntry', input);
    if (result.ok) throw new Error('posted');
    expect(writes()).toEqual(before);
    return result.error;
  };
  return { ...s, writes, refused };
}

describe('posting a general entry', () => {
  it('posts a balanced entry under the manual source, its lines as typed, and it shows in the journal', async () => {
    const s = await session();
    const posted = await s.call('ledger.postEntry', sales());
    expect(posted).toEqual({ ok: true, value: { number: 1 } });
    const journal = await s.call('ledger.journal', { from: '2025-01-01', to: '2025-12-31', offset: 0, limit: 10 });
    if (!journal.ok) throw new Error(journal.error.message);
    const [entry] = journal.value.entries;
    expect(entry).toMatchObject({ number: 1, date: '2025-03-31', memo: 'Ventas de marzo', sourceKind: 'manual' });
    expect(entry!.lines.map((l) => [l.account, l.debitMinor, l.creditMinor])).toEqual([
      ['bank', 1_210_000, 0],
      ['sales', 0, 1_000_000],
      ['tax_payable', 0, 210_000],
    ]);
  });

  it('keeps a member number on a line when one is given', async () => {
    const s = await session();
    await s.call('ledger.postEntry', sales({ lines: [line('members_pay', 50_000, 0, 2), line('bank', 0, 50_000)] }));
    expect(s.handle().prepare('SELECT member_number FROM ledger_line ORDER BY line_no').pluck().all()).toEqual([2, null]);
  });

  it('refuses an unbalanced entry, saying by how much in the coop’s money, and writes nothing', async () => {
    const s = await session();
    const error = await s.refused(sales({ lines: [line('bank', 1_210_000, 0), line('sales', 0, 1_000_000), line('tax_payable', 0, 200_000)] }));
    expect(error.key).toBe('ledger:entries.errors.debitsExceed');
    // The Argentine test coop: pesos, Spanish.
    expect(error.params?.difference).toMatch(/^100,00\s/);
    const credits = await s.refused(sales({ lines: [line('bank', 100, 0), line('sales', 0, 150)] }));
    expect(credits.key).toBe('ledger:entries.errors.creditsExceed');
    expect(credits.params?.difference).toMatch(/0,50/);
  });

  it('refuses an entry without lines, or with one line only', async () => {
    const s = await session();
    expect((await s.refused(sales({ lines: [] }))).key).toBe('ledger:entries.errors.noLines');
    expect((await s.refused(sales({ lines: [line('bank', 100, 0)] }))).key).toBe('ledger:entries.errors.oneLine');
  });

  it('refuses a line with both a debit and a credit, or neither, naming the line', async () => {
    const s = await session();
    const both = await s.refused(sales({ lines: [line('bank', 100, 0), line('sales', 100, 100), line('sales', 0, 100)] }));
    expect(both).toMatchObject({ key: 'ledger:entries.errors.bothSides', params: { line: 2 } });
    const neither = await s.refused(sales({ lines: [line('bank', 100, 0), line('sales', 0, 100), line('energy', 0, 0)] }));
    expect(neither).toMatchObject({ key: 'ledger:entries.errors.noAmount', params: { line: 3 } });
  });

  it('refuses an account that is not in the chart and a member number nobody has', async () => {
    const s = await session();
    const account = await s.refused(sales({ lines: [line('bank', 100, 0), line('ventas', 0, 100)] }));
    expect(account).toMatchObject({ key: 'ledger:entries.errors.unknownAccount', params: { line: 2, account: 'ventas' } });
    const member = await s.refused(sales({ lines: [line('bank', 100, 0), line('members_pay', 0, 100, 77)] }));
    expect(member).toMatchObject({ key: 'ledger:entries.errors.unknownMember', params: { line: 2, member: 77 } });
  });

  it('refuses a date in the closed period', async () => {
    const s = await session();
    const closed = await s.call('ledger.closePeriod', { through: '2025-03-31', reason: 'Cierre del primer trimestre' });
    expect(closed.ok).toBe(true);
    const error = await s.refused(sales());
    expect(error).toMatchObject({ key: 'ledger:entries.errors.closedPeriod', params: { date: '2025-03-31', closedThrough: '2025-03-31' } });
    expect((await s.call('ledger.postEntry', sales({ date: '2025-04-01' }))).ok).toBe(true);
  });
});

describe('reversing a general entry', () => {
  it('posts the same lines on the other side, the reason as memo, linked to the original', async () => {
    const s = await session();
    await s.call('ledger.postEntry', sales());
    const reversed = await s.call('ledger.reverseEntry', { number: 1, date: '2025-04-02', reason: 'Ventas cargadas dos veces' });
    expect(reversed).toEqual({ ok: true, value: { number: 2 } });
    const journal = await s.call('ledger.journal', { from: '2025-01-01', to: '2025-12-31', offset: 0, limit: 10 });
    if (!journal.ok) throw new Error(journal.error.message);
    const [original, reversal] = journal.value.entries;
    expect(original!.reversedByNumber).toBe(2);
    expect(reversal).toMatchObject({ memo: 'Ventas cargadas dos veces', reversesNumber: 1, sourceKind: 'manual' });
    expect(reversal!.lines.map((l) => [l.account, l.debitMinor, l.creditMinor])).toEqual([
      ['bank', 0, 1_210_000],
      ['sales', 1_000_000, 0],
      ['tax_payable', 210_000, 0],
    ]);
    const again = await s.call('ledger.reverseEntry', { number: 1, date: '2025-04-03', reason: 'Otra vez' });
    expect(again.ok ? null : again.error.key).toBe('ledger:errors.alreadyReversed');
  });

  it('refuses to reverse an operation’s entry, an unknown number, or into the closed period', async () => {
    const s = await session();
    await s.post({ date: '2025-03-10', memo: 'Operación de capital', source: { kind: 'capital.operation', id: 1 }, lines: [{ account: 'bank', debitMinor: 100 }, { account: 'members_capital', creditMinor: 100 }] });
    await s.call('ledger.postEntry', sales({ date: '2025-03-20' }));
    const operation = await s.call('ledger.reverseEntry', { number: 1, date: '2025-04-02', reason: 'Error' });
    expect(operation.ok ? null : operation.error.key).toBe('ledger:entries.errors.notManual');
    const unknown = await s.call('ledger.reverseEntry', { number: 9, date: '2025-04-02', reason: 'Error' });
    expect(unknown.ok ? null : unknown.error.key).toBe('ledger:entries.errors.notFound');
    await s.call('ledger.closePeriod', { through: '2025-04-30', reason: 'Cierre de abril' });
    const closed = await s.call('ledger.reverseEntry', { number: 2, date: '2025-04-02', reason: 'Error' });
    expect(closed.ok ? null : closed.error.key).toBe('ledger:entries.errors.closedPeriod');
  });
});
