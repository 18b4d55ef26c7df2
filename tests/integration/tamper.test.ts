/**
 * Edits made behind the app's back with any SQLite tool are found by `check` (issue 5, "Tamper evidence
 * and restore"). Each test opens the demo database with its own better-sqlite3 handle, as another tool
 * would, makes one edit, and asks the same check `minga check` and the settings screen run. Where an edit
 * needs a trigger out of the way, the trigger is put back exactly as it was, so only the edit can be found.
 */
import { copyFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { kyselyOver, openHandle } from '../../electron/db/connection';
import { MINGA_APPLICATION_ID } from '../../electron/db/migrator';
import { latestVersion } from '../../migrations';
import { auditRowHash } from '../../electron/services/core/audit-chain';
import { checkAllDomains } from '../../electron/services/domains';
import { generateDemo } from '../../electron/services/members/demo';
import type { CheckReport } from '../../shared/contract/backups';
import { useTempDir } from './helpers';
import { openMembersSession } from './members-session';

const tempDir = useTempDir();

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

async function demo() {
  const dir = tempDir();
  const s = await openMembersSession(dir);
  await generateDemo(s.ctx(), { members: 50, years: 3, locale: 'es', seed: 5 });
  const path = join(dir, 'minga.sqlite');
  /** Runs `edit` on a handle of its own, as a SQLite tool would, and closes it. */
  const tamper = (edit: (db: Database.Database) => void) => {
    const db = new Database(path);
    try {
      edit(db);
    } finally {
      db.close();
    }
  };
  const check = () => checkAllDomains(s.ctx());
  return { s, path, tamper, check };
}

/** Runs `edit` with a trigger dropped, then makes the trigger again from its own SQL. */
function withoutTrigger(db: Database.Database, name: string, edit: () => void): void {
  const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck().get(name) as string;
  db.exec(`DROP TRIGGER ${name}`);
  edit();
  db.exec(sql);
}

const keys = (report: CheckReport) => report.problems.map((p) => p.key);
/** `report` has a problem with `key` (and these params), worded as an English sentence for the command line. */
const found = (report: CheckReport, key: string, params?: Record<string, unknown>) =>
  expect(report.problems).toContainEqual(
    expect.objectContaining({ key, message: expect.stringMatching(/^[A-Z][^$]*\.$/), ...(params ? { params: expect.objectContaining(params) } : {}) }),
  );

const auditRows = (db: Database.Database) => db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[];
const memberWithHistory = (db: Database.Database, entries: number) =>
  db
    .prepare('SELECT member_id FROM member_status_change GROUP BY member_id HAVING count(*) >= ? ORDER BY member_id LIMIT 1')
    .pluck()
    .get(entries) as number;

describe('check finds edits made behind the app’s back (issue 5: tamper evidence)', () => {
  it('passes a clean demo database and reports its chain head', async () => {
    const { s, check } = await demo();
    const head = s.handle().prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string };
    expect(head.id).toBeGreaterThan(50);
    expect(await check()).toEqual({ ok: true, problems: [], chainHead: head });
  });

  it('finds a middle row of the status history deleted', async () => {
    const { tamper, check } = await demo();
    let removed = 0;
    tamper((db) => {
      const member = memberWithHistory(db, 2);
      removed = db.prepare('SELECT min(id) FROM member_status_change WHERE member_id = ?').pluck().get(member) as number;
      db.prepare('DELETE FROM member_status_change WHERE id = ?').run(removed);
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.history.missing', { id: removed });
  });

  it('finds a backdated status row inserted', async () => {
    const { tamper, check } = await demo();
    let inserted = 0;
    tamper((db) => {
      const member = memberWithHistory(db, 1);
      const status = db.prepare('SELECT status FROM member WHERE id = ?').pluck().get(member) as string;
      inserted = Number(
        db
          .prepare("INSERT INTO member_status_change (member_id, status, effective_date, recorded_at) VALUES (?, ?, '2001-01-01', ?)")
          .run(member, status, new Date().toISOString()).lastInsertRowid,
      );
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.history.notAudited', { id: inserted, date: '2001-01-01' });
  });

  it('finds INSERT OR REPLACE on an audit row (which the database itself refuses while its triggers stand)', async () => {
    const { tamper, check } = await demo();
    tamper((db) => {
      const target = auditRows(db)[10]!;
      const replace = db.prepare(
        'INSERT OR REPLACE INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const forged = { ...target, actor: 'someone else' };
      const values = () => [forged.id, forged.at, forged.actor, forged.action, forged.entity, forged.entity_id, forged.before_json, forged.after_json, forged.prev_hash, forged.hash];
      expect(() => replace.run(values())).toThrow(/append-only/);
      withoutTrigger(db, 'audit_log_append_only_insert', () => replace.run(values()));
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.chain.hash', { id: 11 });
  });

  it('finds forged audit rows appended with a plain INSERT', async () => {
    const { tamper, check } = await demo();
    let forgedId = 0;
    tamper((db) => {
      const last = auditRows(db).at(-1)!;
      const insert = db.prepare(
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (?, 'x', 'forger', 'member.update', 'member', '1', NULL, '{}', ?, ?)",
      );
      // Without the next id and the head's hash, the database itself refuses the row.
      expect(() => db.exec("INSERT INTO audit_log (at, actor, action, entity, prev_hash, hash) VALUES ('x', 'forger', 'x', 'member', 'a', 'b')")).toThrow();
      forgedId = last.id + 1;
      insert.run(forgedId, last.hash, 'f'.repeat(64));
      insert.run(forgedId + 1, 'f'.repeat(64), 'e'.repeat(64));
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.chain.hash', { id: forgedId });
    found(report, 'backups:check.chain.hash', { id: forgedId + 1 });
  });

  it('finds forged audit rows appended with correctly computed hashes (the state they claim is not the state found)', async () => {
    const { tamper, check } = await demo();
    let forgedMember = 0;
    tamper((db) => {
      const last = auditRows(db).at(-1)!;
      const snapshot = auditRows(db).find((r) => r.entity === 'member' && r.entity_id !== null)!;
      forgedMember = JSON.parse(snapshot.after_json!).memberNumber as number;
      const row = { ...snapshot, id: last.id + 1, action: 'member.update', actor: 'forger', after_json: JSON.stringify({ ...JSON.parse(snapshot.after_json!), email: 'forger@example.com' }) };
      const hash = auditRowHash(last.hash, row);
      db.prepare('INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.before_json, row.after_json, last.hash, hash,
      );
    });
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.check === 'audit_chain')).toEqual([]);
    found(report, 'backups:check.member.differs', { member: forgedMember, fields: 'email' });
  });

  it('finds a dropped trigger', async () => {
    const { tamper, check } = await demo();
    tamper((db) => db.exec('DROP TRIGGER member_status_change_append_only'));
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.schema.missing.trigger', { name: 'member_status_change_append_only' });
  });

  it('finds a neutered trigger (dropped and made again with a body that does nothing)', async () => {
    const { tamper, check } = await demo();
    tamper((db) => {
      db.exec('DROP TRIGGER audit_log_append_only_delete');
      db.exec('CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END');
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.schema.changed.trigger', { name: 'audit_log_append_only_delete' });
  });

  it('finds a member deleted with their history (the audit log says the member exists)', async () => {
    const { tamper, check } = await demo();
    let deleted = 0;
    tamper((db) => {
      const member = memberWithHistory(db, 2);
      deleted = db.prepare('SELECT member_number FROM member WHERE id = ?').pluck().get(member) as number;
      db.prepare('DELETE FROM member_status_change WHERE member_id = ?').run(member);
      db.prepare('DELETE FROM member WHERE id = ?').run(member);
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.member.missing', { member: deleted });
    found(report, 'backups:check.history.missing', { member: deleted });
  });

  it('finds a changed statute (the legal reserve lowered to 0% in the stored version)', async () => {
    const { tamper, check } = await demo();
    tamper((db) => {
      withoutTrigger(db, 'statute_version_never_updated', () => {
        db.exec("UPDATE statute_version SET statute_json = json_set(statute_json, '$.funds[0].percent.num', 0)");
      });
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.statute.differs', { id: 1 });
    found(report, 'backups:check.coop.differs', { fields: 'statute' });
  });

  it('finds a statute version added behind the app’s back', async () => {
    const { tamper, check } = await demo();
    tamper((db) => {
      db.exec(`INSERT INTO statute_version (effective_from, statute_json, created_at)
        SELECT effective_from, json_set(statute_json, '$.funds[0].percent.num', 0), created_at FROM statute_version`);
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.statute.notAudited', { id: 2 });
    found(report, 'backups:check.coop.differs', { fields: 'statute' });
  });

  it('finds a changed member field', async () => {
    const { tamper, check } = await demo();
    let number = 0;
    tamper((db) => {
      number = db.prepare('SELECT member_number FROM member ORDER BY id LIMIT 1 OFFSET 20').pluck().get() as number;
      db.prepare('UPDATE member SET weekly_minutes = weekly_minutes + 1 WHERE member_number = ?').run(number);
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.member.differs', { member: number, fields: 'weeklyHours' });
  });

  it('finds a member inserted behind the app’s back, with their history', async () => {
    const { tamper, check } = await demo();
    tamper((db) => {
      const id = db
        .prepare(`INSERT INTO member (member_number, last_names, first_names, join_date, status, status_since, search_text, created_at, updated_at)
          VALUES (900, 'Fantasma', 'Gaspar', '2020-01-01', 'active', '2020-01-01', '900 fantasma gaspar', 'x', 'x')`)
        .run().lastInsertRowid;
      db.prepare("INSERT INTO member_status_change (member_id, status, effective_date, recorded_at) VALUES (?, 'active', '2020-01-01', 'x')").run(id);
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.member.notAudited', { member: 900 });
    found(report, 'backups:check.history.notAudited', { member: 900 });
  });

  it('finds an audit row whose after_json was edited', async () => {
    const { tamper, check } = await demo();
    tamper((db) => {
      withoutTrigger(db, 'audit_log_append_only_update', () => {
        db.exec("UPDATE audit_log SET after_json = replace(after_json, '\"weeklyHours\":', '\"weeklyHours\":1') WHERE id = 20");
      });
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.chain.hash', { id: 20 });
  });

  it('finds a deleted audit row', async () => {
    const { tamper, check } = await demo();
    tamper((db) => withoutTrigger(db, 'audit_log_append_only_delete', () => db.exec('DELETE FROM audit_log WHERE id = 30')));
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.chain.gapOne', { id: 30 });
  });

  it('finds audit rows cut from the end of the log', async () => {
    const { tamper, check } = await demo();
    let last = 0;
    tamper((db) => {
      last = auditRows(db).at(-1)!.id;
      withoutTrigger(db, 'audit_log_append_only_delete', () => db.prepare('DELETE FROM audit_log WHERE id > ?').run(last - 3));
    });
    const report = await check();
    expect(report.ok).toBe(false);
    found(report, 'backups:check.chain.counter', { counter: last, id: last - 3 });
  });

  it('finds a dropped index', async () => {
    const { tamper, check } = await demo();
    tamper((db) => db.exec('DROP INDEX member_status_change_member'));
    const report = await check();
    expect(keys(report)).toEqual(['backups:check.schema.missing.index']);
  });

  it('finds an extra table', async () => {
    const { tamper, check } = await demo();
    tamper((db) => db.exec('CREATE TABLE notes (text TEXT)'));
    const report = await check();
    expect(report.problems).toEqual([
      {
        check: 'schema',
        message: 'The table notes was not made by Minga; it was added outside Minga.',
        key: 'backups:check.schema.extra.table',
        params: { name: 'notes' },
      },
    ]);
  });
});

describe('check on a damaged file reports a sentence, never an internal error (issue 5)', () => {
  /** A copy of the demo's file damaged by `damage`, checked through a handle of its own (as restore checks a candidate). */
  async function checkDamaged(damage: (file: string, size: number) => void): Promise<CheckReport> {
    const { s, path } = await demo();
    s.handle().pragma('wal_checkpoint(TRUNCATE)');
    const file = `${path}.damaged`;
    copyFileSync(path, file);
    damage(file, statSync(file).size);
    const handle = openHandle(file, { readonly: true, fileMustExist: true });
    try {
      return await checkAllDomains({ db: kyselyOver(handle), handle, actor: 'check', now: () => new Date() });
    } finally {
      handle.close();
    }
  }
  const sentences = (report: CheckReport) => {
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    for (const problem of report.problems) {
      expect(problem.message).toMatch(/^[A-Z][\s\S]*\.$/);
      expect(problem.key).toMatch(/^backups:check\./);
    }
  };

  it('a file cut to half its size', async () => {
    const report = await checkDamaged((file, size) => truncateSync(file, Math.floor(size / 2)));
    sentences(report);
    expect(report.problems).toEqual([expect.objectContaining({ check: 'file', key: 'backups:check.unreadable' })]);
    expect(report.chainHead).toBeNull();
  });

  it('a file cut short by one byte', async () => {
    const report = await checkDamaged((file, size) => truncateSync(file, size - 1));
    sentences(report);
  });

  it('a file of zeros', async () => {
    const report = await checkDamaged((file, size) => writeFileSync(file, Buffer.alloc(size)));
    sentences(report);
    expect(report.problems).toEqual([expect.objectContaining({ check: 'file', key: 'backups:check.unreadable' })]);
  });

  it('a file with Minga’s application id but no tables', async () => {
    const report = await checkDamaged((file) => {
      writeFileSync(file, '');
      const db = new Database(file);
      db.pragma(`application_id = ${MINGA_APPLICATION_ID}`);
      db.pragma(`user_version = ${latestVersion}`);
      db.close();
    });
    sentences(report);
    found(report, 'backups:check.schema.missing.table', { name: 'member' });
  });
});
