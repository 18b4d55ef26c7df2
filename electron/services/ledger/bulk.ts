/**
 * The bulk writers' path (the demo, an opening-balance import): the same rules as postJournalEntry, on
 * prepared statements over the raw handle, inside the caller's transaction (a savepoint of it, or a
 * transaction of its own when called outside one). One audit row records each batch of entries with
 * their hashes, so `check` accounts for every entry as it does for one posted alone.
 */
import { chainAfter, chainHeadOf, nowIso, type ServiceContext } from '../core';
import { entryHash, GENESIS_HASH } from './chain';
import { linesOf } from './post';
import { refuseClosedPeriod, refuseMalformedEntry, refuseUnknownMembers } from './refusals';
import type { NewJournalEntry } from './types';

/** Entries per audit row: keeps each row's JSON small while the demo writes tens of thousands. */
const AUDIT_BATCH = 500;

/** Posts `entries` in order; returns how many were posted. */
export function postJournalEntriesBulk(ctx: ServiceContext, entries: readonly NewJournalEntry[]): number {
  const { handle } = ctx;
  const insertEntry = handle.prepare(`INSERT INTO ledger_entry (id, number, date, memo, source_kind, source_id, reverses_id,
    posted_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`);
  const insertLine = handle.prepare(`INSERT INTO ledger_line (entry_id, line_no, account, member_number, debit_minor, credit_minor)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const insertSeal = handle.prepare('INSERT INTO ledger_entry_seal (entry_id, line_count, total_minor) VALUES (?, ?, ?)');
  const insertAudit = handle.prepare(`INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  const post = handle.transaction(() => {
    const closed = (handle.prepare('SELECT max(closed_through) FROM ledger_period_close').pluck().get() as string | null) ?? null;
    const members = new Set(handle.prepare('SELECT member_number FROM member').pluck().all() as number[]);
    const last = handle.prepare('SELECT id, number, hash FROM ledger_entry ORDER BY number DESC LIMIT 1').get() as
      | { id: number; number: number; hash: string }
      | undefined;
    let id = last?.id ?? 0;
    let number = last?.number ?? 0;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const postedAt = nowIso(ctx);
    let batch: [number, number, string][] = [];

    const flushAudit = () => {
      if (batch.length === 0) return;
      const row: Parameters<typeof chainAfter>[1][number] = {
        at: postedAt,
        actor: ctx.actor,
        action: 'ledger.postBulk',
        entity: 'ledger_entry',
        entity_id: null,
        before_json: null,
        after_json: JSON.stringify({ entries: batch }),
      };
      const [link] = chainAfter(chainHeadOf(handle), [row]);
      insertAudit.run(link!.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.before_json, row.after_json, link!.prev_hash, link!.hash);
      batch = [];
    };

    for (const entry of entries) {
      refuseMalformedEntry(entry);
      refuseClosedPeriod(entry.date, closed);
      refuseUnknownMembers(entry, (n) => members.has(n));
      id += 1;
      number += 1;
      const content = {
        id,
        number,
        date: entry.date,
        memo: entry.memo.trim(),
        source_kind: entry.source.kind,
        source_id: String(entry.source.id),
        reverses_id: null,
        posted_at: postedAt,
      };
      const lines = linesOf(entry.lines);
      const hash = entryHash(prevHash, content, lines);
      insertEntry.run(id, number, content.date, content.memo, content.source_kind, content.source_id, postedAt, prevHash, hash);
      let total = 0;
      for (const l of lines) {
        insertLine.run(id, l.line_no, l.account, l.member_number, l.debit_minor, l.credit_minor);
        total += l.debit_minor;
      }
      insertSeal.run(id, lines.length, total);
      prevHash = hash;
      batch.push([id, number, hash]);
      if (batch.length === AUDIT_BATCH) flushAudit();
    }
    flushAudit();
  });
  post();
  return entries.length;
}
