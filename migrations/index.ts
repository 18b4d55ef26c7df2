import type { Kysely } from 'kysely';
import * as m0001 from './0001_foundation';

export interface Migration {
  /** The schema version this step brings the database to (PRAGMA user_version). */
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Every migration, in order. Registered by hand: no folder scanning, so what ships is what is listed. */
export const migrations: readonly Migration[] = [{ version: 1, name: '0001_foundation', up: m0001.up }];

export const latestVersion = migrations.length;
