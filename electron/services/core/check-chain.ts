/**
 * Walks the audit log's hash chain in id order: every row's hash must match its content, every row must
 * name the previous row's hash, ids run without gaps, and SQLite's AUTOINCREMENT counter must not be past
 * the last row (rows cut from the end). Appending rows with correct hashes is caught by the domains'
 * checks (the state they claim is not the state found) and by a chain head recorded outside the file.
 */
import type { SqliteHandle } from '../../db/connection';
import { auditRowHash, GENESIS_HASH, type AuditContent, type ChainHead } from './audit-chain';
import { finding, type Finding } from './domain';

type StoredRow = AuditContent & { prev_hash: unknown; hash: unknown };

export function verifyAuditChain(handle: SqliteHandle, upTo: number | null = null): { findings: Finding[]; head: ChainHead | null } {
  const findings: Finding[] = [];
  let expectedId = 1;
  let prevHash = GENESIS_HASH;
  let head: ChainHead | null = null;
  const rows = handle
    .prepare('SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash FROM audit_log WHERE id <= ? ORDER BY id')
    .iterate(upTo ?? Number.MAX_SAFE_INTEGER) as IterableIterator<StoredRow>;
  for (const row of rows) {
    const gap = row.id !== expectedId;
    if (gap) {
      const one = row.id - expectedId === 1;
      findings.push(one ? finding('backups:check.chain.gapOne', { id: expectedId }) : finding('backups:check.chain.gap', { from: expectedId, to: row.id - 1 }));
    }
    // After a gap the link is broken by definition; say it once.
    if (!gap && row.prev_hash !== prevHash) findings.push(finding('backups:check.chain.link', { id: row.id }));
    if (typeof row.prev_hash !== 'string' || row.hash !== auditRowHash(row.prev_hash, row)) {
      findings.push(finding('backups:check.chain.hash', { id: row.id }));
    }
    prevHash = typeof row.hash === 'string' ? row.hash : '';
    expectedId = row.id + 1;
    head = { id: row.id, hash: prevHash };
  }
  // A history checked only up to an anchor says nothing about the rows after it.
  if (upTo !== null) return { findings, head };
  const counter = handle.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get() as number | undefined;
  const lastId = head?.id ?? 0;
  if ((counter ?? 0) !== lastId) findings.push(finding('backups:check.chain.counter', { counter: counter ?? 0, id: lastId }));
  return { findings, head };
}

/**
 * Whether the audit history up to `anchor` (a chain head printed on a signed act) is intact: the row that
 * hash names must still be there, and every row up to it must still chain. A history rewritten with fresh
 * hashes no longer holds the anchor the paper carries.
 */
export function verifyAnchor(handle: SqliteHandle, anchor: string): { found: false } | { found: true; id: number; findings: Finding[] } {
  const id = handle.prepare('SELECT id FROM audit_log WHERE hash = ?').pluck().get(anchor) as number | undefined;
  if (id === undefined) return { found: false };
  return { found: true, id, findings: verifyAuditChain(handle, id).findings };
}
