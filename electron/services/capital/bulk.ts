/**
 * Writing many capital operations at once (the demo, an opening-balance import): prepared multi-row
 * INSERTs on the raw handle, the journal through the ledger's bulk path, and one audit row per batch of
 * operations holding each one's fingerprint, so `check` accounts for them as for one written alone.
 */
import type { Locale } from '../../../shared/contract/coop';
import type { SqliteHandle } from '../../db/connection';
import { chainAfter, chainHeadOf, nowIso, type ServiceContext } from '../core';
import { postJournalEntriesBulk, type JournalLine, type NewJournalEntry } from '../ledger';
import { fingerprint } from './checks';
import { memoOf } from './record';

type Value = string | number | null;

export interface BulkSubscription {
  memberId: number;
  classId: number;
  date: string;
  shares: number;
  amount: number;
  lines: readonly { dueDate: string; amount: number }[];
}

export interface BulkRefund {
  memberId: number;
  date: string;
  amount: number;
  lines: readonly { dueDate: string; amount: number }[];
}

export interface BulkOperation {
  date: string;
  kind: 'subscription' | 'payment' | 'transfer' | 'capitalised_return' | 'loss_charge' | 'forfeiture' | 'refund_request' | 'refund_instalment';
  memberId: number;
  memberNumber: number;
  counterpartId: number | null;
  classId: number | null;
  /** Indexes into the batch's subscriptions and refunds. */
  subscription: number | null;
  refund: number | null;
  amount: number;
  method: 'cash' | 'bank' | 'payroll' | null;
  allocationYear?: number | null;
  reference: string | null;
  lines: JournalLine[];
}

const CHUNK = 64;
const AUDIT_BATCH = 500;

function insertChunked(handle: SqliteHandle, into: string, width: number, rows: readonly Value[][]): void {
  const statementFor = (count: number) => handle.prepare(`INSERT INTO ${into} VALUES ${Array(count).fill(`(${Array(width).fill('?').join(',')})`).join(',')}`);
  const full = rows.length >= CHUNK ? statementFor(CHUNK) : null;
  let start = 0;
  for (; full && start + CHUNK <= rows.length; start += CHUNK) full.run(rows.slice(start, start + CHUNK).flat());
  if (start < rows.length) statementFor(rows.length - start).run(rows.slice(start).flat());
}

const lastId = (handle: SqliteHandle, sql: string) => (handle.prepare(sql).pluck().get() as number | null) ?? 0;

/** Writes the batch in the order given (operations already in date order); returns how many operations. */
export function writeCapitalBulk(
  ctx: ServiceContext,
  locale: Locale,
  batch: { subscriptions: readonly BulkSubscription[]; refunds: readonly BulkRefund[]; operations: readonly BulkOperation[] },
): number {
  const { handle } = ctx;
  const recordedAt = nowIso(ctx);
  const run = handle.transaction(() => {
    const firstSub = lastId(handle, 'SELECT max(id) FROM capital_subscription') + 1;
    const firstRefund = lastId(handle, 'SELECT max(id) FROM capital_refund') + 1;
    const firstNumber = lastId(handle, 'SELECT max(number) FROM capital_operation') + 1;
    const firstEntry = lastId(handle, 'SELECT id FROM ledger_entry ORDER BY number DESC LIMIT 1') + 1;

    insertChunked(handle, 'capital_subscription (id, member_id, class_id, date, shares, amount_minor)', 6,
      batch.subscriptions.map((s, i) => [firstSub + i, s.memberId, s.classId, s.date, s.shares, s.amount]));
    insertChunked(handle, 'capital_instalment (subscription_id, number, due_date, amount_minor)', 4,
      batch.subscriptions.flatMap((s, i) => s.lines.map((l, n) => [firstSub + i, n + 1, l.dueDate, l.amount])));
    insertChunked(handle, 'capital_refund (id, member_id, request_date, amount_minor)', 4,
      batch.refunds.map((r, i) => [firstRefund + i, r.memberId, r.date, r.amount]));
    insertChunked(handle, 'capital_refund_instalment (refund_id, number, due_date, amount_minor)', 4,
      batch.refunds.flatMap((r, i) => r.lines.map((l, n) => [firstRefund + i, n + 1, l.dueDate, l.amount])));

    const entries: NewJournalEntry[] = batch.operations.map((op, i) => ({
      date: op.date,
      memo: memoOf(locale, op.kind, op.memberNumber, firstNumber + i),
      source: { kind: 'capital_operation', id: firstNumber + i },
      lines: op.lines,
    }));
    postJournalEntriesBulk(ctx, entries);

    const rows = batch.operations.map((op, i): Value[] => [
      firstNumber + i, op.date, op.kind, op.kind, op.memberId, op.counterpartId, op.classId,
      op.subscription === null ? null : firstSub + op.subscription, op.refund === null ? null : firstRefund + op.refund,
      op.amount, op.method, op.allocationYear ?? null, op.reference, null, firstEntry + i, recordedAt,
    ]);
    insertChunked(handle, `capital_operation (number, date, kind, effect_kind, member_id, counterpart_member_id, class_id, subscription_id,
      refund_id, amount_minor, method, allocation_year, reference, reverses_number, journal_entry_id, recorded_at)`, 16, rows);

    const audits: Value[][] = [];
    let head = chainHeadOf(handle);
    for (let start = 0; start < rows.length; start += AUDIT_BATCH) {
      const prints = batch.operations.slice(start, start + AUDIT_BATCH).map((op, i) =>
        fingerprint({ number: firstNumber + start + i, kind: op.kind, date: op.date, member_id: op.memberId, amount_minor: op.amount }),
      );
      const row = { at: recordedAt, actor: ctx.actor, action: 'capital.bulk', entity: 'capital_operation', entity_id: null, before_json: null, after_json: JSON.stringify({ operations: prints }) };
      const [link] = chainAfter(head, [row]);
      audits.push([link!.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.before_json, row.after_json, link!.prev_hash, link!.hash]);
      head = { id: link!.id, hash: link!.hash };
    }
    insertChunked(handle, 'audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash)', 10, audits);
  });
  run();
  return batch.operations.length;
}
