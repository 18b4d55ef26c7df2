/**
 * Edits to the journal made behind the app's back with any SQLite tool are found by `check` (issue 7:
 * "`minga check` also verifies ... the journal (balanced, unbroken chain)"). Each test edits the file on a
 * handle of its own, puts any trigger it dropped back exactly as it was, and runs the check the app runs.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAllDomains } from '../../electron/services/domains';
import { entryHash } from '../../electron/services/ledger/chain';
import type { CheckReport } from '../../shared/contract/backups';
import { useTempDir } from './helpers';
import { openLedgerSession, payableTransfer } from './ledger-session';

const tempDir = useTempDir();

async function journalOfThree() {
  const dir = tempDir();
  const s = await openLedgerSession(dir);
  for (const id of [1, 2, 3]) await s.post(payableTransfer({ source: { kind: 'capital.operation', id } }));
  const tamper = (edit: (db: Database.Database) => void) => {
    const db = new Database(join(dir, 'minga.sqlite'));
    try {
      edit(db);
    } finally {
      db.close();
    }
  };
  return { s, tamper, check: () => checkAllDomains(s.ctx()) };
}

function withoutTriggers(db: Database.Database, names: string[], edit: () => void): void {
  const sqls = names.map((name) => db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck().get(name) as string);
  for (const name of names) db.exec(`DROP TRIGGER ${name}`);
  edit();
  for (const sql of sqls) db.exec(sql);
}

const journalKeys = (report: CheckReport) => report.problems.filter((p) => p.check === 'journal').map((p) => `${p.key} ${JSON.stringify(p.params ?? {})}`);

describe('check finds journal edits made behind the app’s back (issue 7: hash-chained, balanced, no gaps)', () => {
  it('passes an untouched journal', async () => {
    const { check } = await journalOfThree();
    expect((await check()).problems).toEqual([]);
  });

  it('an amount edited on one line: the entry’s hash and its balance', async () => {
    const { tamper, check } = await journalOfThree();
    tamper((db) => withoutTriggers(db, ['ledger_line_never_updated'], () => db.exec('UPDATE ledger_line SET debit_minor = 25001 WHERE entry_id = 2 AND line_no = 2')));
    const found = journalKeys(await check());
    expect(found).toContain('ledger:check.hash {"number":2}');
    expect(found).toContain('ledger:check.unbalanced {"number":2,"debit":100001,"credit":100000}');
    expect(found).toContain('ledger:check.seal {"number":2}');
  });

  it('an amount edited on both sides so the entry still balances: the hash', async () => {
    const { tamper, check } = await journalOfThree();
    tamper((db) =>
      withoutTriggers(db, ['ledger_line_never_updated'], () => {
        db.exec('UPDATE ledger_line SET debit_minor = 24000 WHERE entry_id = 1 AND line_no = 2');
        db.exec('UPDATE ledger_line SET credit_minor = 99000 WHERE entry_id = 1 AND line_no = 3');
      }),
    );
    expect(journalKeys(await check())).toContain('ledger:check.hash {"number":1}');
  });

  it('a line deleted', async () => {
    const { tamper, check } = await journalOfThree();
    tamper((db) => withoutTriggers(db, ['ledger_line_never_deleted'], () => db.exec('DELETE FROM ledger_line WHERE entry_id = 3 AND line_no = 1')));
    const found = journalKeys(await check());
    expect(found).toContain('ledger:check.hash {"number":3}');
    expect(found).toContain('ledger:check.unbalanced {"number":3,"debit":25000,"credit":100000}');
  });

  it('a trigger dropped: the schema differs from what the migrations make', async () => {
    const { tamper, check } = await journalOfThree();
    tamper((db) => db.exec('DROP TRIGGER ledger_entry_seal_balanced'));
    const report = await check();
    expect(report.problems).toContainEqual(expect.objectContaining({ key: 'backups:check.schema.missing.trigger', params: { name: 'ledger_entry_seal_balanced' } }));
  });

  it('an unbalanced entry appended with a correct hash: unbalanced and not posted by the app', async () => {
    const { s, tamper, check } = await journalOfThree();
    const last = s.handle().prepare('SELECT hash FROM ledger_entry WHERE number = 3').pluck().get() as string;
    const entry = { id: 4, number: 4, date: '2025-06-01', memo: 'forged', source_kind: 'x', source_id: '1', reverses_id: null, posted_at: 'now' };
    const lines = [
      { line_no: 1, account: 'bank', member_number: null, debit_minor: 500, credit_minor: 0 },
      { line_no: 2, account: 'cash', member_number: null, debit_minor: 0, credit_minor: 400 },
    ];
    tamper((db) =>
      withoutTriggers(db, ['ledger_entry_seal_balanced'], () => {
        db.transaction(() => {
          db.prepare(`INSERT INTO ledger_entry (id, number, date, memo, source_kind, source_id, posted_at, prev_hash, hash)
            VALUES (4, 4, '2025-06-01', 'forged', 'x', '1', 'now', ?, ?)`).run(last, entryHash(last, entry, lines));
          for (const l of lines) db.prepare('INSERT INTO ledger_line (entry_id, line_no, account, debit_minor, credit_minor) VALUES (4, ?, ?, ?, ?)').run(l.line_no, l.account, l.debit_minor, l.credit_minor);
          db.prepare('INSERT INTO ledger_entry_seal VALUES (4, 2, 500)').run();
        })();
      }),
    );
    const found = journalKeys(await check());
    expect(found).toContain('ledger:check.unbalanced {"number":4,"debit":500,"credit":400}');
    expect(found).toContain('ledger:check.notAudited {"number":4}');
    expect(found).not.toContain('ledger:check.hash {"number":4}');
  });

  it('entries renumbered: a gap and broken hashes', async () => {
    const { tamper, check } = await journalOfThree();
    tamper((db) => withoutTriggers(db, ['ledger_entry_never_updated'], () => db.exec('UPDATE ledger_entry SET number = 5 WHERE number = 3')));
    const found = journalKeys(await check());
    expect(found).toContain('ledger:check.gap {"from":3,"to":4}');
    expect(found).toContain('ledger:check.hash {"number":5}');
  });

  it('the last entry cut off with its lines and seal: the audit log still names it', async () => {
    const { tamper, check } = await journalOfThree();
    tamper((db) =>
      withoutTriggers(db, ['ledger_entry_never_deleted', 'ledger_line_never_deleted', 'ledger_entry_seal_never_deleted'], () => {
        db.pragma('foreign_keys = OFF');
        db.exec('DELETE FROM ledger_line WHERE entry_id = 3; DELETE FROM ledger_entry_seal WHERE entry_id = 3; DELETE FROM ledger_entry WHERE id = 3');
      }),
    );
    const found = journalKeys(await check());
    expect(found).toContain('ledger:check.missing {"id":3}');
    expect(found).toContain('ledger:check.counter {"counter":3,"id":2}');
  });

  it('an accountant’s code changed, or a closed period reopened, with another tool', async () => {
    const { s, tamper, check } = await journalOfThree();
    await s.call('ledger.updateAccountCodes', { codes: [{ account: 'bank', code: '11102' }] });
    await s.call('ledger.closePeriod', { through: '2024-12-31', reason: 'Cierre 2024' });
    expect((await check()).problems).toEqual([]);
    tamper((db) => {
      db.exec("UPDATE ledger_account_code SET code = '99999'");
      withoutTriggers(db, ['ledger_period_close_never_deleted'], () => db.exec('DELETE FROM ledger_period_close'));
    });
    const found = (await check()).problems.filter((p) => p.check === 'ledger_settings').map((p) => p.key);
    expect(found).toEqual(['ledger:check.accountCode', 'ledger:check.periodClose']);
  });

  it('an entry in the middle removed: the chain’s link and the numbering', async () => {
    const { tamper, check } = await journalOfThree();
    tamper((db) =>
      withoutTriggers(db, ['ledger_entry_never_deleted', 'ledger_line_never_deleted', 'ledger_entry_seal_never_deleted'], () => {
        db.pragma('foreign_keys = OFF');
        db.exec('DELETE FROM ledger_line WHERE entry_id = 2; DELETE FROM ledger_entry_seal WHERE entry_id = 2; DELETE FROM ledger_entry WHERE id = 2');
      }),
    );
    const found = journalKeys(await check());
    expect(found).toContain('ledger:check.gap {"from":2,"to":2}');
    expect(found).toContain('ledger:check.missing {"id":2}');
  });
});
