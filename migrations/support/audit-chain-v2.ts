import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * The audit chain's hash as migration 0002 introduced it, for migrations that must append audit rows
 * (adopting data they reshape). Written out here rather than imported from services: migrations stay
 * what they were when they shipped (electron/services/core/audit-chain.ts computes the same hash; a
 * test checks that the two agree).
 */
export const GENESIS = '0'.repeat(64);

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

const field = (value: string | null) => (value === null ? '-' : `${Buffer.byteLength(value)}:${value}`);

export function chainHash(prevHash: string, r: AuditRow): string {
  const text = [prevHash, r.id, field(r.at), field(r.actor), field(r.action), field(r.entity), field(r.entity_id), field(r.before_json), field(r.after_json)];
  return createHash('sha256').update(text.join('\n')).digest('hex');
}

/** Appends one row at the end of the chain (the insert trigger accepts only the next link). */
export async function appendAudit(db: Kysely<unknown>, row: Omit<AuditRow, 'id'>): Promise<void> {
  const { rows } = await sql<{ id: number; hash: string }>`SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1`.execute(db);
  const last = rows[0];
  // Past any id ever used (AUTOINCREMENT's sequence), as SQLite itself would number it.
  const { rows: seq } = await sql<{ seq: number }>`SELECT coalesce(max(seq), 0) AS seq FROM sqlite_sequence WHERE name = 'audit_log'`.execute(db);
  const id = Math.max(last?.id ?? 0, seq[0]?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS;
  const full = { id, ...row };
  await sql`INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash)
    VALUES (${id}, ${row.at}, ${row.actor}, ${row.action}, ${row.entity}, ${row.entity_id}, ${row.before_json},
      ${row.after_json}, ${prevHash}, ${chainHash(prevHash, full)})`.execute(db);
}
