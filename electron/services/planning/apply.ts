/**
 * Applying a plan is its own, audited step: the plan is recomputed from the database as it stands (so what
 * is stored is what the model gives now), stored append-only with where each operation goes, and firm and
 * started orders are held there by the next plans. A quote places one tentative order after every planned
 * one (Planner.quote): it moves nothing, and nothing is written.
 */
import type { z } from 'zod';
import { inTransaction, type ServiceContext } from '../core';
import type { appliedPlan, PlanView, quote, quoteInput } from '../../../shared/contract/planning';
import { Planner } from '../../../shared/domain/planning';
import { asDomainError } from './build';
import { appliedPlanHash } from './content';
import { metricsView, planShop, viewOf, type PlanInput } from './run';
import { refuse, mustExist } from './refusals';

type Applied = z.infer<typeof appliedPlan>;
const CHUNK = 500;

export async function applyPlan(ctx: ServiceContext, input: PlanInput): Promise<Applied> {
  const result = await planShop(ctx, input);
  const view = viewOf(result, input.weeks);
  const { clock } = result.built;
  const memberIdOf = new Map(result.shop.members.map((m) => [m.name, m.id]));
  const rows = view.ops
    .filter((op) => op.op !== 'block')
    .map((op) => ({
      order_code: op.order,
      op_code: op.op,
      workcenter: op.wc,
      lane: op.lane,
      member_id: op.memberId ?? (op.member === null ? null : (memberIdOf.get(op.member) ?? null)),
      start_at: clock.at(op.start),
      end_at: clock.at(op.end),
    }));
  const appliedAt = ctx.now().toISOString();
  const id = await inTransaction(ctx, async (trx, audit) => {
    const stored = { applied_at: appliedAt, actor: ctx.actor, t0: clock.t0, weeks: input.weeks, metrics_json: JSON.stringify(view.metrics), view_json: JSON.stringify(view) };
    const plan = await trx
      .insertInto('planning_applied')
      .values({ ...stored, content_hash: appliedPlanHash(stored, rows) })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx
        .insertInto('planning_applied_op')
        .values(rows.slice(i, i + CHUNK).map((r) => ({ ...r, plan_id: plan.id })))
        .execute();
    }
    await audit({ action: 'planning.apply', entity: 'planning_applied', entityId: plan.id, before: null, after: { t0: clock.t0, weeks: input.weeks, metrics: view.metrics, ops: rows.length } });
    return plan.id;
  });
  return { id, appliedAt, t0: clock.t0, weeks: input.weeks, metrics: metricsView(result), ops: rows.length, orders: view.orders.filter((o) => o.parent === null).length };
}

export async function lastApplied(ctx: ServiceContext): Promise<{ plan: Applied | null; view: PlanView | null }> {
  const row = await ctx.db.selectFrom('planning_applied').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!row) return { plan: null, view: null };
  const view = JSON.parse(row.view_json) as PlanView;
  const ops = await ctx.db.selectFrom('planning_applied_op').select((eb) => eb.fn.countAll<number>().as('n')).where('plan_id', '=', row.id).executeTakeFirstOrThrow();
  return {
    plan: { id: row.id, appliedAt: row.applied_at, t0: row.t0, weeks: row.weeks, metrics: JSON.parse(row.metrics_json) as Applied['metrics'], ops: Number(ops.n), orders: view.orders.filter((o) => o.parent === null).length },
    view,
  };
}

export async function quoteOrder(ctx: ServiceContext, input: z.output<typeof quoteInput>): Promise<z.infer<typeof quote>> {
  const result = await planShop(ctx, { start: input.start, weeks: input.weeks, rule: 'EDD', fairness: true });
  const product = mustExist(
    result.shop.products.find((p) => p.id === input.productId),
    'product',
    input.productId,
  );
  const { clock, model } = result.built;
  const planner = new Planner(model, result.options);
  planner.planAll();
  let quoted;
  try {
    quoted = planner.quote({ id: 'QUOTE', product: product.code, qty: input.qty, due: result.built.horizon, release: input.release === null ? 0 : Math.max(0, clock.minuteOf(input.release)), priority: input.priority });
  } catch (error) {
    asDomainError(error);
  }
  const top = quoted.orders.find((o) => o.parent === null);
  if (!top) refuse('BAD_INPUT', 'CANNOT_PLACE', 'The tentative order cannot be placed.', { op: product.code, minutes: 0 });
  const memberOf = new Map(result.shop.members.map((m) => [String(m.id).padStart(9, '0'), m]));
  const itemName = new Map(result.shop.items.map((i) => [i.code, i.name]));
  return {
    end: top.end,
    endAt: clock.at(top.end),
    ops: quoted.ops.map((op) => {
      const member = op.member === null ? null : (memberOf.get(op.member) ?? null);
      return { order: op.order, op: op.op, wc: op.wc, lane: op.lane, member: member?.name ?? null, memberId: member?.id ?? null, partner: op.wc.startsWith('@') ? op.wc.slice(1) : null, start: op.start, end: op.end, minutes: op.minutes, fixed: false, after: [] };
    }),
    reasons: top.reasons,
    purchases: quoted.purchases.map((p) => ({ item: itemName.get(p.item) ?? p.item, qty: p.qty, orderBy: clock.at(p.order_by), arrives: clock.at(p.arrives), for: p.for })),
  };
}

