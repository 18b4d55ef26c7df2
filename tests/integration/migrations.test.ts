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

  it('applies each step one at a time on a seeded database and keeps the seeded rows', async () => {
    const handle = openHandle(join(tempDir(), 'steps.sqlite'));
    for (const step of migrations) {
      await migrate(handle, { targetVersion: step.version });
      expect(readSchemaState(handle).version).toBe(step.version);
      // Seed after each step so the next one runs over data, as on a real user's machine.
      if (step.version === 1) {
        handle
          .prepare(
            `INSERT INTO member (member_number, last_names, first_names, join_date, status, status_since, search_text, created_at, updated_at)
             VALUES (1, 'Quispe', 'Rosa', '2020-01-01', 'active', '2020-01-01', '1 quispe rosa', 'x', 'x')`,
          )
          .run();
      }
    }
    expect((handle.prepare('SELECT count(*) AS n FROM member').get() as { n: number }).n).toBe(1);
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
