import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabaseSession } from '../../electron/services/core/session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('database connection', () => {
  it('opens with WAL, foreign keys on, a busy timeout and synchronous=NORMAL (architecture.md)', async () => {
    const session = await openDatabaseSession({ path: join(tempDir(), 'm.sqlite'), actor: 't' });
    const { handle } = session.ctx();
    expect(handle.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(handle.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(handle.pragma('synchronous', { simple: true })).toBe(1);
    session.close();
  });

  it('the database itself refuses to edit the audit log or the status history (append-only triggers)', async () => {
    const session = await openDatabaseSession({ path: join(tempDir(), 'm.sqlite'), actor: 't' });
    const { handle } = session.ctx();
    handle.exec("INSERT INTO audit_log (at, actor, action, entity) VALUES ('t', 'a', 'x', 'member')");
    expect(() => handle.exec("UPDATE audit_log SET actor = 'someone else'")).toThrow(/append-only/);
    expect(() => handle.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    session.close();
  });
});
