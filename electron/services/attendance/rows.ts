/**
 * The attendance tables through prepared statements on the raw handle: the grid, bulk days and the import
 * write many small rows inside one synchronous transaction (measured in tests/bench/attendance.ts).
 * SQLite-only by design, kept in this one file.
 */
import type { AttendanceRecord } from '../../../shared/contract/attendance';
import type { SqliteHandle } from '../../db/connection';
import { chainAfter, chainHeadOf, nowIso, type AuditRecord, type ServiceContext } from '../core';
import type { StoredRecord } from './entry';

export interface NewRecord extends StoredRecord {
  memberId: number;
  date: string;
}

interface RecordRow {
  id: number;
  member_id: number;
  date: string;
  kind: AttendanceRecord['kind'];
  minutes: number;
  clock_in: string | null;
  clock_out: string | null;
  note: string | null;
}

export const RECORD_COLUMNS = 'id, member_id, date, kind, minutes, clock_in, clock_out, note';

export function toRecord(r: RecordRow): AttendanceRecord {
  return { id: r.id, memberId: r.member_id, date: r.date, kind: r.kind, minutes: r.minutes, clockIn: r.clock_in, clockOut: r.clock_out, note: r.note };
}

/**
 * Replaces the records of one member's day and answers what they were, with its statements prepared once
 * for a whole grid (SQLite compiles a statement on each prepare; a month's grid has thousands of cells).
 */
export function dayRewriter(handle: SqliteHandle): (memberId: number, date: string, records: readonly NewRecord[]) => AttendanceRecord[] {
  const select = handle.prepare(`SELECT ${RECORD_COLUMNS} FROM attendance_record WHERE member_id = ? AND date = ? ORDER BY clock_in, id`);
  const remove = handle.prepare('DELETE FROM attendance_record WHERE member_id = ? AND date = ?');
  const inserter = recordInserter(handle);
  return (memberId, date, records) => {
    const before = (select.all(memberId, date) as RecordRow[]).map(toRecord);
    remove.run(memberId, date);
    insertRecords(handle, records, inserter);
    return before;
  };
}

export function recordsBetween(handle: SqliteHandle, from: string, to: string, memberIds: readonly number[] | null): AttendanceRecord[] {
  if (memberIds !== null && memberIds.length === 0) return [];
  const filter = memberIds === null ? '' : ` AND member_id IN (SELECT value FROM json_each(?))`;
  const params: unknown[] = [from, to];
  if (memberIds !== null) params.push(JSON.stringify(memberIds));
  const rows = handle
    .prepare(`SELECT ${RECORD_COLUMNS} FROM attendance_record WHERE date BETWEEN ? AND ?${filter} ORDER BY member_id, date, clock_in, id`)
    .all(...params) as RecordRow[];
  return rows.map(toRecord);
}

/** Rows per INSERT: many rows per statement cut the per-row cost of crossing into SQLite. */
export const CHUNK = 50;
const WIDTH = 7;
const INSERT = 'INSERT INTO attendance_record (member_id, date, kind, minutes, clock_in, clock_out, note) VALUES ';

/** A prepared multi-row insert and the single-row one for the tail, reused across calls. */
export function recordInserter(handle: SqliteHandle): { full: (values: unknown[]) => void; one: (values: unknown[]) => void } {
  const full = handle.prepare(INSERT + Array(CHUNK).fill(`(${Array(WIDTH).fill('?').join(',')})`).join(','));
  const one = handle.prepare(`${INSERT}(${Array(WIDTH).fill('?').join(',')})`);
  return { full: (values) => full.run(values), one: (values) => one.run(values) };
}

export function insertRecords(handle: SqliteHandle, records: readonly NewRecord[], inserter = recordInserter(handle)): void {
  const { full, one } = inserter;
  let start = 0;
  const valuesOf = (r: NewRecord) => [r.memberId, r.date, r.kind, r.minutes, r.clockIn, r.clockOut, r.note];
  for (; start + CHUNK <= records.length; start += CHUNK) full(records.slice(start, start + CHUNK).flatMap(valuesOf));
  for (; start < records.length; start += 1) one(valuesOf(records[start]!));
}

/** Writes audit rows as the next links of the chain, on the raw handle, inside the caller's transaction. */
export function auditNow(ctx: ServiceContext, records: readonly AuditRecord[]): void {
  const at = nowIso(ctx);
  const rows = records.map((r) => ({
    at,
    actor: ctx.actor,
    action: r.action,
    entity: r.entity,
    entity_id: r.entityId === null ? null : String(r.entityId),
    before_json: r.before === null || r.before === undefined ? null : JSON.stringify(r.before),
    after_json: r.after === null || r.after === undefined ? null : JSON.stringify(r.after),
  }));
  const insert = ctx.handle.prepare(
    'INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)',
  );
  chainAfter(chainHeadOf(ctx.handle), rows).forEach((link, i) => {
    const a = rows[i]!;
    insert.run(link.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.before_json, a.after_json, link.prev_hash, link.hash);
  });
}
