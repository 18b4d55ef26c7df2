/** The scenario file's answer, with the keys rules/planning.md gives. */
import { metricsOf } from './metrics';
import { modelOf, optionsOf, parseScenario } from './from-scenario';
import { schedule } from './schedule';

export interface PlanAnswer {
  sequence: string[];
  ops: { order: string; op: string; wc: string; lane: number | null; member: string | null; start: number; end: number }[];
  orders: Record<string, { start: number; end: number; due: number; lateness: number; tardiness: number; reasons: string[] }>;
  metrics: { makespan: number; total_tardiness: number; max_tardiness: number; late_orders: number; bottleneck: string | null };
  wc_utilisation: Record<string, [number, number]>;
  member_load: Record<string, number>;
  purchases: { item: string; qty: number; order_by: number; arrives: number }[];
}

export function planFromScenario(file: unknown): PlanAnswer {
  const scenario = parseScenario(file);
  const model = modelOf(scenario);
  const plan = schedule(model, optionsOf(scenario));
  const metrics = metricsOf(model, plan);
  return {
    sequence: plan.sequence,
    ops: plan.ops.map(({ order, op, wc, lane, member, start, end }) => ({ order, op, wc, lane, member, start, end })),
    orders: Object.fromEntries(plan.orders.map((o) => [o.id, { start: o.start, end: o.end, due: o.due, lateness: o.lateness, tardiness: o.tardiness, reasons: o.reasons }])),
    metrics: {
      makespan: metrics.makespan,
      total_tardiness: metrics.total_tardiness,
      max_tardiness: metrics.max_tardiness,
      late_orders: metrics.late_orders,
      bottleneck: metrics.bottleneck,
    },
    wc_utilisation: Object.fromEntries(Object.entries(metrics.utilisation).map(([wc, u]) => [wc, [u.booked, u.available]])),
    member_load: metrics.member_load,
    purchases: plan.purchases.map(({ item, qty, order_by, arrives }) => ({ item, qty, order_by, arrives })),
  };
}
