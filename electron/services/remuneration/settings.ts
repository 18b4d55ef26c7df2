/**
 * Remuneration settings: what the coop calls pay, what approving does with a broken pay ratio (the
 * profile's choice: block or warn), monthly or weekly runs, and whether capital instalments come out of pay.
 * Until a coop saves its own, the framework's usual words apply.
 */
import type { Kysely } from 'kysely';
import type { PayLabel, RemunerationSettings } from '../../../shared/contract/remuneration';
import type { LegalFramework } from '../../../shared/domain/statute';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../core';

const labelOf: Record<LegalFramework, PayLabel> = {
  AR: 'anticipos-de-retorno',
  ES: 'anticipos-societarios',
  BR: 'retiradas',
  US: 'pay',
  custom: 'pay',
};

async function frameworkOf(db: Kysely<DB>): Promise<LegalFramework> {
  const row = await db.selectFrom('coop_profile').select('framework').executeTakeFirst();
  return (row?.framework as LegalFramework | undefined) ?? 'custom';
}

export async function readSettings(db: Kysely<DB>): Promise<RemunerationSettings> {
  const row = await db.selectFrom('remuneration_settings').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return { payLabel: labelOf[await frameworkOf(db)], ratioPolicy: 'warn', frequency: 'monthly', deductCapitalInstalments: true };
  return { payLabel: row.pay_label, ratioPolicy: row.ratio_policy, frequency: row.frequency, deductCapitalInstalments: row.deduct_capital_instalments === 1 };
}

export function remunerationSettings(ctx: ServiceContext): Promise<RemunerationSettings> {
  return readSettings(ctx.db);
}

export async function updateRemunerationSettings(ctx: ServiceContext, input: RemunerationSettings): Promise<RemunerationSettings> {
  return inTransaction(ctx, async (trx, audit) => {
    const before = await readSettings(trx);
    const row = {
      pay_label: input.payLabel,
      ratio_policy: input.ratioPolicy,
      frequency: input.frequency,
      deduct_capital_instalments: input.deductCapitalInstalments ? (1 as const) : (0 as const),
      updated_at: nowIso(ctx),
    };
    await trx.insertInto('remuneration_settings').values({ id: 1, ...row }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
    await audit({ action: 'remuneration.updateSettings', entity: 'remuneration_settings', entityId: 1, before, after: input });
    return readSettings(trx);
  });
}
