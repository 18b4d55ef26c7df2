/**
 * Planning's integrity checks: every firm or started order is held somewhere by the last applied plan, and
 * every applied plan still hashes to what was stored when it was applied.
 */
import { finding, limitedProblems, type DomainCheck, type ServiceContext } from '../core';
import { appliedPlanHash } from './content';

async function unheldFixedOrders(ctx: ServiceContext) {
  const last = await ctx.db.selectFrom('planning_applied').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!last) return [];
  const rows = await ctx.db
    .selectFrom('planning_order as o')
    .select('o.code')
    .where('o.status', 'in', ['firm', 'started'])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('planning_applied_op as a').select('a.order_code').where('a.plan_id', '=', last.id).whereRef('a.order_code', '=', 'o.code'))))
    .execute();
  return limitedProblems('planning_fixed_orders', rows.map((r) => finding('planning:check.unheldOrder', { order: r.code })));
}

async function changedPlans(ctx: ServiceContext) {
  const plans = await ctx.db.selectFrom('planning_applied').selectAll().orderBy('id').execute();
  const findings = [];
  for (const plan of plans) {
    const ops = await ctx.db.selectFrom('planning_applied_op').select(['order_code', 'op_code', 'workcenter', 'lane', 'member_id', 'start_at', 'end_at']).where('plan_id', '=', plan.id).execute();
    if (appliedPlanHash(plan, ops) !== plan.content_hash) findings.push(finding('planning:check.planChanged', { id: plan.id, at: plan.applied_at.slice(0, 10) }));
  }
  return limitedProblems('planning_applied', findings);
}

export const planningChecks: readonly DomainCheck[] = [
  { name: 'planning_fixed_orders', run: unheldFixedOrders },
  { name: 'planning_applied', run: changedPlans },
];
