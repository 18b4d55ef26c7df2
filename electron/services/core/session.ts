/**
 * The open database of a running app (or of one command-line call): opens it safely, backs it up,
 * migrates it, and swaps it for a restored file. Services get a fresh context from it on every call,
 * so a restore is seen by everything at once.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/contract/backups';
import { DomainError } from '../../../shared/contract/errors';
import { kyselyOver, openHandle, type SqliteHandle } from '../../db/connection';
import { migrate, readSchemaState, refusalFor, type SchemaState } from '../../db/migrator';
import { backupInto, dailyBackup, listBackups } from './backups';
import type { ServiceContext } from './context';
import { copyRegularFileDurably } from './db-file';
import { stageCandidate, stagedPathFor, swapIn, type DatabaseCheck } from './restore';

export interface SessionOptions {
  /** The database file, or ':memory:' for tests. */
  path: string;
  /** Where automatic backups go; none are made without it. */
  backupsDir?: string | null;
  actor: string;
  now?: () => Date;
  /** Make the once-a-day backup on open (the app does; the command line and tests need not). */
  dailyBackup?: boolean;
  /** The full check a restore candidate must pass (services/domains.ts's checkAllDomains); without it, restore is refused. */
  check?: DatabaseCheck;
  /** Start a new database even where backups say one existed (the command line's `init`). */
  startEmpty?: boolean;
}

export interface DatabaseSession {
  readonly path: string;
  readonly backupsDir: string | null;
  ctx(): ServiceContext;
  /** Replaces the database with a verified file, keeping the current one as a backup first. */
  restoreFrom(file: string): Promise<{ keptAs: string }>;
  close(): void;
}

/**
 * The database file is gone or empty (a crash, a sync tool, a deleted file) while backups show there was
 * one: opening would silently start an empty register, so the caller is told and offered the latest backup.
 */
export class DatabaseMissingError extends DomainError {
  constructor(
    readonly path: string,
    readonly latestBackup: BackupInfo,
  ) {
    super(
      'NOT_FOUND',
      `The database ${path} is missing or empty, but there are backups of it; the latest is ${latestBackup.path}. Restore it rather than start an empty register.`,
      { key: 'errors.DATABASE_MISSING', params: { backup: latestBackup.name } },
    );
  }
}

export function isMissingOrEmpty(path: string): boolean {
  return path !== ':memory:' && (!existsSync(path) || statSync(path).size === 0);
}

/** The newest backup in the folder if the database at `path` is missing or empty, else null. */
export function backupForMissingDatabase(path: string, backupsDir: string | null | undefined): BackupInfo | null {
  if (!backupsDir || !isMissingOrEmpty(path)) return null;
  return listBackups(backupsDir)[0] ?? null;
}

const notMinga = () => new DomainError('NOT_A_MINGA_DATABASE', 'This file is not a Minga database (it cannot be read as one).');

function readStateOf(path: string): SchemaState {
  const probe = openHandle(path, { readonly: true, fileMustExist: true });
  try {
    return readSchemaState(probe);
  } finally {
    probe.close();
  }
}

/** A read-only look cannot roll back what a crash left half-committed (a hot journal); SQLite says so with these. */
const needsRecovery = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_READONLY_RECOVERY';
};

/**
 * Rolls a file back to its last committed state, as SQLite does on any read-write open: a process killed
 * mid-commit (while a restored file was first switched to WAL, say) must not make the file unopenable.
 */
function recoverCommittedState(path: string): void {
  const handle = new Database(path, { fileMustExist: true });
  try {
    handle.prepare('SELECT count(*) FROM sqlite_schema').get();
  } finally {
    handle.close();
  }
}

/** Refuses a newer or foreign database before anything writes to it (even the WAL pragma writes the header). */
function assertOpenable(path: string): void {
  if (path === ':memory:' || !existsSync(path)) return;
  let state: SchemaState;
  try {
    state = readStateOf(path);
  } catch (error) {
    // SQLite opens any file lazily; the first read says whether it is a database at all.
    if (!needsRecovery(error)) throw notMinga();
    try {
      recoverCommittedState(path);
      state = readStateOf(path);
    } catch {
      throw notMinga();
    }
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

/** Puts a backup in place of a database that is not open (at start, when the file was found missing or empty). */
export async function restoreClosedDatabase(path: string, backup: string, check: DatabaseCheck, now: () => Date = () => new Date()): Promise<void> {
  swapIn(await stageCandidate(backup, path, check, now), path);
}

export async function openDatabaseSession(options: SessionOptions): Promise<DatabaseSession> {
  const now = options.now ?? (() => new Date());
  if (options.path !== ':memory:') rmSync(stagedPathFor(options.path), { force: true });
  const latest = options.startEmpty ? null : backupForMissingDatabase(options.path, options.backupsDir);
  if (latest) throw new DatabaseMissingError(options.path, latest);
  let handle = await openMigrated(options, now);
  const contextOver = (h: SqliteHandle): ServiceContext => ({ db: kyselyOver(h), handle: h, actor: options.actor, now });
  let context = contextOver(handle);

  return {
    path: options.path,
    backupsDir: options.backupsDir ?? null,
    ctx: () => context,
    async restoreFrom(file) {
      const { backupsDir, check, path } = options;
      if (!backupsDir || path === ':memory:' || !check) {
        throw new Error('restore needs a database file, a backups folder and the full check');
      }
      // Everything that can refuse happens before the live file is touched.
      const staged = await stageCandidate(file, path, check, now);
      let keptAs: string;
      try {
        keptAs = await backupInto(handle, backupsDir, 'pre-restore', now());
      } catch (error) {
        rmSync(staged, { force: true });
        throw error;
      }
      handle.close();
      try {
        swapIn(staged, path);
        handle = await openMigrated({ ...options, dailyBackup: false }, now);
      } catch (error) {
        // Put the database back as it was, so a failed restore loses nothing.
        await copyRegularFileDurably(keptAs, staged);
        swapIn(staged, path);
        handle = openHandle(path);
        context = contextOver(handle);
        throw error;
      }
      context = contextOver(handle);
      return { keptAs };
    },
    close() {
      handle.close();
    },
  };
}
