/**
 * Appends one operation to the capital register with its journal entry and its audit row, all inside the
 * caller's transaction: the register number is the next one (the database refuses a gap), the entry goes
 * through the ledger's postJournalEntry, and the row keeps the entry's id for `check`.
 */
import type { Kysely } from 'kysely';
import type { OperationKind, PaymentMethod } from '../../../shared/contract/capital';
import type { Locale } from '../../../shared/contract/coop';
import { translate } from '../../../shared/i18n/catalogue';
import type { DB } from '../../db/schema';
import { nowIso, type AuditWriter, type ServiceContext } from '../core';
import { postJournalEntry, type JournalLine } from '../ledger';

export interface NewOperation {
  date: string;
  kind: Exclude<OperationKind, 'reversal'>;
  memberId: number | null;
  counterpartMemberId?: number | null;
  classId: number | null;
  subscriptionId?: number | null;
  refundId?: number | null;
  amountMinor: number;
  method?: PaymentMethod | null;
  allocationYear?: number | null;
  reference?: string | null;
}

export async function nextOperationNumber(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('capital_operation').select((eb) => eb.fn.max('number').as('last')).executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

export async function booksLocale(db: Kysely<DB>): Promise<Locale> {
  const row = await db.selectFrom('coop_profile').select('locale').executeTakeFirst();
  return (row?.locale ?? 'en') as Locale;
}

/** The journal memo in the books' language: "Capital payment, member 12 (op. 345)". */
export function memoOf(locale: Locale, kind: OperationKind, memberNumber: number | null, number: number): string {
  return translate(locale, `capital:memo.${kind}`, { member: memberNumber ?? '', number });
}

export async function recordOperation(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  audit: AuditWriter,
  op: NewOperation,
  journal: { memberNumber: number | null; lines: JournalLine[] },
): Promise<number> {
  const number = await nextOperationNumber(trx);
  const memo = memoOf(await booksLocale(trx), op.kind, journal.memberNumber, number);
  const entry = await postJournalEntry(trx, ctx, { date: op.date, memo, source: { kind: 'capital_operation', id: number }, lines: journal.lines });
  const row = {
    number,
    date: op.date,
    kind: op.kind,
    effect_kind: op.kind,
    member_id: op.memberId,
    counterpart_member_id: op.counterpartMemberId ?? null,
    class_id: op.classId,
    subscription_id: op.subscriptionId ?? null,
    refund_id: op.refundId ?? null,
    amount_minor: op.amountMinor,
    method: op.method ?? null,
    allocation_year: op.allocationYear ?? null,
    reference: op.reference ?? null,
    reverses_number: null,
    journal_entry_id: entry.id,
    recorded_at: nowIso(ctx),
  };
  await trx.insertInto('capital_operation').values(row).execute();
  await audit({ action: `capital.${op.kind}`, entity: 'capital_operation', entityId: number, before: null, after: { ...row, journalEntryNumber: entry.number } });
  return number;
}
