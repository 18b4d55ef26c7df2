import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabaseSession } from '../../electron/services/core/session';
import { useTempDir } from './helpers';
import { memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();

describe('database connection', () => {
  it('opens with WAL, foreign keys on, a busy timeout and synchronous=FULL, so an acknowledged write survives a power cut (architecture.md, issue 5)', async () => {
    const session = await openDatabaseSession({ path: join(tempDir(), 'm.sqlite'), actor: 't' });
    const { handle } = session.ctx();
    expect(handle.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(handle.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(handle.pragma('synchronous', { simple: true })).toBe(2);
    session.close();
  });

  it('the database itself refuses to edit the status history (append-only trigger) or the audit log', async () => {
    const s = await openMembersSession(tempDir());
    const created = await s.dispatch('members.create', memberInput({ status: 'active' }));
    expect(created.ok).toBe(true);
    const handle = s.handle();
    const history = () => handle.prepare('SELECT * FROM member_status_change ORDER BY id').all();
    const audit = () => handle.prepare('SELECT * FROM audit_log ORDER BY id').all();
    const [historyBefore, auditBefore] = [history(), audit()];
    expect(historyBefore).toHaveLength(1);
    expect(auditBefore.length).toBeGreaterThan(0);

    expect(() => handle.exec("UPDATE member_status_change SET status = 'excluded'")).toThrow(/status history is append-only/);
    expect(() => handle.exec("UPDATE member_status_change SET effective_date = '1999-01-01'")).toThrow(/status history is append-only/);
    expect(() => handle.exec("UPDATE audit_log SET actor = 'someone else'")).toThrow(/append-only/);
    expect(() => handle.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(history()).toEqual(historyBefore);
    expect(audit()).toEqual(auditBefore);
    s.session.close();
  });

  it('a file a kill left mid-commit (a hot journal) opens at its last committed state, not as "not a Minga database" (issue 5, crash)', async () => {
    const path = join(tempDir(), 'm.sqlite');
    const first = await openDatabaseSession({ path, actor: 't' });
    first.ctx().handle.pragma('journal_mode = DELETE');
    const before = first.ctx().handle.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    first.close();
    // A child begins a large write and is killed before it commits: the rollback journal stays behind, hot.
    const child = `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
      const d = new D(${JSON.stringify(path)}); d.pragma('cache_size = 1'); d.exec('BEGIN');
      d.exec('CREATE TABLE half_written (x)'); d.prepare('INSERT INTO half_written VALUES (randomblob(200000))').run();
      process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['-e', child]);
    expect(existsSync(`${path}-journal`)).toBe(true);

    const session = await openDatabaseSession({ path, actor: 't' });
    expect(session.ctx().handle.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBe(before);
    session.close();
  });
});

