/** Minutes per member and kind over a range: one aggregate the (date, member, kind, minutes) index answers alone. */
import type { Kysely } from 'kysely';
import type { AttendanceKind } from '../../../shared/domain/attendance';
import type { DB } from '../../db/schema';

export async function minutesByMemberAndKind(
  db: Kysely<DB>,
  range: { from: string; to: string },
): Promise<{ memberId: number; kind: AttendanceKind; minutes: number }[]> {
  const rows = await db
    .selectFrom('attendance_record')
    .select((eb) => ['member_id', 'kind', eb.fn.sum<number>('minutes').as('minutes')])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .groupBy(['member_id', 'kind'])
    .orderBy('member_id')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ memberId: r.member_id, kind: r.kind, minutes: Number(r.minutes) }));
}

/** The days in [from, to] on which each member has minutes of one of `kinds` recorded, in one query. */
export async function daysWithKinds(db: Kysely<DB>, range: { from: string; to: string }, kinds: readonly AttendanceKind[]): Promise<{ memberId: number; date: string }[]> {
  if (kinds.length === 0) return [];
  const rows = await db
    .selectFrom('attendance_record')
    .select(['member_id', 'date'])
    .distinct()
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .where('kind', 'in', kinds)
    .where('minutes', '>', 0)
    .execute();
  return rows.map((r) => ({ memberId: r.member_id, date: r.date }));
}
