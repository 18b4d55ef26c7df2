import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations, latestVersion } from '../../migrations';
import { openHandle } from '../../electron/db/connection';
import { MINGA_APPLICATION_ID, migrate, readSchemaState } from '../../electron/db/migrator';
import { listBackups } from '../../electron/services/core/backups';
import { openDatabaseSession } from '../../electron/services/core/session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('migrations', () => {
  it('registers every migration file in migrations/index.ts, in order', () => {
    const files = readdirSync('migrations')
      .filter((f) => /^\d{4}_.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrations.map((m) => m.name)).toEqual(files);
    expect(migrations.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
  });

  it('runs every later step over a database seeded at version 1, and keeps the seeded rows as they were', async () => {
    // A user's file from the first release holds a member, its history and audit rows; every migration
    // since must carry them over (style.md: Signal's updateToVersion, seed, migrate, compare).
    expect(latestVersion, 'at least one migration runs over the seeded rows').toBeGreaterThan(1);
    const handle = openHandle(join(tempDir(), 'steps.sqlite'));
    await migrate(handle, { targetVersion: 1 });
    handle.exec(`
      INSERT INTO member (id, member_number, last_names, first_names, national_id, join_date, status, status_since, search_text, created_at, updated_at)
        VALUES (1, 1, 'Quispe', 'Rosa', '20123456', '2020-01-01', 'active', '2020-01-01', '1 quispe rosa 20123456', '2020-01-01T10:00:00.000Z', '2020-01-01T10:00:00.000Z');
      INSERT INTO member_status_change (member_id, status, effective_date, cause, resolution, recorded_at)
        VALUES (1, 'active', '2020-01-01', NULL, 'Acta 1', '2020-01-01T10:00:00.000Z');
      INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)
        VALUES ('2020-01-01T10:00:00.000Z', 'ana', 'member.create', 'member', '1', NULL, '{"lastNames":"Quispe"}');
    `);
    const member = () => handle.prepare('SELECT member_number, last_names, first_names, national_id, join_date, status FROM member').all();
    const history = () => handle.prepare('SELECT member_id, status, effective_date, resolution FROM member_status_change').all();
    const audit = () => handle.prepare('SELECT at, actor, action, entity, entity_id, after_json FROM audit_log').all();
    const seeded = { member: member(), history: history(), audit: audit() };

    for (const step of migrations.slice(1)) {
      await migrate(handle, { targetVersion: step.version });
      expect(readSchemaState(handle).version).toBe(step.version);
      // A step may append audit rows of its own (adopting history into the chain); the old ones stay first.
      const kept = { member: member(), history: history(), audit: audit().slice(0, seeded.audit.length) };
      expect(kept, `after ${step.name}`).toEqual(seeded);
    }
    expect(readSchemaState(handle).applicationId).toBe(MINGA_APPLICATION_ID);
    handle.close();
  });

  it('rolls back every pending step when one fails, leaving the version as it was', async () => {
    const handle = openHandle(join(tempDir(), 'atomic.sqlite'));
    handle.exec('CREATE TABLE member (id INTEGER)'); // makes 0001 fail half-way
    handle.pragma(`application_id = ${MINGA_APPLICATION_ID}`);
    await expect(migrate(handle)).rejects.toThrow();
    expect(readSchemaState(handle).version).toBe(0);
    expect(handle.prepare("SELECT name FROM sqlite_schema WHERE name = 'coop_profile'").get()).toBeUndefined();
    handle.close();
  });

  it('backs the file up before a step runs on a database that holds data, and not on a new one', async () => {
    const handle = openHandle(join(tempDir(), 'backup-first.sqlite'));
    const calls: number[] = [];
    const backupBefore = (from: number) => (calls.push(from), null);
    await migrate(handle, { backupBefore });
    expect(calls).toEqual([]);
    const next = { version: latestVersion + 1, name: 'test_step', up: async () => {
      handle.exec('CREATE TABLE later (x)');
    } };
    await migrate(handle, { backupBefore, steps: [...migrations, next] });
    expect(calls).toEqual([latestVersion]);
    expect(readSchemaState(handle).version).toBe(latestVersion + 1);
    handle.close();
  });

  it('refuses a database written by a newer Minga and leaves the file byte for byte untouched', async () => {
    const dir = tempDir();
    const path = join(dir, 'future.sqlite');
    const session = await openDatabaseSession({ path, actor: 't' });
    session.close();
    const future = new Database(path);
    future.pragma(`user_version = ${latestVersion + 1}`);
    future.pragma('journal_mode = DELETE');
    future.close();
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    await expect(openDatabaseSession({ path, backupsDir: join(dir, 'b'), actor: 't', dailyBackup: true })).rejects.toMatchObject({
      code: 'NEWER_DATABASE',
    });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(listBackups(join(dir, 'b'))).toEqual([]);
  });

  it('refuses a file that is not a Minga database', async () => {
    const dir = tempDir();
    const other = join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE accounts (id INTEGER)');
    db.close();
    await expect(openDatabaseSession({ path: other, actor: 't' })).rejects.toMatchObject({ code: 'NOT_A_MINGA_DATABASE' });
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'not a database at all, just text '.repeat(200));
    await expect(openDatabaseSession({ path: text, actor: 't' })).rejects.toMatchObject({ code: 'NOT_A_MINGA_DATABASE' });
  });
});
