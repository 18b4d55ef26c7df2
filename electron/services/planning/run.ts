/**
 * The plan of the shop: finite and infinite side by side (their difference is the capacity-induced
 * delay), run-hour maintenance placed after a first pass, and the answer the screens draw.
 */
import type { ServiceContext } from '../core';
import type { z } from 'zod';
import type { planInput, PlanView } from '../../../shared/contract/planning';
import {
  buildAheadSuggestions,
  metricsOf,
  nextFreeSlots,
  Planner,
  weeklyFigures,
  workingMinutes,
  type Plan,
  type PlanMetrics,
  type PlanOptions,
} from '../../../shared/domain/planning';
import { asDomainError, buildModel, memberKey, withBlocks, type Block, type Built } from './build';
import { loadShop, type Shop } from './rows';
import { localToday } from '../../../shared/domain/dates';

const WEEK = 7 * 1440;
export type PlanInput = z.output<typeof planInput>;

export interface ShopPlan {
  shop: Shop;
  built: Built;
  finite: Plan;
  infinite: Plan;
  metrics: PlanMetrics;
  options: PlanOptions;
}

/** The coop's today (local calendar date), where a plan starts by default. */
export const todayOf = (ctx: ServiceContext) => localToday(ctx.now());

function planOf(built: Built, options: PlanOptions): Plan {
  try {
    return new Planner(built.model, options).planAll();
  } catch (error) {
    asDomainError(error);
  }
}

/** Blocks for maintenance due every N run-hours: after the operation whose end crosses each multiple. */
function runHourBlocks(built: Built, plan: Plan): Block[] {
  const out: Block[] = [];
  for (const m of built.runHourPlans) {
    const ops = plan.ops.filter((op) => op.wc === m.wc && op.lane === m.lane).sort((a, b) => a.start - b.start);
    let run = 0;
    let next = m.everyMinutes;
    for (const op of ops) {
      run += op.minutes;
      if (run >= next) {
        out.push({ wc: m.wc, lane: m.lane, start: op.end, end: op.end + m.duration, reason: m.reason, kind: 'maintenance' });
        next += m.everyMinutes;
      }
    }
  }
  return out;
}

export async function planShop(ctx: ServiceContext, input: PlanInput, transform?: (shop: Shop) => Shop): Promise<ShopPlan> {
  const stored = await loadShop(ctx.db);
  const shop = transform ? transform(stored) : stored;
  const options: PlanOptions = { rule: input.rule, fairness: input.fairness, mode: 'finite' };
  let built = await buildModel(ctx, shop, { t0: input.start ?? todayOf(ctx), weeks: input.weeks });
  let finite = planOf(built, options);
  if (built.runHourPlans.length > 0) {
    const extra = runHourBlocks(built, finite);
    if (extra.length > 0) {
      built = withBlocks(shop, built, extra);
      finite = planOf(built, options);
    }
  }
  const infinite = planOf(built, { ...options, mode: 'infinite' });
  return { shop, built, finite, infinite, metrics: metricsOf(built.model, finite), options };
}

