/**
 * A year's distribution computed from the database under a policy (the one in force, the statute's
 * default, or one being edited on screen), with each member named: what the simulation screen, the
 * projector and `minga surplus simulate --year` show. Nothing is written.
 */
import type { Distribution } from '../../../shared/domain/surplus';
import { distribute } from '../../../shared/domain/surplus';
import type { ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { waterfallInput, type MemberRef } from './figures';
import { checkPolicy, defaultPolicy, savedPolicyFor, type PolicyFile } from './policy';
import type { FiscalYear } from './year';

export interface YearSimulation {
  fy: FiscalYear;
  policy: PolicyFile;
  /** The saved policy version used; null for the statute's default or a policy being edited. */
  policyId: number | null;
  distribution: Distribution;
  members: MemberRef[];
}

export async function policyForYear(ctx: ServiceContext, year: number): Promise<{ id: number | null; policy: PolicyFile }> {
  const saved = await savedPolicyFor(ctx.db, year);
  if (saved) return saved;
  return { id: null, policy: defaultPolicy((await requireCoop(ctx)).statute) };
}

export async function simulateYear(ctx: ServiceContext, input: { year: number; policy?: PolicyFile | null }): Promise<YearSimulation> {
  const coop = await requireCoop(ctx);
  const chosen = input.policy ? { id: null, policy: input.policy } : await policyForYear(ctx, input.year);
  checkPolicy(coop.framework, coop.currency, chosen.policy);
  const { input: figures, members, fy } = await waterfallInput(ctx, input.year, chosen.policy);
  return { fy, policy: chosen.policy, policyId: chosen.id, distribution: distribute(figures), members };
}
