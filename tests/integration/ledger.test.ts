/**
 * The journal against a real SQLite file (issue 7, "The journal"): entries numbered without gaps,
 * balanced, hash-chained and audited; the database itself refuses an unbalanced, unsealed or edited
 * entry; corrections are reversals; nothing is posted in a closed period.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/contract/errors';
import { checkAllDomains } from '../../electron/services/domains';
import { inTransaction } from '../../electron/services/core';
import { postJournalEntriesBulk, postJournalEntry } from '../../electron/services/ledger';
import { useTempDir } from './helpers';
import { openLedgerSession, payableTransfer } from './ledger-session';

const tempDir = useTempDir();

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

const journalProblems = async (s: Awaited<ReturnType<typeof openLedgerSession>>) =>
  (await checkAllDomains(s.ctx())).problems.filter((p) => p.check === 'journal' || p.check === 'schema');

describe('posting a journal entry', () => {
  it('numbers entries 1, 2, 3 without gaps, chains each to the last and audits each (issue 7: numbered, hash-chained)', async () => {
    const s = await openLedgerSession(tempDir());
    const first = await s.post(payableTransfer());
    const second = await s.post(payableTransfer({ source: { kind: 'capital.operation', id: 2 } }));
    expect([first.number, second.number]).toEqual([1, 2]);
    const entries = s.handle().prepare('SELECT number, prev_hash, hash FROM ledger_entry ORDER BY number').all() as { number: number; prev_hash: string; hash: string }[];
    expect(entries[0]!.prev_hash).toBe('0'.repeat(64));
    expect(entries[1]!.prev_hash).toBe(entries[0]!.hash);
    const audited = s.handle().prepare("SELECT entity_id FROM audit_log WHERE entity = 'ledger_entry' ORDER BY id").pluck().all();
    expect(audited).toEqual(['1', '2']);
    expect(await journalProblems(s)).toEqual([]);
  });

  it('refuses an unbalanced entry with a sentence and writes nothing (issue 7: entries are balanced)', async () => {
    const s = await openLedgerSession(tempDir());
    const before = { entries: s.rows('ledger_entry'), audit: s.rows('audit_log') };
    const lines = payableTransfer().lines.map((l, i) => (i === 1 ? { ...l, debitMinor: 24_999 } : l));
    const error = await refusal(s.post(payableTransfer({ lines })));
    expect(error.key).toBe('ledger:errors.unbalanced');
    expect(error.params).toMatchObject({ debit: 99_999, credit: 100_000 });
    expect({ entries: s.rows('ledger_entry'), audit: s.rows('audit_log') }).toEqual(before);
  });

  it('refuses a line naming a member the register does not hold', async () => {
    const s = await openLedgerSession(tempDir());
    const lines = payableTransfer().lines.map((l) => (l.memberNumber ? { ...l, memberNumber: 99 } : l));
    expect((await refusal(s.post(payableTransfer({ lines })))).key).toBe('ledger:errors.unknownMember');
    expect(s.rows('ledger_entry')).toBe(0);
  });

  it('posts in bulk with the same numbering, chain and audit as one by one', async () => {
    const s = await openLedgerSession(tempDir());
    await s.post(payableTransfer());
    const many = Array.from({ length: 1_203 }, (_, i) => payableTransfer({ source: { kind: 'demo', id: i }, date: '2025-04-01' }));
    expect(postJournalEntriesBulk(s.ctx(), many)).toBe(1_203);
    const next = await s.post(payableTransfer({ date: '2025-05-01' }));
    expect(next.number).toBe(1_205);
    expect(s.rows('ledger_line')).toBe(1_205 * 3);
    expect(await journalProblems(s)).toEqual([]);
  });

  it('bulk posting inside the caller’s transaction stands or falls with it', async () => {
    const s = await openLedgerSession(tempDir());
    const failed = inTransaction(s.ctx(), async () => {
      postJournalEntriesBulk(s.ctx(), [payableTransfer(), payableTransfer()]);
      throw new Error('the operation that wanted these entries failed');
    });
    await expect(failed).rejects.toThrow(/failed/);
    expect([s.rows('ledger_entry'), s.rows('ledger_line')]).toEqual([0, 0]);
    await inTransaction(s.ctx(), async (trx) => {
      postJournalEntriesBulk(s.ctx(), [payableTransfer()]);
      await postJournalEntry(trx, s.ctx(), payableTransfer());
    });
    expect(s.rows('ledger_entry')).toBe(2);
    expect(await journalProblems(s)).toEqual([]);
  });

  it('bulk posting refuses the whole batch on one bad entry', async () => {
    const s = await openLedgerSession(tempDir());
    const bad = payableTransfer({ lines: [{ account: 'bank', debitMinor: 5 }, { account: 'cash', creditMinor: 4 }] });
    expect(() => postJournalEntriesBulk(s.ctx(), [payableTransfer(), bad])).toThrow(DomainError);
    expect(s.rows('ledger_entry')).toBe(0);
  });
});

describe('what the database itself refuses (issue 7: posted entries are immutable, unbalanced refused)', () => {
  it('refuses to change or delete a posted entry, its lines or its seal', async () => {
    const s = await openLedgerSession(tempDir());
    await s.post(payableTransfer());
    const db = s.handle();
    expect(() => db.prepare('UPDATE ledger_line SET debit_minor = 1 WHERE id = 1').run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM ledger_line WHERE id = 1').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE ledger_entry SET memo = 'x'").run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM ledger_entry').run()).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM ledger_entry_seal').run()).toThrow(/never deleted/);
    expect(() => db.prepare("INSERT INTO ledger_line (entry_id, line_no, account, debit_minor, credit_minor) VALUES (1, 4, 'bank', 1, 0)").run()).toThrow(/sealed/);
  });

  it('refuses to seal lines that do not balance, and to commit an entry without its seal', async () => {
    const s = await openLedgerSession(tempDir());
    const db = s.handle();
    const insertEntry = db.prepare(`INSERT INTO ledger_entry (id, number, date, memo, source_kind, source_id, posted_at, prev_hash, hash)
      VALUES (1, 1, '2025-01-01', 'x', 'test', '1', '2025-01-01T00:00:00Z', ?, ?)`);
    const line = db.prepare('INSERT INTO ledger_line (entry_id, line_no, account, debit_minor, credit_minor) VALUES (1, ?, ?, ?, ?)');
    const unbalanced = db.transaction(() => {
      insertEntry.run('0'.repeat(64), 'a'.repeat(64));
      line.run(1, 'bank', 100, 0);
      line.run(2, 'members_capital', 0, 99);
      db.prepare('INSERT INTO ledger_entry_seal (entry_id, line_count, total_minor) VALUES (1, 2, 100)').run();
    });
    expect(() => unbalanced()).toThrow(/must balance/);
    const unsealed = db.transaction(() => {
      insertEntry.run('0'.repeat(64), 'a'.repeat(64));
      line.run(1, 'bank', 100, 0);
      line.run(2, 'members_capital', 0, 100);
    });
    // The deferred foreign key to the seal fails at COMMIT: a half-written entry never lands.
    expect(() => unsealed()).toThrow(/FOREIGN KEY/);
    expect(s.rows('ledger_entry')).toBe(0);
  });

  it('refuses a line on both sides, a negative or a fractional amount', async () => {
    const s = await openLedgerSession(tempDir());
    const db = s.handle();
    const attempt = (debit: number, credit: number) =>
      db.transaction(() => {
        db.prepare(`INSERT INTO ledger_entry (id, number, date, memo, source_kind, source_id, posted_at, prev_hash, hash)
          VALUES (1, 1, '2025-01-01', 'x', 'test', '1', 'now', ?, ?)`).run('0'.repeat(64), 'a'.repeat(64));
        db.prepare("INSERT INTO ledger_line (entry_id, line_no, account, debit_minor, credit_minor) VALUES (1, 1, 'bank', ?, ?)").run(debit, credit);
      })();
    expect(() => attempt(5, 5)).toThrow(/CHECK/);
    expect(() => attempt(-5, 0)).toThrow(/CHECK/);
    expect(() => attempt(1.5, 0)).toThrow(/CHECK/);
  });

  it('refuses an entry that skips a number or does not chain to the last hash', async () => {
    const s = await openLedgerSession(tempDir());
    await s.post(payableTransfer());
    const db = s.handle();
    const insert = (id: number, number: number, prev: string) =>
      db.prepare(`INSERT INTO ledger_entry (id, number, date, memo, source_kind, source_id, posted_at, prev_hash, hash)
        VALUES (?, ?, '2025-05-01', 'x', 'test', '1', 'now', ?, ?)`).run(id, number, prev, 'b'.repeat(64));
    const lastHash = db.prepare('SELECT hash FROM ledger_entry').pluck().get() as string;
    expect(() => insert(3, 3, lastHash)).toThrow(/must follow the last one/);
    expect(() => insert(2, 2, '0'.repeat(64))).toThrow(/must follow the last one/);
  });
});

describe('reversals (issue 7: corrections are reversals)', () => {
  it('posts the same lines on the other side, linked to the original, and nets every account to zero', async () => {
    const s = await openLedgerSession(tempDir());
    const original = await s.post(payableTransfer());
    const reversal = await s.reverse(original.id, { date: '2025-03-11', memo: 'Anulación: error de importe' });
    expect(reversal.number).toBe(2);
    const lines = s.handle().prepare('SELECT account, member_number, debit_minor, credit_minor FROM ledger_line WHERE entry_id = ? ORDER BY line_no').all(reversal.id);
    expect(lines).toEqual([
      { account: 'returns_payable', member_number: 1, debit_minor: 0, credit_minor: 75_000 },
      { account: 'interest_payable', member_number: null, debit_minor: 0, credit_minor: 25_000 },
      { account: 'pay_payable', member_number: 1, debit_minor: 100_000, credit_minor: 0 },
    ]);
    const tb = await s.call('ledger.trialBalance', { from: '2025-01-01', to: '2025-12-31' });
    expect(tb.ok && tb.value.rows.every((r) => r.balanceMinor === 0)).toBe(true);
    const journal = await s.call('ledger.journal', { from: '2025-01-01', to: '2025-12-31' });
    expect(journal.ok && journal.value.entries.map((e) => [e.number, e.reversesNumber, e.reversedByNumber])).toEqual([
      [1, null, 2],
      [2, 1, null],
    ]);
    expect(await journalProblems(s)).toEqual([]);
  });

  it('refuses to reverse twice, to reverse a reversal, or to date a reversal before its entry', async () => {
    const s = await openLedgerSession(tempDir());
    const original = await s.post(payableTransfer());
    expect((await refusal(s.reverse(original.id, { date: '2025-03-09', memo: 'x' }))).key).toBe('ledger:errors.reversalBeforeOriginal');
    const reversal = await s.reverse(original.id, { date: '2025-03-10', memo: 'x' });
    expect((await refusal(s.reverse(original.id, { date: '2025-03-12', memo: 'x' }))).key).toBe('ledger:errors.alreadyReversed');
    expect((await refusal(s.reverse(reversal.id, { date: '2025-03-12', memo: 'x' }))).key).toBe('ledger:errors.reversalOfReversal');
    expect((await refusal(s.reverse(99, { date: '2025-03-12', memo: 'x' }))).key).toBe('ledger:errors.entryNotFound');
    expect(s.rows('ledger_entry')).toBe(2);
  });
});

describe('closed periods (issue 7, bad input: dates in a closed period)', () => {
  it('refuses to post or reverse on or before the closing date, with a sentence, and the database refuses it too', async () => {
    const s = await openLedgerSession(tempDir());
    const entry = await s.post(payableTransfer({ date: '2025-03-10' }));
    const closed = await s.call('ledger.closePeriod', { through: '2025-03-31', reason: 'Cierre del primer trimestre' });
    expect(closed.ok && closed.value.closedThrough).toBe('2025-03-31');
    expect((await refusal(s.post(payableTransfer({ date: '2025-03-31' })))).key).toBe('ledger:errors.closedPeriod');
    expect((await refusal(s.reverse(entry.id, { date: '2025-03-20', memo: 'x' }))).key).toBe('ledger:errors.closedPeriod');
    expect(() => postJournalEntriesBulk(s.ctx(), [payableTransfer({ date: '2025-01-02' })])).toThrow(DomainError);
    await s.reverse(entry.id, { date: '2025-04-01', memo: 'Anulación en período abierto' });
    const db = s.handle();
    const last = db.prepare('SELECT hash FROM ledger_entry ORDER BY number DESC LIMIT 1').pluck().get() as string;
    expect(() =>
      db.prepare(`INSERT INTO ledger_entry (id, number, date, memo, source_kind, source_id, posted_at, prev_hash, hash)
        VALUES (3, 3, '2025-02-01', 'x', 't', '1', 'now', ?, ?)`).run(last, 'c'.repeat(64)),
    ).toThrow(/closed/);
  });

  it('closes only days that have passed', async () => {
    const s = await openLedgerSession(tempDir());
    const r = await s.call('ledger.closePeriod', { through: '2025-06-15', reason: 'Hoy' });
    expect(!r.ok && r.error.key).toBe('ledger:errors.closeFuture');
    expect(s.rows('ledger_period_close')).toBe(0);
  });

  it('never reopens: a closing on or before the current one is refused', async () => {
    const s = await openLedgerSession(tempDir());
    await s.call('ledger.closePeriod', { through: '2025-03-31', reason: 'Q1' });
    const again = await s.call('ledger.closePeriod', { through: '2025-02-28', reason: 'Q0' });
    expect(!again.ok && again.error.key).toBe('ledger:errors.alreadyClosed');
    expect(() => s.handle().prepare('DELETE FROM ledger_period_close').run()).toThrow(/never reopened/);
  });
});
