/**
 * Everything a run is computed from, read in a handful of aggregate queries: the scheme in force on the
 * period's first day (a scheme adopted mid-period applies from the next one), assignments and seniority on
 * its last day, attendance minutes by member and kind, the paid kinds, capital instalments due by its end,
 * and, for an adjusting run, what the period's posted runs already paid.
 */
import type { Kysely } from 'kysely';
import type { AttendanceKind } from '../../../shared/domain/attendance';
import { addDaysToDate } from '../../../shared/domain/dates';
import type { DB } from '../../db/schema';
import { attendanceSettings, minutesByMemberAndKind } from '../attendance';
import { lateInstalments } from '../capital';
import type { ServiceContext } from '../core';
import { assignedOn } from './assigned';
import type { DueInstalment, RunInputs } from './compute';
import type { PayPeriodRange } from './period';
import { refusal } from './refuse';
import { schemeInForce, statuteMaxRatio, type StoredScheme } from './schemes';
import { readSettings } from './settings';

export interface LoadedRun {
  inputs: RunInputs;
  scheme: StoredScheme;
  /** Member numbers of members with hours but no assignment, for the refusal's sentence. */
  numberOf: (memberId: number) => number | undefined;
}

async function minutesOf(db: Kysely<DB>, range: PayPeriodRange) {
  const minutes = new Map<number, Partial<Record<AttendanceKind, number>>>();
  for (const row of await minutesByMemberAndKind(db, range)) {
    const member = minutes.get(row.memberId) ?? {};
    member[row.kind] = row.minutes;
    minutes.set(row.memberId, member);
  }
  return minutes;
}

async function dueInstalments(ctx: ServiceContext, db: Kysely<DB>, to: string) {
  const byMember = new Map<number, DueInstalment[]>();
  for (const late of await lateInstalments({ ...ctx, db }, { asOf: addDaysToDate(to, 1) })) {
    const list = byMember.get(late.memberId) ?? [];
    list.push({ subscriptionId: late.subscriptionId, number: late.number, dueDate: late.dueDate, dueMinor: late.dueMinor });
    byMember.set(late.memberId, list);
  }
  return byMember;
}

/** Gross already paid each member by the period's posted runs (regular and adjusting). */
export async function alreadyPaidIn(db: Kysely<DB>, period: string) {
  const rows = await db
    .selectFrom('remuneration_run_member as rm')
    .innerJoin('remuneration_run as r', 'r.id', 'rm.run_id')
    .select((eb) => ['rm.member_id', eb.fn.sum<number>('rm.gross_minor').as('gross'), eb.fn.max('rm.member_number').as('number'), eb.fn.max('rm.member_name').as('name'), eb.fn.max('rm.category').as('category')])
    .where('r.period', '=', period)
    .where('r.status', '=', 'posted')
    .groupBy('rm.member_id')
    .execute();
  return new Map(rows.map((r) => [r.member_id, { grossMinor: Number(r.gross), memberNumber: Number(r.number), memberName: String(r.name), category: String(r.category) }]));
}

export async function loadRun(ctx: ServiceContext, db: Kysely<DB>, range: PayPeriodRange, adjusting: boolean): Promise<LoadedRun> {
  const scheme = await schemeInForce(db, range.from);
  if (!scheme) throw refusal('BAD_INPUT', 'NO_SCHEME', `No pay scheme is in force on ${range.from}; save one first.`, { date: range.from });
  const settings = await readSettings(db);
  const [assigned, minutes, kinds, statuteMax] = [await assignedOn(db, range.to), await minutesOf(db, range), await attendanceSettings(db), await statuteMaxRatio(ctx, db, range.to)];
  const instalments = settings.deductCapitalInstalments && !adjusting ? await dueInstalments(ctx, db, range.to) : new Map<number, DueInstalment[]>();
  const alreadyPaid = adjusting ? await alreadyPaidIn(db, range.period) : new Map();
  const known = new Set(assigned.map((a) => a.memberId));
  const unknown = [...minutes.keys()].filter((id) => !known.has(id)).slice(0, 500);
  const numbers = new Map<number, number>();
  if (unknown.length > 0) {
    for (const m of await db.selectFrom('member').select(['id', 'member_number']).where('id', 'in', unknown).execute()) numbers.set(m.id, m.member_number);
  }
  return {
    inputs: { range, adjusting, rules: scheme.rules, statuteMax, assigned, minutes, paidKinds: new Set(kinds.paidKinds), instalments, alreadyPaid },
    scheme,
    numberOf: (id) => numbers.get(id),
  };
}
