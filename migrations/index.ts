import type { Kysely } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_audit_chain';
import * as m0003 from './0003_coop_profile';
import * as m0004 from './0004_members_search';

export interface Migration {
  /** The schema version this step brings the database to (PRAGMA user_version). */
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Every migration, in order. Registered by hand: no folder scanning, so what ships is what is listed. */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_foundation', up: m0001.up },
  { version: 2, name: '0002_audit_chain', up: m0002.up },
  { version: 3, name: '0003_coop_profile', up: m0003.up },
  { version: 4, name: '0004_members_search', up: m0004.up },
];

export const latestVersion = migrations[migrations.length - 1]!.version;
