/**
 * Backups with SQLite's online backup API: daily on start (kept 14), before every migration, by hand,
 * and before a restore. A file is restored only after it proves to be a sound Minga database.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { DomainError } from '../../../shared/contract/errors';
import type { BackupInfo } from '../../../shared/contract/backups';
import type { SqliteHandle } from '../../db/connection';
import { readSchemaState, refusalFor } from '../../db/migrator';

export const DAILY_BACKUPS_KEPT = 14;
type Kind = BackupInfo['kind'];
const NAME = /^minga-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:-\d{3})?Z)-(daily|pre-migration|manual|pre-restore)(?:-v\d+)?\.sqlite$/;

function stamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-').replace('.', '-');
}

export function backupFileName(kind: Kind, now: Date, fromVersion?: number): string {
  return `minga-${stamp(now)}-${kind}${fromVersion === undefined ? '' : `-v${fromVersion}`}.sqlite`;
}

/** Writes a consistent copy of the open database to `destination` (online backup: readers and writers may go on). */
export async function backupTo(handle: SqliteHandle, destination: string): Promise<string> {
  await handle.backup(destination);
  // A backup is one self-contained file: no -wal or -shm beside it when it is later opened or copied.
  const copy = new Database(destination);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return destination;
}

export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .map(({ name, match }) => {
      const path = join(folder, name);
      const iso = match[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z/, (_all, h, m, s, ms) => `T${h}:${m}:${s}.${ms ?? '000'}Z`);
      return { path, name, kind: match[2] as Kind, createdAt: iso, bytes: statSync(path).size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Once a day (by UTC date), a copy into the backups folder; the oldest dailies beyond 14 are removed. */
export async function dailyBackup(handle: SqliteHandle, folder: string, now: Date): Promise<string | null> {
  mkdirSync(folder, { recursive: true });
  const today = now.toISOString().slice(0, 10);
  const dailies = listBackups(folder).filter((b) => b.kind === 'daily');
  if (dailies.some((b) => b.createdAt.startsWith(today))) return null;
  const path = await backupTo(handle, join(folder, backupFileName('daily', now)));
  const kept = listBackups(folder).filter((b) => b.kind === 'daily');
  for (const old of kept.slice(DAILY_BACKUPS_KEPT)) rmSync(old.path, { force: true });
  return path;
}

export async function backupInto(handle: SqliteHandle, folder: string, kind: Kind, now: Date, fromVersion?: number): Promise<string> {
  mkdirSync(folder, { recursive: true });
  return backupTo(handle, join(folder, backupFileName(kind, now, fromVersion)));
}

/**
 * Refuses anything that is not a sound Minga database this version can open: not SQLite, damaged
 * (integrity_check), another application's, or from a newer Minga.
 */
export function verifyDatabaseFile(path: string): { version: number } {
  if (!existsSync(path)) {
    throw new DomainError('NOT_FOUND', `No file at ${path}.`, { key: 'errors.FILE_NOT_FOUND', params: { path: basename(path) } });
  }
  let probe: Database.Database | null = null;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = probe.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new DomainError('NOT_A_MINGA_DATABASE', `The file is damaged: ${String(integrity)}.`);
    const state = readSchemaState(probe);
    if (state.version === 0) throw new DomainError('NOT_A_MINGA_DATABASE', 'This file is not a Minga database.');
    const refusal = refusalFor(state);
    if (refusal) throw refusal;
    return { version: state.version };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('NOT_A_MINGA_DATABASE', 'This file is not a Minga database (it cannot be read as one).');
  } finally {
    probe?.close();
  }
}
