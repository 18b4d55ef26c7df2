/**
 * Brings a database to this version's schema. Every pending step runs inside one BEGIN IMMEDIATE …
 * COMMIT (Kysely's own SQLite migrator commits step by step), after a backup of the file; a database
 * written by a newer Minga, or a file that is not Minga's, is refused and left untouched.
 */
import { migrations, latestVersion, type Migration } from '../../migrations';
import { DomainError } from '../../shared/contract/errors';
import { kyselyOver, type SqliteHandle } from './connection';

/** PRAGMA application_id of every Minga database: 'MNGA'. */
export const MINGA_APPLICATION_ID = 0x4d4e4741;

export interface SchemaState {
  version: number;
  applicationId: number;
  hasTables: boolean;
}

export function readSchemaState(handle: SqliteHandle): SchemaState {
  return {
    version: handle.pragma('user_version', { simple: true }) as number,
    applicationId: handle.pragma('application_id', { simple: true }) as number,
    hasTables:
      (handle.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as { n: number }).n > 0,
  };
}

/** Why a database cannot be opened by this version, or null if it can. */
export function refusalFor(state: SchemaState): DomainError | null {
  const fresh = state.version === 0 && !state.hasTables;
  if (!fresh && state.applicationId !== MINGA_APPLICATION_ID) {
    return new DomainError('NOT_A_MINGA_DATABASE', 'This file is not a Minga database.');
  }
  if (state.version > latestVersion) {
    return new DomainError(
      'NEWER_DATABASE',
      `This database was written by a newer version of Minga (schema ${state.version}; this version knows up to ${latestVersion}). Update Minga to open it; the file was left untouched.`,
      { params: { found: state.version, known: latestVersion } },
    );
  }
  return null;
}

export interface MigrateOptions {
  /** Called before any pending step runs on a database that already holds data; returns the backup's path. */
  backupBefore?: (fromVersion: number) => Promise<string | null> | string | null;
  /** Stop at this version (tests walk the steps one at a time). */
  targetVersion?: number;
  /** The steps to apply; the registered migrations unless a test passes its own. */
  steps?: readonly Migration[];
}

export async function migrate(
  handle: SqliteHandle,
  options: MigrateOptions = {},
): Promise<{ from: number; to: number; backup: string | null }> {
  const state = readSchemaState(handle);
  const refusal = refusalFor(state);
  if (refusal) throw refusal;
  const steps = options.steps ?? migrations;
  const target = options.targetVersion ?? (steps[steps.length - 1]?.version ?? 0);
  const pending = steps.filter((m) => m.version > state.version && m.version <= target);
  if (pending.length === 0) return { from: state.version, to: state.version, backup: null };

  const backup = state.version > 0 && options.backupBefore ? await options.backupBefore(state.version) : null;
  const db = kyselyOver(handle);
  handle.exec('BEGIN IMMEDIATE');
  try {
    for (const step of pending) {
      await step.up(db as never);
      handle.pragma(`user_version = ${step.version}`);
    }
    handle.pragma(`application_id = ${MINGA_APPLICATION_ID}`);
    handle.exec('COMMIT');
  } catch (error) {
    if (handle.inTransaction) handle.exec('ROLLBACK');
    throw error;
  }
  return { from: state.version, to: pending[pending.length - 1]!.version, backup };
}
