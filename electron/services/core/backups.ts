/**
 * Backups with SQLite's online backup API: daily on start (kept 14), before every migration, by hand,
 * and before a restore. A copy is written under a temporary name, verified, synced and only then renamed
 * to its real name, so a crash leaves either a whole backup or none, never an empty file that counts.
 */
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { DomainError } from '../../../shared/contract/errors';
import type { BackupInfo } from '../../../shared/contract/backups';
import type { SqliteHandle } from '../../db/connection';
import { readSchemaState, refusalFor } from '../../db/migrator';
import { fsyncPath, renameDurably, SQLITE_HEADER_BYTES, sqliteFileProblem } from './db-file';

export const DAILY_BACKUPS_KEPT = 14;
/** What a copy is called until it has been verified; never listed, removed when found later. */
const PARTIAL_SUFFIX = '.partial';
type Kind = BackupInfo['kind'];
const NAME = /^minga-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:-\d{3})?Z)-(daily|pre-migration|manual|pre-restore)(?:-v\d+)?\.sqlite$/;

function stamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-').replace('.', '-');
}

export function backupFileName(kind: Kind, now: Date, fromVersion?: number): string {
  return `minga-${stamp(now)}-${kind}${fromVersion === undefined ? '' : `-v${fromVersion}`}.sqlite`;
}

const damaged = (name: string, why: string) => new DomainError('NOT_A_MINGA_DATABASE', `${name} is not a Minga database, or it is damaged: ${why}.`);

/** The header and length of a regular file (opened without blocking, so a FIFO cannot hang us), or null if it is not one. */
function headerOf(path: string): { header: Buffer; size: number } | null {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return null;
    const header = Buffer.alloc(SQLITE_HEADER_BYTES);
    const read = readSync(fd, header, 0, SQLITE_HEADER_BYTES, 0);
    return { header: header.subarray(0, read), size: stats.size };
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuses anything that is not a sound Minga database this version can open: not a regular file, cut
 * short, not SQLite, damaged (integrity_check), another application's, or from a newer Minga. `name` is
 * what a refusal calls the file (a copy being checked is named after its source).
 */
export function verifyDatabaseFile(path: string, name = basename(path)): { version: number } {
  if (!existsSync(path)) {
    throw new DomainError('NOT_FOUND', `No file at ${path}.`, { key: 'errors.FILE_NOT_FOUND', params: { path: basename(path) } });
  }
  const file = headerOf(path);
  if (file === null) {
    throw new DomainError('NOT_A_MINGA_DATABASE', `${path} is not a regular file.`, { key: 'errors.NOT_A_REGULAR_FILE', params: { path: basename(path) } });
  }
  const problem = sqliteFileProblem(file.header, file.size);
  if (problem !== null) throw damaged(name, problem);
  let probe: Database.Database | null = null;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = probe.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw damaged(name, String(integrity));
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

/**
 * Writes a consistent copy of the open database to `destination` (online backup: readers and writers may
 * go on): first under a temporary name, then verified, synced and renamed, so `destination` is whole or absent.
 */
export async function backupTo(handle: SqliteHandle, destination: string): Promise<string> {
  const partial = destination + PARTIAL_SUFFIX;
  try {
    await handle.backup(partial);
    // A backup is one self-contained file: no -wal or -shm beside it when it is later opened or copied.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    verifyDatabaseFile(partial);
    fsyncPath(partial);
    renameDurably(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return destination;
}

/** The backups in a folder, newest first. A file cut short or empty (a copy a crash interrupted) is not one. */
export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .flatMap(({ name, match }) => {
      const path = join(folder, name);
      const file = (() => {
        try {
          return headerOf(path);
        } catch {
          return null;
        }
      })();
      if (file === null || sqliteFileProblem(file.header, file.size) !== null) return [];
      const iso = match[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z/, (_all, h, m, s, ms) => `T${h}:${m}:${s}.${ms ?? '000'}Z`);
      return [{ path, name, kind: match[2] as Kind, createdAt: iso, bytes: file.size }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Copies a crash left half-written: the app runs alone (one instance), so none of them is still being written. */
function removePartials(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (name.endsWith(PARTIAL_SUFFIX) && NAME.test(name.slice(0, -PARTIAL_SUFFIX.length))) rmSync(join(folder, name), { force: true });
  }
}

/** Once a day (by UTC date), a copy into the backups folder; the oldest dailies beyond 14 are removed. */
export async function dailyBackup(handle: SqliteHandle, folder: string, now: Date): Promise<string | null> {
  mkdirSync(folder, { recursive: true });
  removePartials(folder);
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