export function viewOf(result: ShopPlan, weeks: number): PlanView {
  const { shop, built, finite, infinite, metrics } = result;
  const { clock, model } = built;
  const memberOf = new Map(shop.members.map((m) => [memberKey(m.id), m]));
  const orderOf = new Map(shop.orders.map((o) => [o.code, o]));
  const productByCode = new Map(shop.products.map((p) => [p.code, p]));
  const infiniteEnd = new Map(infinite.orders.map((o) => [o.id, o.end]));
  const afterOf = (product: string, op: string) => model.products.get(product)?.ops.find((o) => o.id === op)?.after ?? [];
  const productOfOrder = new Map(finite.orders.map((o) => [o.id, o.product]));
  const ops: PlanView['ops'] = finite.ops.map((op) => {
    const member = op.member === null ? null : memberOf.get(op.member)!;
    return {
      order: op.order,
      op: op.op,
      wc: op.wc,
      lane: op.lane,
      member: member?.name ?? null,
      memberId: member?.id ?? null,
      partner: op.wc.startsWith('@') ? op.wc.slice(1) : null,
      start: op.start,
      end: op.end,
      minutes: op.minutes,
      fixed: false,
      after: [...afterOf(productOfOrder.get(op.order)!, op.op)],
    };
  });
  const memberById = new Map(shop.members.map((m) => [m.id, m]));
  for (const f of built.fixed) {
    const member = f.memberId === null ? null : (memberById.get(f.memberId) ?? null);
    ops.push({ order: f.order, op: f.op, wc: f.wc, lane: f.lane, member: member?.name ?? null, memberId: member?.id ?? null, partner: f.wc.startsWith('@') ? f.wc.slice(1) : null, start: f.start, end: f.end, minutes: f.end - f.start, fixed: true, after: [] });
  }
  for (const wc of model.workcenters.values()) {
    for (const b of wc.blocks) {
      if (built.fixed.some((f) => f.wc === wc.name && f.lane === b.lane && f.start === b.start && f.order === b.reason)) continue;
      ops.push({ order: b.reason, op: 'block', wc: wc.name, lane: b.lane, member: null, memberId: null, partner: null, start: b.start, end: b.end, minutes: workingMinutes(wc.calendar, b.start, b.end), fixed: true, after: [] });
    }
  }
  const status = (id: string) => orderOf.get(id.split('/')[0]!)?.status ?? 'planned';
  const orders: PlanView['orders'] = finite.orders.map((o) => ({
    id: o.id,
    orderId: o.parent === null ? (orderOf.get(o.id)?.id ?? null) : null,
    product: productByCode.get(o.product)?.name ?? o.product,
    parent: o.parent,
    status: status(o.id),
    start: o.start,
    end: o.end,
    due: o.due,
    endAt: clock.at(o.end),
    dueAt: clock.at(o.due),
    lateness: o.lateness,
    tardiness: o.tardiness,
    reasons: o.reasons,
    capacityDelay: o.end - (infiniteEnd.get(o.id) ?? o.end),
  }));
  const heldOrders = new Map<string, { start: number; end: number }>();
  for (const f of built.fixed) {
    const id = f.order.split('/')[0]!;
    const seen = heldOrders.get(id);
    heldOrders.set(id, { start: Math.min(seen?.start ?? Infinity, f.start), end: Math.max(seen?.end ?? -Infinity, f.end) });
  }
  for (const [id, span] of heldOrders) {
    const o = orderOf.get(id)!;
    const due = clock.dueMinuteOf(o.due);
    orders.push({ id, orderId: o.id, product: o.productName, parent: null, status: o.status, start: span.start, end: span.end, due, endAt: clock.at(span.end), dueAt: clock.at(due), lateness: span.end - due, tardiness: Math.max(0, span.end - due), reasons: [], capacityDelay: 0 });
  }
  const last = Math.max(built.horizon > 0 ? weeks * WEEK : 0, ...finite.orders.map((o) => o.end));
  const windows: [number, number][] = [];
  for (let from = clock.firstMonday; from < last; from += WEEK) windows.push([from, from + WEEK]);
  const figures = weeklyFigures(model, finite.ops, infinite.ops, windows);
  const weekName = (i: number) => clock.isoWeek(windows[i]![0] + 1440 * 3);
  const purchases = finite.purchases.map((p) => ({ item: shop.items.find((i) => i.code === p.item)?.name ?? p.item, qty: p.qty, orderBy: clock.at(p.order_by), arrives: clock.at(p.arrives), for: p.for }));
  const partnerByName = new Map(shop.partners.map((p) => [p.name, p]));
  const qtyOf = new Map(model.orders.map((o) => [o.id, o.qty]));
  const outsourced = finite.ops
    .filter((op) => op.wc.startsWith('@'))
    .map((op) => {
      const partner = partnerByName.get(op.wc.slice(1))!;
      const product = productByCode.get(productOfOrder.get(op.order)!);
      const cost = product?.operations.find((o) => o.code === op.op)?.costMinor ?? 0;
      const qty = qtyOf.get(op.order.split('/')[0]!) ?? 1;
      return { order: op.order, op: op.op, partner: partner.name, sent: clock.at(op.start), back: clock.at(op.end), costMinor: Math.round((cost || partner.priceMinor) * qty) };
    });
  return {
    t0: clock.at(0),
    now: model.now,
    horizon: built.horizon,
    workcenters: shop.workcenters.map((wc) => ({ code: wc.code, name: wc.name, lanes: wc.lanes })),
    ops,
    orders,
    metrics: metricsView(result),
    utilisation: Object.entries(metrics.utilisation).map(([wc, u]) => ({ wc, booked: u.booked, available: u.available })),
    weeks: figures.map((f) => ({ wc: f.wc, week: weekName(f.week), booked: f.booked, available: f.available, load: f.load })),
    buildAhead: buildAheadSuggestions(figures).map((b) => ({ wc: b.wc, fromWeek: weekName(b.fromWeek), toWeek: weekName(b.toWeek), minutes: b.minutes })),
    members: shop.members.map((m) => ({
      memberId: m.id,
      name: m.name,
      booked: metrics.member_load[memberKey(m.id)] ?? 0,
      committed: (built.memberCalendars.get(m.id) ?? []).reduce((a, [s, e]) => a + Math.max(0, Math.min(e, built.horizon) - Math.max(s, 0)), 0),
    })),
    purchases,
    outsourced,
    nextFree: nextFreeSlots(model, finite.ops).map((s) => ({ wc: s.wc, lane: s.lane, minute: s.minute, at: s.minute === null ? null : clock.at(s.minute) })),
  };
}

export function metricsView({ finite, infinite, metrics }: ShopPlan): PlanView['metrics'] {
  const infiniteEnd = new Map(infinite.orders.map((o) => [o.id, o.end]));
  return {
    makespan: metrics.makespan,
    totalTardiness: metrics.total_tardiness,
    maxTardiness: metrics.max_tardiness,
    lateOrders: metrics.late_orders,
    onTimeRate: metrics.on_time_rate,
    meanFlowTime: metrics.mean_flow_time,
    bottleneck: metrics.bottleneck,
    fairness: metrics.fairness,
    capacityDelay: finite.orders.filter((o) => o.parent === null).reduce((a, o) => a + (o.end - (infiniteEnd.get(o.id) ?? o.end)), 0),
  };
}

export async function planView(ctx: ServiceContext, input: PlanInput): Promise<PlanView> {
  return viewOf(await planShop(ctx, input), input.weeks);
}
