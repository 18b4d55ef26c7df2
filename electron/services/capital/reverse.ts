/**
 * Corrections: the register is never edited; an operation is undone by a reversing one (its amount
 * negated, its journal entry reversed), once, not before its date, and not while later operations
 * depend on it (payments on a subscription, instalments of a refund) or it would leave capital negative.
 */
import type { Kysely } from 'kysely';
import type { CapitalOperation } from '../../../shared/contract/capital';
import type { DB } from '../../db/schema';
import type { CapitalOperationTable } from '../../db/schema/capital';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { reverseJournalEntry } from '../ledger';
import { requireOpenPeriod } from './guards';
import { readOperation } from './operations';
import { memberPosition } from './position';
import { booksLocale, memoOf, nextOperationNumber } from './record';
import { moneyRefusal, refusal } from './refuse';

async function dependents(trx: Kysely<DB>, op: CapitalOperationTable): Promise<number> {
  let query = trx.selectFrom('capital_operation as o').select((eb) => eb.fn.sum<number>(eb.lit(1)).as('n')).where('o.kind', '!=', 'reversal').where('o.number', '!=', op.number);
  query = query.where((eb) => eb.not(eb.exists(eb.selectFrom('capital_operation as r').select('r.number').whereRef('r.reverses_number', '=', 'o.number'))));
  if (op.kind === 'subscription') query = query.where('o.subscription_id', '=', op.subscription_id);
  else if (op.kind === 'refund_request') query = query.where('o.refund_id', '=', op.refund_id).where('o.kind', '=', 'refund_instalment');
  else return 0;
  return Number((await query.executeTakeFirst())?.n ?? 0);
}

/** Undoing it must not leave the member (or a transfer's receiver) with less than nothing paid in. */
async function requireCoverage(trx: Kysely<DB>, op: CapitalOperationTable): Promise<void> {
  const taken = op.kind === 'payment' || op.kind === 'capitalised_return' ? op.member_id : op.kind === 'transfer' ? op.counterpart_member_id : null;
  if (taken === null || op.class_id === null) return;
  const held = (await memberPosition(trx, taken, null)).paidInByClass.get(op.class_id) ?? 0;
  if (held < op.amount_minor) {
    throw await moneyRefusal(trx, 'CONFLICT', 'REVERSAL_LEAVES_NEGATIVE', `Reversing operation ${op.number} would leave less than nothing paid in (${held} held).`, {
      number: op.number,
      held,
    });
  }
}

export async function reverseOperation(ctx: ServiceContext, input: { operationNumber: number; date: string; reason: string }): Promise<CapitalOperation> {
  return inTransaction(ctx, async (trx, audit) => {
    const op = await trx.selectFrom('capital_operation').selectAll().where('number', '=', input.operationNumber).executeTakeFirst();
    const params = { number: input.operationNumber };
    if (!op) throw refusal('NOT_FOUND', 'OPERATION_NOT_FOUND', `The capital register has no operation ${input.operationNumber}.`, params);
    if (op.kind === 'reversal') throw refusal('CONFLICT', 'REVERSAL_OF_REVERSAL', `Operation ${op.number} is itself a reversal.`, params);
    const already = await trx.selectFrom('capital_operation').select('number').where('reverses_number', '=', op.number).executeTakeFirst();
    if (already) throw refusal('CONFLICT', 'ALREADY_REVERSED', `Operation ${op.number} was already reversed by ${already.number}.`, { ...params, by: already.number });
    if (input.date < op.date) throw refusal('BAD_INPUT', 'REVERSAL_BEFORE_OPERATION', `A reversal cannot be dated before the operation (${op.date}).`, { ...params, date: op.date });
    await requireOpenPeriod(trx, input.date);
    if ((await dependents(trx, op)) > 0) {
      throw refusal('CONFLICT', 'REVERSAL_HAS_DEPENDENTS', `Later operations depend on operation ${op.number}; reverse them first.`, params);
    }
    await requireCoverage(trx, op);
    const number = await nextOperationNumber(trx);
    const member = op.member_id === null ? null : await trx.selectFrom('member').select('member_number').where('id', '=', op.member_id).executeTakeFirst();
    const memo = `${memoOf(await booksLocale(trx), 'reversal', member?.member_number ?? null, number)}: ${input.reason}`;
    const entry = op.journal_entry_id === null ? null : await reverseJournalEntry(trx, ctx, op.journal_entry_id, { date: input.date, memo });
    const row = {
      ...op,
      number,
      date: input.date,
      kind: 'reversal' as const,
      amount_minor: -op.amount_minor,
      reference: input.reason,
      reverses_number: op.number,
      journal_entry_id: entry?.id ?? null,
      recorded_at: nowIso(ctx),
    };
    await trx.insertInto('capital_operation').values(row).execute();
    await audit({ action: 'capital.reversal', entity: 'capital_operation', entityId: number, before: op, after: row });
    return readOperation(trx, number);
  });
}
