/**
 * Restoring a file over the live database without ever leaving a half-written one: the candidate is
 * copied beside the live file, synced, brought to this version's schema and put through the full check,
 * and only then renamed over the live file (a rename is atomic: a crash leaves the old file or the new).
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import type { CheckReport } from '../../../shared/contract/backups';
import { DomainError } from '../../../shared/contract/errors';
import { kyselyOver, openHandle } from '../../db/connection';
import { migrate } from '../../db/migrator';
import { verifyDatabaseFile } from './backups';
import type { ServiceContext } from './context';
import { copyRegularFileDurably, fsyncPath, renameDurably } from './db-file';

/** The full check (file and every domain), handed to core by the composition roots: core never imports the domains. */
export type DatabaseCheck = (ctx: ServiceContext) => Promise<CheckReport>;

/** The candidate's name while it is being checked; a crash may leave it behind, and it is removed on the next try. */
export const stagedPathFor = (livePath: string) => `${livePath}.restoring`;

/** SQLite's header bytes 18 and 19 say "WAL" (2) or "rollback journal" (1): https://www.sqlite.org/fileformat.html */
function useRollbackJournal(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    const modes = Buffer.alloc(2);
    readSync(fd, modes, 0, 2, 18);
    // The copy holds the main file only, so a WAL-mode flag would make SQLite look for a -wal that is not ours.
    if (modes[0] === 2 || modes[1] === 2) writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
  } finally {
    closeSync(fd);
  }
}

function removeWithCompanions(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

async function fullCheck(path: string, check: DatabaseCheck, now: () => Date): Promise<void> {
  const handle = openHandle(path, { readonly: true, fileMustExist: true });
  let report: CheckReport;
  try {
    report = await check({ db: kyselyOver(handle), handle, actor: 'restore-check', now });
  } finally {
    handle.close();
  }
  if (!report.ok) {
    const first = report.problems[0]!;
    throw new DomainError(
      'NOT_A_MINGA_DATABASE',
      `The file did not pass Minga's check (${report.problems.length} problems; first: ${first.check}: ${first.message}); nothing was changed.`,
      { key: 'errors.RESTORE_CHECK_FAILED', params: { count: report.problems.length, first: `${first.check}: ${first.message}` } },
    );
  }
}

/**
 * Copies `source` beside the live database and proves it sound: a whole SQLite file, Minga's, not from
 * a newer version, passing integrity_check, migrated to this version, passing the full check. Returns
 * the staged path, ready for `swapIn`; on any refusal the staged copy is removed and nothing else changed.
 */
export async function stageCandidate(source: string, livePath: string, check: DatabaseCheck, now: () => Date): Promise<string> {
  const staged = stagedPathFor(livePath);
  removeWithCompanions(staged);
  try {
    await copyRegularFileDurably(source, staged);
    useRollbackJournal(staged);
    verifyDatabaseFile(staged, basename(source));
    // A backup from before an update: bring the copy (never the source) to this version's schema.
    const handle = openHandle(staged);
    try {
      await migrate(handle);
      handle.pragma('journal_mode = DELETE');
    } finally {
      handle.close();
    }
    await fullCheck(staged, check, now);
    // Switched to WAL here, so the renamed file opens without a single write (openHandle sets WAL; closing empties the log).
    openHandle(staged).close();
    for (const suffix of ['-journal', '-wal', '-shm']) rmSync(staged + suffix, { force: true });
    fsyncPath(staged);
    return staged;
  } catch (error) {
    removeWithCompanions(staged);
    if (error instanceof DomainError) throw error;
    throw new DomainError('NOT_A_MINGA_DATABASE', `${basename(source)} cannot be read as a Minga database.`);
  }
}

/**
 * Puts a staged candidate in place of the live database, which must be closed. Its -wal and -shm go
 * first: SQLite would otherwise replay the old file's log into the new one.
 */
export function swapIn(staged: string, livePath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(livePath + suffix, { force: true });
  renameDurably(staged, livePath);
}
