/**
 * What each member committed to, day by day: their membership (joined, not yet left), cut where they were
 * on leave, under the schedule version in force (or, before any version, the register's weekly hours
 * spread Monday to Friday). Loaded for every member at once, so reports never ask per member.
 */
import type { Kysely } from 'kysely';
import { committedOver, shiftDay, weekdaysOfMask, type Schedule } from '../../../shared/domain/attendance';
import type { DB } from '../../db/schema';

export interface ScheduleSpan extends Schedule {
  /** The saved version's id; null for the register's weekly hours. */
  id: number | null;
  from: string;
  /** Last day this schedule holds (inclusive). */
  to: string;
}

export interface MemberCommitment {
  memberId: number;
  memberNumber: number;
  name: string;
  joinDate: string;
  leavingDate: string | null;
  /** Schedules in force, in order, within the membership and outside leaves. */
  spans: ScheduleSpan[];
}

const FOREVER = '9999-12-31';
const WEEKDAYS = [1, 2, 3, 4, 5];

/** [from, to] less the leave periods (sorted, not overlapping), as the pieces left. */
function withoutLeaves(from: string, to: string, leaves: readonly [string, string][]): [string, string][] {
  const pieces: [string, string][] = [];
  let start = from;
  for (const [a, b] of leaves) {
    if (b < start || a > to) continue;
    if (a > start) pieces.push([start, shiftDay(a, -1)]);
    start = b === FOREVER ? FOREVER : shiftDay(b, 1);
    if (start > to) return pieces;
  }
  if (start <= to) pieces.push([start, to]);
  return pieces;
}

interface Loaded {
  members: { id: number; member_number: number; last_names: string; first_names: string; join_date: string; leaving_date: string | null; weekly_minutes: number }[];
  schedules: Map<number, { id: number; from_date: string; weekly_minutes: number; weekdays_mask: number; start_time: string | null }[]>;
  leaves: Map<number, [string, string][]>;
}

async function load(db: Kysely<DB>, range: { from: string; to: string }, memberIds: readonly number[] | null): Promise<Loaded> {
  let members = db
    .selectFrom('member')
    .select(['id', 'member_number', 'last_names', 'first_names', 'join_date', 'leaving_date', 'weekly_minutes'])
    .where('join_date', '<=', range.to)
    .where((eb) => eb.or([eb('leaving_date', 'is', null), eb('leaving_date', '>=', range.from)]))
    .orderBy('member_number');
  if (memberIds) members = members.where('id', 'in', memberIds.length > 0 ? [...memberIds] : [0]);
  const rows = await members.execute();
  const schedules = new Map<number, Loaded['schedules'] extends Map<number, infer V> ? V : never>();
  for (const s of await db.selectFrom('attendance_schedule').selectAll().orderBy('member_id').orderBy('from_date').execute()) {
    const list = schedules.get(s.member_id) ?? [];
    list.push(s);
    schedules.set(s.member_id, list);
  }
  // A leave runs from its change to the next change of status (the effective history, corrections applied).
  const changes = await db
    .selectFrom('member_status_effective')
    .select(['member_id', 'status', 'effective_date'])
    .orderBy('member_id')
    .orderBy('effective_date')
    .orderBy('id')
    .execute();
  const leaves = new Map<number, [string, string][]>();
  changes.forEach((c, i) => {
    if (c.status !== 'on_leave') return;
    const next = changes[i + 1];
    const end = next && next.member_id === c.member_id ? shiftDay(next.effective_date, -1) : FOREVER;
    const list = leaves.get(c.member_id) ?? [];
    list.push([c.effective_date, end]);
    leaves.set(c.member_id, list);
  });
  return { members: rows, schedules, leaves };
}

/** Each member's commitment over [from, to]; `memberIds` limits it to some members. */
export async function commitmentsOver(
  db: Kysely<DB>,
  range: { from: string; to: string },
  memberIds: readonly number[] | null = null,
): Promise<MemberCommitment[]> {
  const { members, schedules, leaves } = await load(db, range, memberIds);
  return members.map((m) => {
    const from = m.join_date > range.from ? m.join_date : range.from;
    const to = m.leaving_date !== null && m.leaving_date < range.to ? m.leaving_date : range.to;
    const versions = schedules.get(m.id) ?? [];
    const fallback: Omit<ScheduleSpan, 'from' | 'to'> = { id: null, weeklyMinutes: m.weekly_minutes, weekdays: WEEKDAYS, startTime: null };
    // The schedule changes at each version's date; before the first version the register's hours hold.
    const steps: { from: string; schedule: Omit<ScheduleSpan, 'from' | 'to'> }[] = [{ from: '0000-01-01', schedule: fallback }];
    for (const v of versions) {
      steps.push({
        from: v.from_date,
        schedule: { id: v.id, weeklyMinutes: v.weekly_minutes, weekdays: weekdaysOfMask(v.weekdays_mask), startTime: v.start_time },
      });
    }
    const spans: ScheduleSpan[] = [];
    for (const [a, b] of withoutLeaves(from, to, leaves.get(m.id) ?? [])) {
      steps.forEach((step, i) => {
        const next = steps[i + 1];
        const stepTo = next ? shiftDay(next.from, -1) : FOREVER;
        const s = step.from > a ? step.from : a;
        const e = stepTo < b ? stepTo : b;
        if (s <= e) spans.push({ ...step.schedule, from: s, to: e });
      });
    }
    return {
      memberId: m.id,
      memberNumber: m.member_number,
      name: `${m.last_names}, ${m.first_names}`,
      joinDate: m.join_date,
      leavingDate: m.leaving_date,
      spans,
    };
  });
}

/** Committed minutes of one member's spans over [from, to]. */
export function committedWithin(spans: readonly ScheduleSpan[], from: string, to: string): number {
  let total = 0;
  for (const span of spans) {
    const s = span.from > from ? span.from : from;
    const e = span.to < to ? span.to : to;
    if (s <= e) total += committedOver(span, s, e);
  }
  return total;
}

/** The schedule in force on `date` among the spans, or null (not a member, or on leave). */
export function scheduleOn(spans: readonly ScheduleSpan[], date: string): ScheduleSpan | null {
  return spans.find((s) => s.from <= date && date <= s.to) ?? null;
}

/** The seam planning, pay and surplus read (seams §3): committed minutes per member over [from, to], whole minutes. */
export async function committedMinutes(db: Kysely<DB>, range: { from: string; to: string }): Promise<Map<number, number>> {
  const result = new Map<number, number>();
  for (const c of await commitmentsOver(db, range)) result.set(c.memberId, Math.round(committedWithin(c.spans, range.from, range.to)));
  return result;
}
