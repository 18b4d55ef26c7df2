/**
 * An approved version's content, hashed canonically: approval stores the hash, and `check` recomputes it
 * from the rows, so a line edited behind the app's back (the triggers dropped) shows.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface StoredLine {
  line_no: number;
  account: string;
  label: string;
  month: number;
  amount_minor: number;
}

export interface HashedVersion {
  id: number;
  year: number;
  number: number;
  resolution_id: number | null;
}

export function versionHash(version: HashedVersion, lines: readonly StoredLine[]): string {
  const canonical = {
    version: [version.id, version.year, version.number, version.resolution_id],
    lines: [...lines].sort((a, b) => a.line_no - b.line_no || a.month - b.month).map((l) => [l.line_no, l.account, l.label, l.month, l.amount_minor]),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

export function storedLines(db: Kysely<DB>, versionId: number): Promise<StoredLine[]> {
  return db.selectFrom('budget_line').select(['line_no', 'account', 'label', 'month', 'amount_minor']).where('version_id', '=', versionId).orderBy('line_no').orderBy('month').execute();
}
