/**
 * The honest limit for the import figure: the same work without the app. The CSV is parsed by the same
 * parser (papaparse) and exactly the rows Minga's import wrote — members, their status history and the
 * audit rows, read back from Minga's file — are inserted by prepared statements in one transaction, into
 * a copy of the database as it stood before the import (so the audit chain's next link fits).
 */
import type { SqliteHandle } from '../../electron/db/connection';
import Papa from 'papaparse';
import { timeOnce } from './stats';

/** The tables an import writes, in the order their foreign keys need. */
export const importedTables = ['member', 'member_status_change', 'audit_log'] as const;
type ImportedTable = (typeof importedTables)[number];

export type HighestIds = Record<ImportedTable, number>;

export function highestIds(handle: SqliteHandle): HighestIds {
  const highest = (table: ImportedTable) => handle.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  return { member: highest('member'), member_status_change: highest('member_status_change'), audit_log: highest('audit_log') };
}

interface WrittenRows {
  table: ImportedTable;
  columns: string[];
  rows: unknown[][];
}

/** The rows written after `before`, every stored column (generated ones are SQLite's to compute). */
export function rowsWrittenSince(handle: SqliteHandle, before: HighestIds): WrittenRows[] {
  return importedTables.map((table) => {
    const columns = (handle.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]);
    const rows = handle
      .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${table} WHERE id > ? ORDER BY id`)
      .raw()
      .all(before[table]) as unknown[][];
    return { table, columns, rows };
  });
}

function inserter(handle: SqliteHandle, written: WrittenRows[]): () => void {
  const statements = written.map(({ table, columns, rows }) => ({
    insert: handle.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`),
    rows,
  }));
  return handle.transaction(() => {
    for (const { insert, rows } of statements) for (const row of rows) insert.run(row);
  });
}

/** Milliseconds to parse `csv` with papaparse and insert `written` on `handle` (the pre-import copy). */
export function timeParseAndInsert(handle: SqliteHandle, csv: Uint8Array, written: WrittenRows[]): number {
  const insertAll = inserter(handle, written);
  return timeOnce(() => {
    const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(csv), { header: true, skipEmptyLines: true });
    if (parsed.data.length === 0) throw new Error('the CSV parsed to no rows');
    insertAll();
  });
}

/** Milliseconds to insert `written` alone, already parsed. */
export function timeInsertOnly(handle: SqliteHandle, written: WrittenRows[]): number {
  const insertAll = inserter(handle, written);
  return timeOnce(insertAll);
}
