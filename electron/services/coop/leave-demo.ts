/**
 * Leaving the demo for the user's own cooperative: the demo's database is swapped for a new, empty one
 * (through the same checked restore as a backup, so a crash half-way leaves one or the other whole), and
 * the app is back at first run. The demo is kept as a backup, like every file a restore replaces.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../../shared/contract/errors';
import { openHandle } from '../../db/connection';
import { migrate } from '../../db/migrator';
import type { DatabaseSession } from '../core';
import { getCoop } from './profile';

/** Writes a new database with every migration applied and nothing in it. */
async function writeEmptyDatabase(path: string): Promise<void> {
  rmSync(path, { force: true });
  const handle = openHandle(path);
  try {
    await migrate(handle);
    // Leave a single file behind: the restore copies the main file only.
    handle.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    handle.close();
  }
}

export async function leaveDemo(session: DatabaseSession): Promise<{ keptAs: string }> {
  const coop = await getCoop(session.ctx());
  if (!coop?.isDemo) {
    // A real cooperative's books are never wiped from the app; this is for the demo only.
    throw new DomainError('NOT_SUPPORTED', 'This is not the demo cooperative; its data is never wiped.', { key: 'coop:errors.NOT_DEMO' });
  }
  if (!session.backupsDir || session.path === ':memory:') {
    // Only a database kept in memory (tests) or opened without a backups folder lands here.
    throw new DomainError('NOT_SUPPORTED', 'Leaving the demo needs the database in a file with a backups folder to keep the demo in.');
  }
  mkdirSync(session.backupsDir, { recursive: true });
  const empty = join(session.backupsDir, `new-cooperative-${process.pid}.sqlite`);
  try {
    await writeEmptyDatabase(empty);
    return await session.restoreFrom(empty);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(empty + suffix, { force: true });
  }
}
