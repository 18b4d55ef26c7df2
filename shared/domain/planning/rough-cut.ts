/**
 * Per-week figures over a plan (rules/planning.md: utilisation per ISO week), the rough-cut view of load
 * against capacity with build-ahead suggestions, and each lane's next free slot. Weeks are given as
 * `[start, end)` windows of minutes so the caller decides where a week begins (T0's Monday).
 */
import { firstWorkingInstant, normalise, workingMinutes, type Interval } from './calendar';
import { availableMinutes } from './metrics';
import type { PlanModel } from './model';
import type { PlannedOp } from './schedule';

export interface WeekFigure {
  wc: string;
  week: number;
  booked: number;
  available: number;
  /** What an infinite-capacity plan puts in the week: the demand on the work centre, where it falls. */
  load: number;
}

/** Working minutes an operation books within `[from, to)` (clipped to its work centre's calendar). */
function within(model: PlanModel, op: PlannedOp, from: number, to: number): number {
  if (op.start >= from && op.end <= to) return op.minutes;
  if (op.end <= from || op.start >= to) return 0;
  return Math.min(op.minutes, workingMinutes(model.workcenters.get(op.wc)!.calendar, Math.max(op.start, from), Math.min(op.end, to)));
}

export function weeklyFigures(model: PlanModel, finite: readonly PlannedOp[], infinite: readonly PlannedOp[], weeks: readonly Interval[]): WeekFigure[] {
  const byWc = (ops: readonly PlannedOp[]) => {
    const map = new Map<string, PlannedOp[]>();
    for (const op of ops) if (op.lane !== null) map.set(op.wc, [...(map.get(op.wc) ?? []), op]);
    return map;
  };
  const f = byWc(finite);
  const inf = byWc(infinite);
  const out: WeekFigure[] = [];
  for (const wc of model.workcenters.values()) {
    if (wc.outsourced) continue;
    weeks.forEach(([from, to], week) => {
      const clipped = Math.max(from, model.now);
      const sum = (ops: readonly PlannedOp[] | undefined) => (ops ?? []).reduce((a, op) => a + within(model, op, clipped, to), 0);
      out.push({ wc: wc.name, week, booked: sum(f.get(wc.name)), available: clipped < to ? availableMinutes(model, wc.name, clipped, to) : 0, load: sum(inf.get(wc.name)) });
    });
  }
  return out;
}

export interface BuildAhead {
  wc: string;
  fromWeek: number;
  toWeek: number;
  minutes: number;
}

/**
 * For each week whose load exceeds its capacity, the excess moved into earlier weeks with slack, latest
 * first (building as close to the need as possible, so stock waits least). What no earlier week can take
 * stays where it is: the plan shows it late.
 */
export function buildAheadSuggestions(figures: readonly WeekFigure[]): BuildAhead[] {
  const out: BuildAhead[] = [];
  const byWc = new Map<string, WeekFigure[]>();
  for (const f of figures) byWc.set(f.wc, [...(byWc.get(f.wc) ?? []), f]);
  for (const [wc, weeks] of byWc) {
    const sorted = [...weeks].sort((a, b) => a.week - b.week);
    const slack = sorted.map((w) => Math.max(0, w.available - w.load));
    sorted.forEach((w, i) => {
      let excess = w.load - w.available;
      for (let j = i - 1; j >= 0 && excess > 0; j -= 1) {
        const take = Math.min(excess, slack[j]!);
        if (take <= 0) continue;
        slack[j] = slack[j]! - take;
        excess -= take;
        out.push({ wc, fromWeek: w.week, toWeek: sorted[j]!.week, minutes: take });
      }
    });
  }
  return out;
}

/** Each lane's first working instant from `now` on which nothing is booked or blocked; null when none is left. */
export function nextFreeSlots(model: PlanModel, ops: readonly PlannedOp[]): { wc: string; lane: number; minute: number | null }[] {
  const busy = new Map<string, Interval[]>();
  for (const op of ops) if (op.lane !== null && op.end > op.start) busy.set(`${op.wc}#${op.lane}`, [...(busy.get(`${op.wc}#${op.lane}`) ?? []), [op.start, op.end]]);
  const out: { wc: string; lane: number; minute: number | null }[] = [];
  for (const wc of model.workcenters.values()) {
    if (wc.outsourced) continue;
    for (let lane = 0; lane < wc.lanes; lane += 1) {
      const taken = normalise([...(busy.get(`${wc.name}#${lane}`) ?? []), ...wc.blocks.filter((b) => b.lane === lane).map((b) => [b.start, b.end] as const)]);
      let t = firstWorkingInstant(wc.calendar, model.now);
      for (const [s, e] of taken) {
        if (t === null || s > t) break;
        if (e > t) t = firstWorkingInstant(wc.calendar, e);
      }
      out.push({ wc: wc.name, lane, minute: t });
    }
  }
  return out;
}
