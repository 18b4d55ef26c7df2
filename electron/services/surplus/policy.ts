/**
 * Distribution policies: the scenario file's `policy`, versioned by the fiscal year it applies from and
 * never rewritten. The default comes from the statute in force (its funds, the non-member reserve, whether
 * interest on capital is allowed, the cash minimum); a saved policy is held to the framework's law.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { fromFraction, rational, type Fraction } from '../../../shared/domain/rational';
import type { StatuteParameters } from '../../../shared/domain/statute';
import { refuseUnlawfulPolicy, scenarioInput, surplusScenario } from '../../../shared/domain/surplus';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { refusal } from './refuse';

export const policySchema = surplusScenario.shape.policy;
export type PolicyFile = z.infer<typeof policySchema>;

/** A fraction of a whole as the file form's percentage: 5/100 → "5", 1/3 → "100/3". */
export function percentText(f: Fraction): string {
  const r = rational(BigInt(f.num) * 100n, BigInt(f.den));
  return r.den === 1n ? String(r.num) : `${r.num}/${r.den}`;
}

export function defaultPolicy(statute: StatuteParameters): PolicyFile {
  const funds = statute.funds.map((fund) => ({ name: fund.name, percent: percentText(fund.percent) }));
  const interest = statute.interestOnCapital.allowed
    ? [{ kind: 'interest' as const, rate: '0', cap: statute.interestOnCapital.maxAnnualRate ? percentText(statute.interestOnCapital.maxAnnualRate) : '0', prorateByDays: false }]
    : [];
  // Brazil pays interest on quotas before the funds, which come from the sobras líquidas that remain.
  const steps =
    statute.framework === 'BR'
      ? [...interest, ...(funds.length > 0 ? [{ kind: 'funds' as const, of: 'remaining' as const, funds }] : [])]
      : [...(funds.length > 0 ? [{ kind: 'funds' as const, of: 'base' as const, funds }] : []), ...interest];
  const cashMinimum = fromFraction(statute.returnsCashMinimum);
  return {
    nonMembers: { percent: percentText(statute.nonMemberResult.percent), to: statute.nonMemberResult.fund },
    steps: [...steps, { kind: 'voluntary', percent: '0' }],
    returns: { basis: 'hours', blend: '1/2', excludeTrialHours: true, minHours: 0, cashPercent: cashMinimum.num === 0n ? '100' : percentText(statute.returnsCashMinimum) },
    loss: { reserves: statute.funds.slice(0, 1).map((fund) => ({ name: fund.name, balance: '0.00', percent: '100' })) },
  };
}

/** The policy version in force for a fiscal year; null when none was saved (the statute's default applies). */
export async function savedPolicyFor(db: Kysely<DB>, year: number): Promise<{ id: number; policy: PolicyFile } | null> {
  const row = await db.selectFrom('surplus_policy').selectAll().where('effective_year', '<=', year).orderBy('effective_year', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return row ? { id: row.id, policy: policySchema.parse(JSON.parse(row.policy_json)) } : null;
}

/** Refuses a policy the framework's law does not allow (the pure rules cite the article). */
export function checkPolicy(framework: StatuteParameters['framework'], currency: string, policy: PolicyFile): void {
  const parsed = policySchema.safeParse(policy);
  if (!parsed.success) throw refusal('BAD_INPUT', 'POLICY_INVALID', `The policy is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const input = scenarioInput({ framework, currency: currency as never, result: { members: '0', nonMembers: '0', priorLosses: '0', tax: '0' }, policy: parsed.data, members: [] });
  refuseUnlawfulPolicy(framework, input.policy);
}

export async function savePolicy(ctx: ServiceContext, input: { effectiveYear: number; policy: PolicyFile; note: string }): Promise<{ id: number }> {
  const coop = await requireCoop(ctx);
  checkPolicy(coop.framework, coop.currency, input.policy);
  return inTransaction(ctx, async (trx, audit) => {
    const row = await trx
      .insertInto('surplus_policy')
      .values({ effective_year: input.effectiveYear, framework: coop.framework, policy_json: JSON.stringify(input.policy), note: input.note, created_at: nowIso(ctx) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({ action: 'surplus.savePolicy', entity: 'surplus_policy', entityId: row.id, before: null, after: input });
    return { id: row.id };
  });
}
