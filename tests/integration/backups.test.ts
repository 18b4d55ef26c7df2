import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../migrations';
import { DAILY_BACKUPS_KEPT, dailyBackup, listBackups, verifyDatabaseFile } from '../../electron/services/core/backups';
import { setupCoop, getCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { argentineCoop, useTempDir } from './helpers';

const tempDir = useTempDir();

describe('backups', () => {
  it('makes one automatic backup a day and keeps the newest 14', async () => {
    const dir = tempDir();
    const session = await openDatabaseSession({ path: join(dir, 'm.sqlite'), actor: 't' });
    const folder = join(dir, 'backups');
    for (let day = 1; day <= 20; day++) {
      const at = new Date(Date.UTC(2026, 0, day, 9));
      expect(await dailyBackup(session.ctx().handle, folder, at)).not.toBeNull();
      expect(await dailyBackup(session.ctx().handle, folder, new Date(Date.UTC(2026, 0, day, 18)))).toBeNull();
    }
    const kept = listBackups(folder).filter((b) => b.kind === 'daily');
    expect(kept).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(kept[0]!.createdAt.startsWith('2026-01-20')).toBe(true);
    expect(kept.at(-1)!.createdAt.startsWith('2026-01-07')).toBe(true);
    session.close();
  });

  it('restores a verified backup and keeps the current database as a backup first', async () => {
    const dir = tempDir();
    const backupsDir = join(dir, 'backups');
    const session = await openDatabaseSession({ path: join(dir, 'm.sqlite'), backupsDir, actor: 't' });
    const snapshot = join(dir, 'empty-snapshot.sqlite');
    await session.ctx().handle.backup(snapshot);
    await setupCoop(session.ctx(), argentineCoop);
    const { keptAs } = await session.restoreFrom(snapshot);
    expect(await getCoop(session.ctx())).toBeNull();
    expect(existsSync(keptAs)).toBe(true);
    expect(verifyDatabaseFile(keptAs).version).toBe(latestVersion);
    await session.restoreFrom(keptAs);
    expect((await getCoop(session.ctx()))?.name).toBe(argentineCoop.name);
    session.close();
  });

  it('refuses to restore a file that is not a sound Minga database, leaving the current one untouched', async () => {
    const dir = tempDir();
    const session = await openDatabaseSession({ path: join(dir, 'm.sqlite'), backupsDir: join(dir, 'b'), actor: 't' });
    await setupCoop(session.ctx(), argentineCoop);
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'SQLite format 3\0 but not really'.repeat(100));
    await expect(session.restoreFrom(garbage)).rejects.toMatchObject({ code: 'NOT_A_MINGA_DATABASE' });
    const foreign = join(dir, 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE t (x)');
    other.close();
    await expect(session.restoreFrom(foreign)).rejects.toMatchObject({ code: 'NOT_A_MINGA_DATABASE' });
    await expect(session.restoreFrom(join(dir, 'missing.sqlite'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getCoop(session.ctx()))?.name).toBe(argentineCoop.name);
    expect(listBackups(join(dir, 'b')).filter((b) => b.kind === 'pre-restore')).toEqual([]);
    session.close();
  });
});
