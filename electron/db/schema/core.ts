import type { Generated } from 'kysely';

/**
 * The audit log: one row per change made through a service, append-only by trigger, and a hash chain
 * (migrations/0002_audit_chain.ts): `hash` is sha256 over the row's content and `prev_hash`, the hash of
 * the row before it (64 zeros for the first row).
 */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface CoreTables {
  audit_log: AuditLogTable;
}
