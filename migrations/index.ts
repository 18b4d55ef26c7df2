import type { Kysely } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_audit_chain';
import * as m0003 from './0003_coop_profile';
import * as m0004 from './0004_members_search';
import * as m0005 from './0005_ledger';
import * as m0006 from './0006_capital';
import * as m0007 from './0007_assemblies';
import * as m0008 from './0008_attendance';
import * as m0009 from './0009_remuneration';
import * as m0010 from './0010_planning';
import * as m0011 from './0011_surplus';
import * as m0012 from './0012_budgets';
import * as m0013 from './0013_surplus_projection';
import * as m0014 from './0014_capitalisation';
import * as m0015 from './0015_pay_run_hash';
import * as m0016 from './0016_applied_plan_hash';

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
  { version: 7, name: '0007_assemblies', up: m0007.up },
  { version: 8, name: '0008_attendance', up: m0008.up },
  { version: 9, name: '0009_remuneration', up: m0009.up },
  { version: 10, name: '0010_planning', up: m0010.up },
  { version: 11, name: '0011_surplus', up: m0011.up },
  { version: 12, name: '0012_budgets', up: m0012.up },
  { version: 13, name: '0013_surplus_projection', up: m0013.up },
  { version: 14, name: '0014_capitalisation', up: m0014.up },
  { version: 15, name: '0015_pay_run_hash', up: m0015.up },
  { version: 16, name: '0016_applied_plan_hash', up: m0016.up },
];

export const latestVersion = migrations[migrations.length - 1]!.version;
