/**
 * Table types for Kysely, one file per domain; they mirror migrations/ (tests/fixtures/schema.sql is the
 * reviewed snapshot of the live schema, and a test compares these types with the migrated database).
 * Status and kind columns are typed as the domain's own unions, so no service casts them.
 */
import type { AssembliesTables } from './assemblies';
import type { AttendanceTables } from './attendance';
import type { BudgetsTables } from './budgets';
import type { CapitalTables } from './capital';
import type { CoopTables } from './coop';
import type { CoreTables } from './core';
import type { LedgerTables } from './ledger';
import type { MembersTables } from './members';
import type { PlanningTables } from './planning';
import type { RemunerationTables } from './remuneration';
import type { SurplusTables } from './surplus';

export type { AuditLogTable } from './core';
export type { CapitalOperationTable, CapitalShareClassTable, CapitalSubscriptionTable } from './capital';
export type { CoopProfileTable, StatuteVersionTable } from './coop';
export type { LedgerEntrySealTable, LedgerEntryTable, LedgerLineTable, LedgerAccountCodeTable, LedgerPeriodCloseTable } from './ledger';
export type { MemberStatusChangeTable, MemberTable, RetiredMemberNumberTable } from './members';

export interface DB extends CoreTables, CoopTables, MembersTables, LedgerTables, CapitalTables, AssembliesTables, AttendanceTables, RemunerationTables, PlanningTables, SurplusTables, BudgetsTables {}
