/**
 * The closed period: the books are closed up to a date, and nothing is posted or reversed on or before it
 * (the database refuses it too). A closing is final; the next one must be later.
 */
import type { Kysely } from 'kysely';
import { DomainError } from '../../../shared/contract/errors';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../core';

export async function closedThrough(db: Kysely<DB>): Promise<string | null> {
  const row = await db.selectFrom('ledger_period_close').select((eb) => eb.fn.max('closed_through').as('through')).executeTakeFirst();
  return row?.through ?? null;
}

export async function closePeriod(ctx: ServiceContext, input: { through: string; reason: string }): Promise<void> {
  const today = nowIso(ctx).slice(0, 10);
  // Books are closed on days that have passed; closing ahead would refuse the operations still to come.
  if (input.through >= today) {
    throw new DomainError('BAD_INPUT', `Only past days can be closed; ${input.through} is not before today`, {
      key: 'ledger:errors.closeFuture',
      params: { through: input.through },
    });
  }
  await inTransaction(ctx, async (trx, audit) => {
    const current = await closedThrough(trx);
    if (current !== null && input.through <= current) {
      throw new DomainError('CONFLICT', `The books are already closed through ${current}`, {
        key: 'ledger:errors.alreadyClosed',
        params: { closedThrough: current },
      });
    }
    const row = { closed_through: input.through, reason: input.reason, closed_at: nowIso(ctx), actor: ctx.actor };
    const { id } = await trx.insertInto('ledger_period_close').values(row).returning('id').executeTakeFirstOrThrow();
    await audit({ action: 'ledger.closePeriod', entity: 'ledger_period_close', entityId: id, before: { closedThrough: current }, after: { closedThrough: input.through, reason: input.reason } });
  });
}
