/**
 * The journal's own hash chain: each entry's hash covers its content, its lines and the previous entry's
 * hash, so an amount changed, a line removed or added, or an entry renumbered anywhere shows in `check`.
 * The database requires each new entry to name the last entry's hash (migrations/0005_ledger.ts).
 */
import { createHash } from 'node:crypto';

/** The `prev_hash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface EntryContent {
  id: number;
  number: number;
  date: string;
  memo: string;
  source_kind: string;
  source_id: string;
  reverses_id: number | null;
  posted_at: string;
}

export interface LineContent {
  line_no: number;
  account: string;
  member_number: number | null;
  debit_minor: number;
  credit_minor: number;
}

/** A text as hashed: its UTF-8 byte length before it, so no value can pass for two; NULL as '-'. */
const field = (value: string | null) => (value === null ? '-' : `${Buffer.byteLength(value)}:${value}`);
const integer = (value: number | null) => (value === null ? '-' : String(value));

/**
 * sha256 (hex) of these lines joined by '\n': the previous entry's hash, id, number, date, memo,
 * source_kind, source_id, reverses_id and posted_at, then one line per journal line in line_no order:
 * `line_no|account|member_number|debit_minor|credit_minor` (texts as `<UTF-8 byte length>:<text>`,
 * NULL as `-`). A verifier outside Minga can redo it from this comment alone.
 */
export function entryHash(prevHash: string, entry: EntryContent, lines: readonly LineContent[]): string {
  const text = [
    prevHash,
    integer(entry.id),
    integer(entry.number),
    field(entry.date),
    field(entry.memo),
    field(entry.source_kind),
    field(entry.source_id),
    integer(entry.reverses_id),
    field(entry.posted_at),
    ...[...lines]
      .sort((a, b) => a.line_no - b.line_no)
      .map((l) => [integer(l.line_no), field(l.account), integer(l.member_number), integer(l.debit_minor), integer(l.credit_minor)].join('|')),
  ];
  return createHash('sha256').update(text.join('\n')).digest('hex');
}
