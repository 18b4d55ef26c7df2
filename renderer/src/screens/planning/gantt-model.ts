/**
 * The Gantt's rows and bars from a plan: one row per lane of each work centre, one per member, one per
 * partner coop that receives outsourced work. An operation with a member is drawn on its lane and on its
 * member, since both are booked. Bars of a row are sorted by start; no two overlap on a lane or a member,
 * so they are sorted by end too, which lets the screen find the visible ones by binary search.
 */
import type { PlanView } from '../../../../shared/contract/planning';

export type RowKind = 'lane' | 'member' | 'partner';
export interface GanttRow {
  key: string;
  kind: RowKind;
  /** Short label (the work centre's code and lane, the member's name, the partner's name). */
  label: string;
  /** Full words for a screen reader and the tooltip. */
  title: string;
}
export type BarTone = 'normal' | 'late' | 'fixed';
export interface GanttBar {
  /** Index of the operation in `plan.ops`. */
  op: number;
  start: number;
  end: number;
  text: string;
  tone: BarTone;
}
export interface GanttModel {
  rows: GanttRow[];
  bars: GanttBar[][];
  count: number;
  /** The earliest start of any bar (the chart opens there rather than on an empty night). */
  firstStart: number;
}

export interface RowWords {
  lane: (code: string, name: string, lane: number, lanes: number) => { label: string; title: string };
  member: (name: string) => string;
  partner: (name: string) => string;
}

export function ganttModel(plan: Pick<PlanView, 'workcenters' | 'members' | 'ops' | 'orders'>, words: RowWords): GanttModel {
  const rows: GanttRow[] = [];
  const index = new Map<string, number>();
  const add = (row: GanttRow) => {
    index.set(row.key, rows.length);
    rows.push(row);
  };
  for (const wc of plan.workcenters) {
    for (let lane = 0; lane < wc.lanes; lane++) add({ key: `lane:${wc.code}:${lane}`, kind: 'lane', ...words.lane(wc.code, wc.name, lane, wc.lanes) });
  }
  for (const m of plan.members) add({ key: `member:${m.memberId}`, kind: 'member', label: m.name, title: words.member(m.name) });
  const partners = [...new Set(plan.ops.filter((op) => op.partner !== null && op.lane === null).map((op) => op.partner!))].sort();
  for (const p of partners) add({ key: `partner:${p}`, kind: 'partner', label: p, title: words.partner(p) });

  const late = new Set(plan.orders.filter((o) => o.tardiness > 0).map((o) => o.id));
  const bars: GanttBar[][] = rows.map(() => []);
  let count = 0;
  plan.ops.forEach((op, i) => {
    const bar: GanttBar = { op: i, start: op.start, end: op.end, text: op.order, tone: op.fixed ? 'fixed' : late.has(op.order) ? 'late' : 'normal' };
    const keys: string[] = [];
    if (op.lane !== null) keys.push(`lane:${op.wc}:${op.lane}`);
    if (op.memberId !== null) keys.push(`member:${op.memberId}`);
    if (op.lane === null && op.partner !== null) keys.push(`partner:${op.partner}`);
    for (const key of keys) {
      const row = index.get(key);
      if (row === undefined) continue;
      bars[row]!.push(bar);
      count++;
    }
  });
  for (const row of bars) row.sort((a, b) => a.start - b.start || a.end - b.end);
  const firstStart = bars.reduce((min, row) => (row.length > 0 ? Math.min(min, row[0]!.start) : min), Number.POSITIVE_INFINITY);
  return { rows, bars, count, firstStart: Number.isFinite(firstStart) ? firstStart : 0 };
}

/** The first bar of a row (sorted by start and end) that ends after `minute`. */
export function firstEndingAfter(row: readonly GanttBar[], minute: number): number {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]!.end <= minute) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The bar of `row` whose start is nearest `minute` (for moving up and down), or -1 when the row is empty. */
export function nearestBar(row: readonly GanttBar[], minute: number): number {
  if (row.length === 0) return -1;
  let best = 0;
  let lo = 0;
  let hi = row.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (Math.abs(row[mid]!.start - minute) < Math.abs(row[best]!.start - minute)) best = mid;
    if (row[mid]!.start < minute) lo = mid + 1;
    else hi = mid - 1;
  }
  for (const i of [best - 1, best + 1]) if (i >= 0 && i < row.length && Math.abs(row[i]!.start - minute) < Math.abs(row[best]!.start - minute)) best = i;
  return best;
}
