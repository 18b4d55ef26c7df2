import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../migrations';
import { MINGA_APPLICATION_ID } from '../../electron/db/migrator';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { DAILY_BACKUPS_KEPT, dailyBackup, listBackups, verifyDatabaseFile } from '../../electron/services/core/backups';
import { setupCoop, getCoop } from '../../electron/services/coop/profile';
import { DatabaseMissingError, openDatabaseSession, restoreClosedDatabase, type SessionOptions } from '../../electron/services/core/session';
import { checkAllDomains } from '../../electron/services/domains';
import { generateDemo } from '../../electron/services/members';
import { createHostPlatform } from '../host/platform';
import { argentineCoop, useTempDir } from './helpers';

const tempDir = useTempDir();

function sessionIn(dir: string, extra: Partial<SessionOptions> = {}) {
  return openDatabaseSession({ path: join(dir, 'm.sqlite'), backupsDir: join(dir, 'backups'), actor: 't', check: checkAllDomains, ...extra });
}

async function demoSession(dir: string) {
  const session = await sessionIn(dir);
  await setupCoop(session.ctx(), argentineCoop);
  await generateDemo(session.ctx(), { members: 30, years: 2, locale: 'es', seed: 5 });
  return session;
}

const memberCount = (session: Awaited<ReturnType<typeof sessionIn>>) =>
  session.ctx().handle.prepare('SELECT count(*) FROM member').pluck().get() as number;

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
    expect(readdirSync(folder).filter((n) => !n.endsWith('.sqlite'))).toEqual([]);
    session.close();
  });

  it("an empty or cut-short file is never counted as a backup, so today's backup is still made (issue 5: 0-byte daily)", async () => {
    const dir = tempDir();
    const folder = join(dir, 'backups');
    const session = await demoSession(dir);
    const now = new Date(Date.UTC(2026, 2, 3, 9));
    const made = (await dailyBackup(session.ctx().handle, folder, new Date(Date.UTC(2026, 2, 2, 9))))!;
    const empty = join(folder, 'minga-2026-03-03T08-00-00-000Z-daily.sqlite');
    writeFileSync(empty, '');
    const short = join(folder, 'minga-2026-03-03T08-30-00-000Z-daily.sqlite');
    copyFileSync(made, short);
    truncateSync(short, statSync(made).size - 1);
    writeFileSync(join(folder, 'minga-2026-03-03T08-45-00-000Z-daily.sqlite.partial'), 'half a copy');
    expect(listBackups(folder).map((b) => b.path)).toEqual([made]);

    const today = await dailyBackup(session.ctx().handle, folder, now);
    expect(today).not.toBeNull();
    expect(verifyDatabaseFile(today!).version).toBe(latestVersion);
    expect(listBackups(folder).map((b) => b.path)).toEqual([today, made]);
    expect(existsSync(join(folder, 'minga-2026-03-03T08-45-00-000Z-daily.sqlite.partial'))).toBe(false);
    session.close();
  });

  it('restores a verified backup and keeps the current database as a backup first', async () => {
    const dir = tempDir();
    const session = await sessionIn(dir);
    const snapshot = join(dir, 'empty-snapshot.sqlite');
    await session.ctx().handle.backup(snapshot);
    await setupCoop(session.ctx(), argentineCoop);
    const { keptAs } = await session.restoreFrom(snapshot);
    expect(await getCoop(session.ctx())).toBeNull();
    expect(existsSync(keptAs)).toBe(true);
    expect(verifyDatabaseFile(keptAs).version).toBe(latestVersion);
    await session.restoreFrom(keptAs);
    expect((await getCoop(session.ctx()))?.name).toBe(argentineCoop.name);
    expect(existsSync(join(dir, 'm.sqlite.restoring'))).toBe(false);
    session.close();
  });

  it('refuses to restore a file that is not a sound Minga database, leaving the current one untouched', async () => {
    const dir = tempDir();
    const session = await sessionIn(dir);
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
    expect(listBackups(join(dir, 'backups')).filter((b) => b.kind === 'pre-restore')).toEqual([]);
    session.close();
  });

  describe('runs the full check on the candidate before swapping it in (issue 5: these three were swapped in)', () => {
    async function candidates(dir: string) {
      const session = await demoSession(dir);
      const good = join(dir, 'good.sqlite');
      await session.ctx().handle.backup(good);
      const truncated = join(dir, 'truncated.sqlite');
      writeFileSync(truncated, readFileSync(good).subarray(0, statSync(good).size - 1));
      const noTables = join(dir, 'no-tables.sqlite');
      const bare = new Database(noTables);
      bare.pragma(`application_id = ${MINGA_APPLICATION_ID}`);
      bare.pragma(`user_version = ${latestVersion}`);
      bare.close();
      const noTriggers = join(dir, 'no-triggers.sqlite');
      copyFileSync(good, noTriggers);
      const edited = new Database(noTriggers);
      for (const { name } of edited.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").all() as { name: string }[]) {
        edited.exec(`DROP TRIGGER "${name}"`);
      }
      edited.close();
      return { session, truncated, noTables, noTriggers };
    }

    it.each(['truncated', 'noTables', 'noTriggers'] as const)('refuses %s and changes nothing', async (which) => {
      const dir = tempDir();
      const { session, ...files } = await candidates(dir);
      const before = memberCount(session);
      const refusal = session.restoreFrom(files[which]);
      await expect(refusal).rejects.toMatchObject({ code: 'NOT_A_MINGA_DATABASE' });
      expect(memberCount(session)).toBe(before);
      expect(listBackups(join(dir, 'backups')).filter((b) => b.kind === 'pre-restore')).toEqual([]);
      expect(existsSync(join(dir, 'm.sqlite.restoring'))).toBe(false);
      session.close();
    });

    it('says why in the user language: a catalogue key with the number of problems', async () => {
      const dir = tempDir();
      const { session, noTriggers } = await candidates(dir);
      await expect(session.restoreFrom(noTriggers)).rejects.toMatchObject({
        key: 'errors.RESTORE_CHECK_FAILED',
        params: { count: expect.any(Number) },
      });
      session.close();
    });
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO at once instead of freezing on it (issue 5)', async () => {
    const dir = tempDir();
    const session = await sessionIn(dir);
    const fifo = join(dir, 'pipe.sqlite');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    await expect(session.restoreFrom(fifo)).rejects.toMatchObject({ code: 'NOT_A_MINGA_DATABASE', key: 'errors.NOT_A_REGULAR_FILE' });
    await expect(session.restoreFrom(dir)).rejects.toMatchObject({ key: 'errors.NOT_A_REGULAR_FILE' });
    expect(Date.now() - started).toBeLessThan(2000);
    session.close();
  });

  it('backups.restore takes a name from backups.list or the app dialog, never a path from the caller', async () => {
    const dir = tempDir();
    const session = await demoSession(dir);
    const platform = createHostPlatform(dir);
    const dispatch = createDispatcher(createHandlers({ session, platform }), { validateOutput: true });
    const created = await dispatch('backups.create', {});
    expect(created.ok).toBe(true);
    const outside = join(dir, 'minga-backup-outside.sqlite');
    copyFileSync((created as { value: { path: string } }).value.path, outside);
    await dailyBackup(session.ctx().handle, join(dir, 'backups'), new Date());
    const [listed] = listBackups(join(dir, 'backups'));

    expect(await dispatch('backups.restore', { path: outside })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await dispatch('backups.restore', { backup: outside })).toMatchObject({ ok: false, error: { key: 'errors.BACKUP_NOT_FOUND' } });
    expect(await dispatch('backups.restore', { backup: '../m.sqlite' })).toMatchObject({ ok: false, error: { key: 'errors.BACKUP_NOT_FOUND' } });
    // The test host's dialog answers only with what a test queued; nothing queued, nothing restored.
    expect(await dispatch('backups.restore', {})).toMatchObject({ ok: false });

    expect(await dispatch('backups.restore', { backup: listed!.name })).toMatchObject({ ok: true, value: { restoredFrom: listed!.path } });
    platform.queueOpenPath(outside);
    expect(await dispatch('backups.restore', {})).toMatchObject({ ok: true, value: { restoredFrom: outside } });
    expect(memberCount(session)).toBe(30);
    session.close();
  });

  describe('a start that finds the database missing or empty while backups exist (issue 5)', () => {
    it.each([
      ['empty', (path: string) => writeFileSync(path, '')],
      ['missing', (path: string) => execFileSync('rm', ['-f', path])],
    ])('refuses to start an empty register when the file is %s, naming the latest backup, which then restores', async (_n, lose) => {
      const dir = tempDir();
      const first = await demoSession(dir);
      await dailyBackup(first.ctx().handle, join(dir, 'backups'), new Date(Date.UTC(2026, 0, 1)));
      first.close();
      const path = join(dir, 'm.sqlite');
      lose(path);

      const opening = sessionIn(dir);
      await expect(opening).rejects.toBeInstanceOf(DatabaseMissingError);
      const error = (await opening.catch((e: unknown) => e)) as DatabaseMissingError;
      expect(error.latestBackup.name).toBe('minga-2026-01-01T00-00-00-000Z-daily.sqlite');
      expect(error).toMatchObject({ key: 'errors.DATABASE_MISSING', params: { backup: error.latestBackup.name } });
      expect(existsSync(path) ? statSync(path).size : 0).toBe(0);

      await restoreClosedDatabase(path, error.latestBackup.path, checkAllDomains);
      const reopened = await sessionIn(dir);
      expect(memberCount(reopened)).toBe(30);
      expect((await checkAllDomains(reopened.ctx())).ok).toBe(true);
      reopened.close();
    });

    it('a first start (no backups) and an explicit fresh start still create the database', async () => {
      const dir = tempDir();
      (await sessionIn(dir)).close();
      const other = tempDir();
      const seeded = await demoSession(other);
      await dailyBackup(seeded.ctx().handle, join(other, 'backups'), new Date());
      seeded.close();
      writeFileSync(join(other, 'm.sqlite'), '');
      const fresh = await sessionIn(other, { startEmpty: true });
      expect(memberCount(fresh)).toBe(0);
      fresh.close();
    });
  });
});
