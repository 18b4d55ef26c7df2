/**
 * The plan's metrics (rules/planning.md): completion, lateness and tardiness per order; makespan, mean flow
 * time, on-time rate; utilisation per work centre over [now, last completion) = booked working minutes ÷
 * (lanes × working minutes − maintenance working minutes, blocks clipped to the calendar); the bottleneck
 * (highest utilisation, ties to the highest load); member load; fairness as Jain's index.
 */
import { intersect, normalise, workingMinutes } from './calendar';
import type { PlanModel } from './model';
import type { Plan } from './schedule';

export interface Utilisation {
  booked: number;
  available: number;
}

export interface PlanMetrics {
  makespan: number;
  total_tardiness: number;
  max_tardiness: number;
  late_orders: number;
  on_time_rate: number;
  mean_flow_time: number;
  bottleneck: string | null;
  utilisation: Record<string, Utilisation>;
  member_load: Record<string, number>;
  /** Jain's index of members' load, (Σx)² ÷ (n·Σx²): 1 when the load is even; null with no member or no load. */
  fairness: number | null;
}

/** Working minutes of a work centre in [from, to): its lanes' time less the maintenance on them. */
export function availableMinutes(model: PlanModel, wcName: string, from: number, to: number): number {
  const wc = model.workcenters.get(wcName)!;
  let available = wc.lanes * workingMinutes(wc.calendar, from, to);
  for (let lane = 0; lane < wc.lanes; lane += 1) {
    const blocks = normalise(wc.blocks.filter((b) => b.lane === lane).map((b) => [b.start, b.end] as const));
    available -= workingMinutes(intersect(wc.calendar, blocks), from, to);
  }
  return available;
}

export function bookedMinutes(plan: Plan, wcName: string, from: number, to: number, model: PlanModel): number {
  const wc = model.workcenters.get(wcName)!;
  let booked = 0;
  for (const op of plan.ops) {
    if (op.wc !== wcName || op.lane === null) continue;
    // Within the window an operation's working minutes are its own calendar's; clip for a partial window.
    booked += op.start >= from && op.end <= to ? op.minutes : Math.min(op.minutes, workingMinutes(wc.calendar, Math.max(op.start, from), Math.min(op.end, to)));
  }
  return booked;
}

export function metricsOf(model: PlanModel, plan: Plan): PlanMetrics {
  const top = plan.orders.filter((o) => o.parent === null);
  const last = plan.orders.reduce((max, o) => Math.max(max, o.end), model.now);
  const utilisation: Record<string, Utilisation> = {};
  let bottleneck: string | null = null;
  let bestRate = -1;
  let bestLoad = -1;
  for (const wc of model.workcenters.values()) {
    if (wc.outsourced) continue;
    const u = { booked: bookedMinutes(plan, wc.name, model.now, last, model), available: availableMinutes(model, wc.name, model.now, last) };
    utilisation[wc.name] = u;
    if (u.available <= 0) continue;
    const rate = u.booked / u.available;
    if (rate > bestRate || (rate === bestRate && u.booked > bestLoad)) {
      bottleneck = wc.name;
      bestRate = rate;
      bestLoad = u.booked;
    }
  }
  const member_load: Record<string, number> = {};
  for (const member of model.members) member_load[member.name] = 0;
  for (const op of plan.ops) if (op.member !== null) member_load[op.member]! += op.minutes;
  const loads = Object.values(member_load);
  const sum = loads.reduce((a, b) => a + b, 0);
  const squares = loads.reduce((a, b) => a + b * b, 0);
  const releaseOf = new Map(model.orders.map((o) => [o.id, o.release]));
  const late = top.filter((o) => o.tardiness > 0);
  return {
    makespan: last - model.now,
    total_tardiness: top.reduce((a, o) => a + o.tardiness, 0),
    max_tardiness: top.reduce((a, o) => Math.max(a, o.tardiness), 0),
    late_orders: late.length,
    on_time_rate: top.length === 0 ? 1 : (top.length - late.length) / top.length,
    mean_flow_time: top.length === 0 ? 0 : top.reduce((a, o) => a + (o.end - Math.max(model.now, releaseOf.get(o.id)!)), 0) / top.length,
    bottleneck,
    utilisation,
    member_load,
    fairness: loads.length === 0 || squares === 0 ? null : (sum * sum) / (loads.length * squares),
  };
}
