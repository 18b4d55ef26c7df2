/**
 * Working time as sorted, disjoint `[start, end)` intervals of minutes (rules/planning.md). An operation
 * starts at the first working instant at or after it is ready and consumes exactly its working minutes,
 * pausing over the gaps; these are the three questions the planner asks of a calendar, each by binary
 * search, so a year of shifts costs a logarithm, not a walk.
 */
export type Interval = readonly [number, number];
export type Calendar = readonly Interval[];

/** A very large end: a calendar "may end open". Safe for sums of a few of them. */
export const OPEN_END = 2 ** 50;
export const ALWAYS: Calendar = [[-OPEN_END, OPEN_END]];

/** Sorts, drops empty intervals and merges touching or overlapping ones. */
export function normalise(intervals: readonly Interval[]): Calendar {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Index of the first interval whose end is after `t` (the one containing t, or the next); length if none. */
function firstEndingAfter(calendar: Calendar, t: number): number {
  let lo = 0;
  let hi = calendar.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (calendar[mid]![1] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first working instant at or after `t`; null when the calendar has no working time left. */
export function firstWorkingInstant(calendar: Calendar, t: number): number | null {
  const i = firstEndingAfter(calendar, t);
  const interval = calendar[i];
  return interval ? Math.max(t, interval[0]) : null;
}

/** Where `minutes` working minutes from the working instant `start` end; null when the calendar runs out. */
export function advance(calendar: Calendar, start: number, minutes: number): number | null {
  if (minutes <= 0) return start;
  let i = firstEndingAfter(calendar, start);
  let left = minutes;
  let t = start;
  while (i < calendar.length) {
    const [s, e] = calendar[i]!;
    const from = Math.max(t, s);
    if (from + left <= e) return from + left;
    left -= e - from;
    t = e;
    i += 1;
  }
  return null;
}

/** Working minutes of the calendar within `[from, to)`. */
export function workingMinutes(calendar: Calendar, from: number, to: number): number {
  if (to <= from) return 0;
  let total = 0;
  for (let i = firstEndingAfter(calendar, from); i < calendar.length; i += 1) {
    const [s, e] = calendar[i]!;
    if (s >= to) break;
    total += Math.min(e, to) - Math.max(s, from);
  }
  return total;
}

/** The working time two calendars share (a lane's and its operator's). */
export function intersect(a: Calendar, b: Calendar): Calendar {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i]![0], b[j]![0]);
    const e = Math.min(a[i]![1], b[j]![1]);
    if (e > s) out.push([s, e]);
    if (a[i]![1] < b[j]![1]) i += 1;
    else j += 1;
  }
  return out;
}
