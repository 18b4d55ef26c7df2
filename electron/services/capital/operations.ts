/** The capital register read back: one operation, or a page of the register for a date range. */
import type { Kysely } from 'kysely';
import type { CapitalOperation } from '../../../shared/contract/capital';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../core';
import { refusal } from './refuse';

function operationQuery(db: Kysely<DB>) {
  return db
    .selectFrom('capital_operation as o')
    .leftJoin('member as m', 'm.id', 'o.member_id')
    .leftJoin('member as c', 'c.id', 'o.counterpart_member_id')
    .leftJoin('ledger_entry as e', 'e.id', 'o.journal_entry_id')
    .leftJoin('capital_operation as r', 'r.reverses_number', 'o.number')
    .select([
      'o.number',
      'o.date',
      'o.kind',
      'o.member_id',
      'm.member_number',
      'm.last_names',
      'm.first_names',
      'c.member_number as counterpart_number',
      'o.subscription_id',
      'o.refund_id',
      'o.amount_minor',
      'o.method',
      'o.allocation_year',
      'o.reference',
      'o.reverses_number',
      'r.number as reversed_by',
      'e.number as entry_number',
      'o.recorded_at',
    ]);
}

type OperationRow = Awaited<ReturnType<ReturnType<typeof operationQuery>['executeTakeFirstOrThrow']>>;

export function toOperation(row: OperationRow): CapitalOperation {
  return {
    number: row.number,
    date: row.date,
    kind: row.kind,
    memberId: row.member_id,
    memberNumber: row.member_number,
    memberName: row.last_names === null ? null : `${row.last_names}, ${row.first_names ?? ''}`,
    counterpartMemberNumber: row.counterpart_number,
    subscriptionId: row.subscription_id,
    refundId: row.refund_id,
    amountMinor: row.amount_minor,
    method: row.method,
    allocationYear: row.allocation_year,
    reference: row.reference,
    reversesNumber: row.reverses_number,
    reversedByNumber: row.reversed_by,
    journalEntryNumber: row.entry_number,
    recordedAt: row.recorded_at,
  };
}

export async function readOperation(db: Kysely<DB>, number: number): Promise<CapitalOperation> {
  const row = await operationQuery(db).where('o.number', '=', number).executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'OPERATION_NOT_FOUND', `The capital register has no operation ${number}.`, { number });
  return toOperation(row);
}

export async function memberOperations(db: Kysely<DB>, memberId: number, from: string, to: string): Promise<CapitalOperation[]> {
  // Two indexed reads (as the member, as a transfer's receiver) joined by number: an OR over the two
  // columns would make SQLite walk the whole register in number order.
  const rows = await operationQuery(db)
    .where('o.number', 'in', (eb) =>
      eb
        .selectFrom('capital_operation')
        .select('number')
        .where('member_id', '=', memberId)
        .where('date', '>=', from)
        .where('date', '<=', to)
        .union(eb.selectFrom('capital_operation').select('number').where('counterpart_member_id', '=', memberId).where('date', '>=', from).where('date', '<=', to)),
    )
    .orderBy('o.number')
    .execute();
  return rows.map(toOperation);
}

export async function registerPage(
  ctx: ServiceContext,
  input: { from: string; to: string; offset: number; limit: number },
): Promise<{ total: number; rows: CapitalOperation[] }> {
  const { total } = await ctx.db
    .selectFrom('capital_operation')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('date', '>=', input.from)
    .where('date', '<=', input.to)
    .executeTakeFirstOrThrow();
  const rows = await operationQuery(ctx.db)
    .where('o.date', '>=', input.from)
    .where('o.date', '<=', input.to)
    .orderBy('o.date')
    .orderBy('o.number')
    .offset(input.offset)
    .limit(input.limit)
    .execute();
  return { total: Number(total), rows: rows.map(toOperation) };
}
