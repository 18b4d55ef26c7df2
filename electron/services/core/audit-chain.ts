/**
 * The audit log's hash chain: each row's hash covers its content and the previous row's hash, so changing,
 * removing or inserting a row anywhere but at the end breaks every link after it. The last row's id and
 * hash (the chain head) recorded outside the file also pin the end. Same rule as migrations/0002_audit_chain.ts.
 */
import { createHash } from 'node:crypto';
import type { SqliteHandle } from '../../db/connection';

/** The `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit row as stored, without its chain columns. */
export interface AuditContent {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface ChainHead {
  id: number;
  hash: string;
}

/** A text column as hashed: its UTF-8 byte length before it, so no value can pass for two; NULL as '-'. */
const field = (value: string | null) => (value === null ? '-' : `${Buffer.byteLength(value)}:${value}`);

/**
 * sha256 (hex) of these lines joined by '\n': the previous row's hash, the id, then at, actor, action,
 * entity, entity_id, before_json and after_json, each as `<UTF-8 byte length>:<text>` or `-` for NULL.
 * A verifier outside Minga (a script holding a recorded chain head) can redo it from this comment alone.
 */
export function auditRowHash(prevHash: string, r: AuditContent): string {
  const text = [prevHash, r.id, field(r.at), field(r.actor), field(r.action), field(r.entity), field(r.entity_id), field(r.before_json), field(r.after_json)];
  return createHash('sha256').update(text.join('\n')).digest('hex');
}

export interface ChainLink {
  id: number;
  prev_hash: string;
  hash: string;
}

/** The chain columns of `rows` appended after `head`, in order: each gets the next id and its hashes. */
export function chainAfter(head: ChainHead | null, rows: readonly Omit<AuditContent, 'id'>[]): ChainLink[] {
  let id = head?.id ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return rows.map((row) => {
    id += 1;
    const link = { id, prev_hash: prevHash, hash: auditRowHash(prevHash, { ...row, id }) };
    prevHash = link.hash;
    return link;
  });
}

/** The chain head read on the raw handle (bulk inserts and `check` run there). */
export function chainHeadOf(handle: SqliteHandle): ChainHead | null {
  return (handle.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as ChainHead | undefined) ?? null;
}
