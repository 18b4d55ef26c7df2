/**
 * The export's hot path (architecture.md: a measured prepared statement in the domain's own data-access
 * file): every posting of a period, in book order, streamed row by row with better-sqlite3's `iterate`
 * so a million postings are never held at once. The order is the journal's (date, then entry number,
 * then line), which the `ledger_entry_date` index and the lines' (entry_id, line_no) key give without a sort.
 */
import type { SqliteHandle } from '../../db/connection';
import type { AccountKey } from '../../../shared/domain/ledger/accounts';

export const postingsOfPeriodSql = `SELECT e.number, e.date, l.account, l.member_number, e.memo, l.debit_minor, l.credit_minor,
    e.source_kind, e.source_id
  FROM ledger_entry e JOIN ledger_line l ON l.entry_id = e.id
  WHERE e.date >= ? AND e.date <= ?
  ORDER BY e.date, e.number, l.line_no`;

/** One posting as the statement gives it: [number, date, account, member, memo, debit, credit, source kind, source id]. */
export type PostingRow = [number, string, AccountKey, number | null, string, number, number, string, string];

export const P = { number: 0, date: 1, account: 2, member: 3, memo: 4, debit: 5, credit: 6, sourceKind: 7, sourceId: 8 } as const;

export function postingsOfPeriod(handle: SqliteHandle, from: string, to: string): IterableIterator<PostingRow> {
  return handle.prepare(postingsOfPeriodSql).raw().iterate(from, to) as IterableIterator<PostingRow>;
}

export function countPostingsOfPeriod(handle: SqliteHandle, from: string, to: string): number {
  return handle
    .prepare('SELECT count(*) FROM ledger_entry e JOIN ledger_line l ON l.entry_id = e.id WHERE e.date >= ? AND e.date <= ?')
    .pluck()
    .get(from, to) as number;
}
