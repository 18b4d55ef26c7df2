/**
 * What the assembly's projector shows of a distribution, as state in the database driven from the main
 * window: the year, the policy proposed (a draft not yet saved may be shown) and whether members are named
 * or shown by member number. A write announces the `surplus` topic, so the projector redraws with no
 * reload; the figures are simulated when read, so a correction of the year's data shows at once.
 */
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { policySchema, type PolicyFile } from './policy';
import { simulateYear, type YearSimulation } from './simulate';

export type ProjectionLabels = 'name' | 'number';

export interface SurplusProjection {
  year: number;
  labels: ProjectionLabels;
  shownAt: string;
  simulation: YearSimulation;
}

/** Puts a year's distribution under a policy on the projector; a null year takes it off. */
export async function projectDistribution(
  ctx: ServiceContext,
  input: { year: number | null; policy: PolicyFile | null; labels: ProjectionLabels },
): Promise<{ ok: true }> {
  // Refused before anything is written: a year with no result, or a policy the law does not allow.
  const shown = input.year === null ? null : await simulateYear(ctx, { year: input.year, policy: input.policy });
  return inTransaction(ctx, async (trx, audit) => {
    const before = await trx.selectFrom('surplus_projection').select(['year', 'labels']).where('id', '=', 1).executeTakeFirst();
    await trx.deleteFrom('surplus_projection').where('id', '=', 1).execute();
    if (shown) {
      await trx
        .insertInto('surplus_projection')
        .values({ id: 1, year: shown.fy.year, policy_json: JSON.stringify(shown.policy), labels: input.labels, shown_at: nowIso(ctx) })
        .execute();
    }
    await audit({ action: 'surplus.project', entity: 'surplus_projection', entityId: 1, before: before ?? null, after: shown ? { year: shown.fy.year, labels: input.labels, policyId: shown.policyId } : null });
    return { ok: true as const };
  });
}

/** What the projector draws; null when nothing is projected. */
export async function distributionProjection(ctx: ServiceContext): Promise<SurplusProjection | null> {
  const row = await ctx.db.selectFrom('surplus_projection').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const policy = policySchema.parse(JSON.parse(row.policy_json));
  return { year: row.year, labels: row.labels, shownAt: row.shown_at, simulation: await simulateYear(ctx, { year: row.year, policy }) };
}
