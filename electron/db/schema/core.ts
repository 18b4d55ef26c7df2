import type { Generated } from 'kysely';

/** The audit log: one row per change made through a service, append-only by trigger. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface CoreTables {
  audit_log: AuditLogTable;
}
