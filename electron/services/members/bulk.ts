/**
 * Inserting many members at once (import, demo) with prepared statements on the raw handle, in one
 * transaction: the member rows, their status history and their audit rows stand or fall together.
 * The caller has already validated every row; the database's own constraints are the last guard.
 */
import type { Member, StatusChange } from '../../../shared/contract/members';
import type { MemberStatus } from '../../../shared/domain/members';
import type { SqliteHandle } from '../../db/connection';
import type { AuditRecord } from '../core';
import { chainAfter, chainHeadOf, nowIso, type ServiceContext } from '../core';
import { auditedMember } from './audited';
import { minutesOf, searchTextOf } from './rows';

export interface NewStatusChange {
  status: MemberStatus;
  effectiveDate: string;
  cause: string | null;
  resolution: string | null;
}

export type NewMember = Omit<Member, 'id' | 'createdAt' | 'updatedAt'> & {
  /** Oldest first; the last entry's status is the member's status. */
  history: readonly NewStatusChange[];
};

type Value = string | number | null;

const MEMBER_COLUMNS = `member (id, member_number, last_names, first_names, national_id, tax_id, nationality, birth_date,
  email, phone, address, join_date, admission_resolution, category, weekly_minutes, status, status_since, leaving_date,
  leaving_cause, search_text, created_at, updated_at)`;
const CHANGE_COLUMNS = 'member_status_change (id, member_id, status, effective_date, cause, resolution, recorded_at)';
const AUDIT_COLUMNS = 'audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash)';

/** Rows per INSERT: many rows per statement halve the per-row cost of crossing into SQLite. */
const CHUNK = 64;

/** Inserts `rows` (each `width` values) in multi-row INSERTs. */
function insertChunked(handle: SqliteHandle, into: string, width: number, rows: readonly Value[][]): void {
  const statementFor = (count: number) =>
    handle.prepare(`INSERT INTO ${into} VALUES ${Array(count).fill(`(${Array(width).fill('?').join(',')})`).join(',')}`);
  const full = rows.length >= CHUNK ? statementFor(CHUNK) : null;
  let start = 0;
  for (; full && start + CHUNK <= rows.length; start += CHUNK) full.run(rows.slice(start, start + CHUNK).flat());
  if (start < rows.length) statementFor(rows.length - start).run(rows.slice(start).flat());
}

/**
 * Inserts `rows` and writes one audit row each (`action`, after = the member as stored, the same shape
 * toMember gives, with the history rows written), plus `summary` if given, as the next links of the
 * audit chain. Runs inside the caller's transaction when there is one.
 */
export function insertMembersBulk(
  ctx: ServiceContext,
  rows: readonly NewMember[],
  options: { action: string; summary: Omit<AuditRecord, 'before'> | null },
): number {
  const { handle, actor } = ctx;
  const at = nowIso(ctx);

  const run = handle.transaction(() => {
    // Ids are given here rather than by SQLite, so each member's history and audit rows can be batched
    // (and the audit rows, which carry the history rows' ids, chained before they are written).
    // Past both the highest id and any removed one (AUTOINCREMENT's sequence): ids are never reused.
    let id = handle
      .prepare("SELECT max((SELECT coalesce(max(id), 0) FROM member), (SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'member'))")
      .pluck()
      .get() as number;
    let changeId = handle.prepare('SELECT coalesce(max(id), 0) FROM member_status_change').pluck().get() as number;
    const memberRows: Value[][] = [];
    const changeRows: Value[][] = [];
    const audits: { at: string; actor: string; action: string; entity: string; entity_id: string | null; before_json: null; after_json: string }[] = [];
    for (const row of rows) {
      id += 1;
      const minutes = minutesOf(row.weeklyHours);
      memberRows.push([
        id, row.memberNumber, row.lastNames, row.firstNames, row.nationalId, row.taxId, row.nationality,
        row.birthDate, row.email, row.phone, row.address, row.joinDate, row.admissionResolution, row.category,
        minutes, row.status, row.statusSince, row.leavingDate, row.leavingCause, searchTextOf(row), at, at,
      ]);
      const changes: StatusChange[] = row.history.map((change) => {
        changeId += 1;
        const { status, effectiveDate, cause, resolution } = change;
        changeRows.push([changeId, id, status, effectiveDate, cause, resolution, at]);
        return { id: changeId, memberId: id, status, effectiveDate, cause, resolution, recordedAt: at };
      });
      const { history: _history, ...fields } = row;
      // Hours come back from whole minutes, as toMember reads them.
      const member: Member = { id, ...fields, weeklyHours: minutes / 60, createdAt: at, updatedAt: at };
      const after = JSON.stringify(auditedMember(member, changes));
      audits.push({ at, actor, action: options.action, entity: 'member', entity_id: String(id), before_json: null, after_json: after });
    }
    if (options.summary) {
      const { action, entity, entityId, after } = options.summary;
      const entity_id = entityId === null ? null : String(entityId);
      audits.push({ at, actor, action, entity, entity_id, before_json: null, after_json: JSON.stringify(after) });
    }
    const auditRows = chainAfter(chainHeadOf(handle), audits).map((link, i) => {
      const a = audits[i]!;
      return [link.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.before_json, a.after_json, link.prev_hash, link.hash];
    });
    insertChunked(handle, MEMBER_COLUMNS, 22, memberRows);
    insertChunked(handle, CHANGE_COLUMNS, 7, changeRows);
    insertChunked(handle, AUDIT_COLUMNS, 10, auditRows);
  });
  // better-sqlite3 nests a transaction inside the caller's as a savepoint; alone, take the write lock up front.
  if (handle.inTransaction) run();
  else run.immediate();
  return rows.length;
}
