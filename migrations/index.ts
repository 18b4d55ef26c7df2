import type { Kysely } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_audit_chain';
import * as m0003 from './0003_coop_profile';
import * as m0004 from './0004_members_search';
import * as m0005 from './0005_ledger';
import * as m0006 from './0006_capital';

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
  { version: 5, name: '0005_ledger', up: m0005.up },
  { version: 6, name: '0006_capital', up: m0006.up },
];

export const latestVersion = migrations[migrations.length - 1]!.version;
