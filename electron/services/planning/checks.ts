/** Planning's integrity checks: every firm or started order is held somewhere by the last applied plan. */
import { finding, limitedProblems, type DomainCheck, type ServiceContext } from '../core';

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

export const planningChecks: readonly DomainCheck[] = [{ name: 'planning_fixed_orders', run: unheldFixedOrders }];
