/** Share classes and the capital policy: read, save, audited. */
import type { z } from 'zod';
import type { CapitalPolicy, ShareClass, shareClassFields } from '../../../shared/contract/capital';
import { ceilingBelowFloor } from '../../../shared/domain/capital';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { refusal } from './refuse';
import { readClass, readPolicy, toShareClass } from './rows';

export async function listClasses(ctx: ServiceContext): Promise<ShareClass[]> {
  const rows = await ctx.db.selectFrom('capital_share_class').selectAll().orderBy('id').execute();
  return rows.map(toShareClass);
}

type ClassInput = z.output<typeof shareClassFields> & { id: number | null };

export async function saveClass(ctx: ServiceContext, input: ClassInput): Promise<ShareClass> {
  return inTransaction(ctx, async (trx, audit) => {
    const clash = await trx.selectFrom('capital_share_class').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== input.id) throw refusal('DUPLICATE', 'CLASS_NAME_TAKEN', `A share class is already named ${input.name}.`, { name: input.name });
    const values = {
      name: input.name,
      nominal_minor: input.nominalMinor,
      minimum_subscription_minor: input.minimumSubscriptionMinor,
      minimum_paid_now_num: input.minimumPaidNow.num,
      minimum_paid_now_den: input.minimumPaidNow.den,
      refund_right: input.refundRight,
      active: input.active ? (1 as const) : (0 as const),
      updated_at: nowIso(ctx),
    };
    if (input.id === null) {
      const { id } = await trx.insertInto('capital_share_class').values({ ...values, created_at: values.updated_at }).returning('id').executeTakeFirstOrThrow();
      const saved = await readClass(trx, id);
      await audit({ action: 'capital.saveClass', entity: 'capital_share_class', entityId: id, before: null, after: saved });
      return saved;
    }
    const before = await readClass(trx, input.id);
    // The posted entries put this class's capital in one account; the nominal value and the refund right
    // that decide them may change only while no capital is held in the class.
    const used = await trx.selectFrom('capital_operation').select('number').where('class_id', '=', input.id).limit(1).executeTakeFirst();
    if (used && (before.refundRight !== input.refundRight || before.nominalMinor !== input.nominalMinor)) {
      throw refusal('HAS_HISTORY', 'CLASS_IN_USE', `Share class ${before.name} holds capital; its nominal value and refund right can no longer change.`, {
        name: before.name,
      });
    }
    await trx.updateTable('capital_share_class').set(values).where('id', '=', input.id).execute();
    const saved = await readClass(trx, input.id);
    await audit({ action: 'capital.saveClass', entity: 'capital_share_class', entityId: input.id, before, after: saved });
    return saved;
  });
}

export function getPolicy(ctx: ServiceContext): Promise<CapitalPolicy> {
  return readPolicy(ctx.db);
}

export async function updatePolicy(ctx: ServiceContext, input: CapitalPolicy): Promise<CapitalPolicy> {
  return inTransaction(ctx, async (trx, audit) => {
    const coop = await trx.selectFrom('coop_profile').select('framework').executeTakeFirst();
    if (ceilingBelowFloor(input.refundCeiling, coop?.framework ?? 'custom')) {
      throw refusal('BAD_INPUT', 'CEILING_BELOW_FLOOR', 'In Argentina the yearly refund ceiling may not be below 5% of paid-in capital.');
    }
    const before = await readPolicy(trx);
    await trx
      .updateTable('capital_policy')
      .set({
        refund_ceiling_num: input.refundCeiling?.num ?? null,
        refund_ceiling_den: input.refundCeiling?.den ?? null,
        refund_instalments: input.refundInstalments,
        pending_rate_num: input.pendingRefundRate?.num ?? null,
        pending_rate_den: input.pendingRefundRate?.den ?? null,
        forfeiture_notice_days: input.forfeitureNoticeDays,
        revolving_years: input.revolvingYears,
        updated_at: nowIso(ctx),
      })
      .where('id', '=', 1)
      .execute();
    const after = await readPolicy(trx);
    await audit({ action: 'capital.updatePolicy', entity: 'capital_policy', entityId: 1, before, after });
    return after;
  });
}
