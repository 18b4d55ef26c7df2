/**
 * Members' and work centres' working time as minute intervals from T0. A member's time comes from
 * attendance: the committed weekly minutes of each week (committedMinutes), spread over the working
 * weekdays of the schedule in force (allSchedules, Monday to Friday when none is saved) from its usual
 * start time (08:00 when none), less the days of leave, sickness, holiday or justified absence recorded.
 */
import type { ServiceContext } from '../core';
import { allSchedules, committedMinutes, daysWithKinds } from '../attendance';
import { normalise, type Interval } from '../../../shared/domain/planning';
import { dateOfDay, weekdayOf, type Clock } from './time';
import type { MemberRow, WorkcenterRow } from './rows';

const DAY = 1440;
const AWAY = ['leave', 'sick_leave', 'holiday', 'justified_absence'] as const;

/** A work centre's weekly shifts over [0, days), with each dated exception applied to its day. */
export function workcenterCalendar(wc: WorkcenterRow, clock: Clock, days: number): Interval[] {
  const exceptionsOn = new Map<string, WorkcenterRow['exceptions']>();
  for (const e of wc.exceptions) exceptionsOn.set(e.date, [...(exceptionsOn.get(e.date) ?? []), e]);
  const out: Interval[] = [];
  for (let d = 0; d < days; d += 1) {
    const day = clock.t0Day + d;
    let spans: Interval[] = wc.shifts.filter((s) => s.weekday === weekdayOf(day)).map((s) => [s.start, s.end] as const);
    for (const e of exceptionsOn.get(dateOfDay(day)) ?? []) {
      if (e.kind === 'extra') spans = [...spans, [e.start, e.end]];
      else spans = spans.flatMap(([s, t]) => subtract([s, t], [e.start, e.end]));
    }
    for (const [s, e] of normalise(spans)) out.push([d * DAY + s, d * DAY + e]);
  }
  return [...normalise(out)];
}

export function subtract([s, e]: Interval, [cs, ce]: Interval): Interval[] {
  if (ce <= s || cs >= e) return [[s, e]];
  const out: Interval[] = [];
  if (cs > s) out.push([s, cs]);
  if (ce < e) out.push([ce, e]);
  return out;
}

/** Removes busy spans from a calendar (firm work already holding a member). */
export function without(calendar: readonly Interval[], busy: readonly Interval[]): Interval[] {
  let out: Interval[] = [...calendar];
  for (const b of normalise(busy)) out = out.flatMap((span) => subtract(span, b));
  return out;
}

export async function memberCalendars(ctx: ServiceContext, members: readonly MemberRow[], clock: Clock, days: number): Promise<Map<number, Interval[]>> {
  const result = new Map<number, Interval[]>();
  if (members.length === 0) return result;
  const weeks = Math.ceil(days / 7);
  const committed: Map<number, number>[] = [];
  for (let w = 0; w < weeks; w += 1) {
    committed.push(await committedMinutes(ctx.db, { from: dateOfDay(clock.t0Day + w * 7), to: dateOfDay(clock.t0Day + w * 7 + 6) }));
  }
  // Two reads for the whole horizon, not one per day and one per member.
  const away = new Set((await daysWithKinds(ctx.db, { from: dateOfDay(clock.t0Day), to: dateOfDay(clock.t0Day + days - 1) }, AWAY)).map((r) => `${r.memberId}:${r.date}`));
  const schedules = await allSchedules(ctx);
  for (const member of members) {
    const versions = schedules.get(member.id) ?? [];
    const out: Interval[] = [];
    for (let d = 0; d < days; d += 1) {
      const date = dateOfDay(clock.t0Day + d);
      const version = versions.filter((v) => v.from <= date).at(-1);
      const weekdays = version?.weekdays.length ? version.weekdays : [1, 2, 3, 4, 5];
      if (!weekdays.includes(weekdayOf(clock.t0Day + d)) || away.has(`${member.id}:${date}`)) continue;
      const minutes = Math.round((committed[Math.floor(d / 7)]!.get(member.id) ?? 0) / weekdays.length);
      if (minutes <= 0) continue;
      const start = version?.startTime ? Number(version.startTime.slice(0, 2)) * 60 + Number(version.startTime.slice(3, 5)) : 480;
      out.push([d * DAY + start, d * DAY + start + minutes]);
    }
    result.set(member.id, [...normalise(out)]);
  }
  return result;
}
