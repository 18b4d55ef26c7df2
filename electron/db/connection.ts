import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from './schema';

export type SqliteHandle = Database.Database;

/** The pragmas every connection gets (architecture.md, database conventions). */
export function applyPragmas(handle: SqliteHandle): void {
  handle.pragma('journal_mode = WAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  // FULL: a commit is on the disk when it returns, so an acknowledged write survives a power cut, not only a crash.
  handle.pragma('synchronous = FULL');
}

export function openHandle(path: string, options: { readonly?: boolean; fileMustExist?: boolean } = {}): SqliteHandle {
  const handle = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.fileMustExist ?? false });
  if (!options.readonly) applyPragmas(handle);
  return handle;
}

export function kyselyOver(handle: SqliteHandle): Kysely<DB> {
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: handle }) });
}
