/**
 * The open database of a running app (or of one command-line call): opens it safely, backs it up,
 * migrates it, and swaps it for a restored file. Services get a fresh context from it on every call,
 * so a restore is seen by everything at once.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { kyselyOver, openHandle, type SqliteHandle } from '../../db/connection';
import { DomainError } from '../../../shared/contract/errors';
import { migrate, readSchemaState, refusalFor, type SchemaState } from '../../db/migrator';
import { backupInto, dailyBackup, verifyDatabaseFile } from './backups';
import type { ServiceContext } from './context';

export interface SessionOptions {
  /** The database file, or ':memory:' for tests. */
  path: string;
  /** Where automatic backups go; none are made without it. */
  backupsDir?: string | null;
  actor: string;
  now?: () => Date;
  /** Make the once-a-day backup on open (the app does; the command line and tests need not). */
  dailyBackup?: boolean;
}

export interface DatabaseSession {
  readonly path: string;
  readonly backupsDir: string | null;
  ctx(): ServiceContext;
  /** Replaces the database with a verified file, keeping the current one as a backup first. */
  restoreFrom(file: string): Promise<{ keptAs: string }>;
  close(): void;
}

/** Refuses a newer or foreign database before anything writes to it (even the WAL pragma writes the header). */
function assertOpenable(path: string): void {
  if (path === ':memory:' || !existsSync(path)) return;
  const probe = openHandle(path, { readonly: true, fileMustExist: true });
  let state: SchemaState;
  try {
    state = readSchemaState(probe);
  } catch {
    // SQLite opens any file lazily; the first read says whether it is a database at all.
    throw new DomainError('NOT_A_MINGA_DATABASE', 'This file is not a Minga database (it cannot be read as one).');
  } finally {
    probe.close();
  }
  const refusal = refusalFor(state);
  if (refusal) throw refusal;
}

async function openMigrated(options: SessionOptions, now: () => Date): Promise<SqliteHandle> {
  assertOpenable(options.path);
  const handle = openHandle(options.path);
  try {
    const dir = options.backupsDir ?? null;
    await migrate(handle, {
      backupBefore: dir ? (from) => backupInto(handle, dir, 'pre-migration', now(), from) : undefined,
    });
    if (dir && options.dailyBackup) await dailyBackup(handle, dir, now());
    return handle;
  } catch (error) {
    handle.close();
    throw error;
  }
}

export async function openDatabaseSession(options: SessionOptions): Promise<DatabaseSession> {
  const now = options.now ?? (() => new Date());
  let handle = await openMigrated(options, now);
  let context: ServiceContext = { db: kyselyOver(handle), handle, actor: options.actor, now };

  return {
    path: options.path,
    backupsDir: options.backupsDir ?? null,
    ctx: () => context,
    async restoreFrom(file) {
      verifyDatabaseFile(file);
      if (!options.backupsDir || options.path === ':memory:') {
        throw new Error('restore needs a database file and a backups folder');
      }
      const keptAs = await backupInto(handle, options.backupsDir, 'pre-restore', now());
      handle.close();
      try {
        for (const suffix of ['-wal', '-shm']) rmSync(options.path + suffix, { force: true });
        copyFileSync(file, options.path);
        handle = await openMigrated({ ...options, dailyBackup: false }, now);
      } catch (error) {
        // Put the database back as it was, so a failed restore loses nothing.
        for (const suffix of ['-wal', '-shm']) rmSync(options.path + suffix, { force: true });
        copyFileSync(keptAs, options.path);
        handle = openHandle(options.path);
        context = { db: kyselyOver(handle), handle, actor: options.actor, now };
        throw error;
      }
      context = { db: kyselyOver(handle), handle, actor: options.actor, now };
      return { keptAs };
    },
    close() {
      handle.close();
    },
  };
}
