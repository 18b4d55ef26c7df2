/**
 * Settings of the members register that the statute does not hold: how far ahead a status change may be
 * dated. Kept in the members domain's own one-row table (migration 0004).
 */
import type { MembersSettings } from '../../../shared/contract/members';
import { localToday } from '../../../shared/domain/dates';
import { latestStatusDate } from '../../../shared/domain/members';
import { inTransaction, type ServiceContext } from '../core';

type Db = ServiceContext['db'];

async function readSettings(db: Db): Promise<MembersSettings> {
  const row = await db.selectFrom('members_setting').select('status_future_margin_days').where('id', '=', 1).executeTakeFirstOrThrow();
  return { statusFutureMarginDays: row.status_future_margin_days };
}

export function getMembersSettings(ctx: ServiceContext): Promise<MembersSettings> {
  return readSettings(ctx.db);
}

export async function updateMembersSettings(ctx: ServiceContext, input: MembersSettings): Promise<MembersSettings> {
  return inTransaction(ctx, async (trx, audit) => {
    const before = await readSettings(trx);
    await trx.updateTable('members_setting').set({ status_future_margin_days: input.statusFutureMarginDays }).where('id', '=', 1).execute();
    const after = await readSettings(trx);
    await audit({ action: 'members.updateSettings', entity: 'members_setting', entityId: 1, before, after });
    return after;
  });
}

/** Today on the app's clock, in the local calendar: birth and join dates may not pass it. */
export function todayOf(ctx: ServiceContext): string {
  return localToday(ctx.now());
}

/** The latest date a status change may carry now: today plus the setting's margin. */
export async function latestStatusDateOf(ctx: ServiceContext, db: Db = ctx.db): Promise<string> {
  const { statusFutureMarginDays } = await readSettings(db);
  return latestStatusDate(todayOf(ctx), statusFutureMarginDays);
}
