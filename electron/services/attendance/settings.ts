/** Which kinds are paid, which count as work for surplus, and the punctuality tolerance. */
import type { Kysely } from 'kysely';
import type { AttendanceSettings } from '../../../shared/contract/attendance';
import { attendanceKinds, type AttendanceKind } from '../../../shared/domain/attendance';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../core';

const kindsOf = (text: string): AttendanceKind[] =>
  attendanceKinds.filter((k) => text.split(',').includes(k));
/** Stored in the catalogue's order, so the same set is always the same text. */
const textOf = (kinds: readonly AttendanceKind[]): string => attendanceKinds.filter((k) => kinds.includes(k)).join(',');

export async function getAttendanceSettings(db: Kysely<DB>): Promise<AttendanceSettings> {
  const row = await db.selectFrom('attendance_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return { paidKinds: kindsOf(row.paid_kinds), workKinds: kindsOf(row.work_kinds), lateToleranceMinutes: row.late_tolerance_minutes };
}

/** The seam pay and surplus read (seams §3). */
export async function attendanceSettings(db: Kysely<DB>): Promise<{ paidKinds: AttendanceKind[]; workKinds: AttendanceKind[] }> {
  const { paidKinds, workKinds } = await getAttendanceSettings(db);
  return { paidKinds, workKinds };
}

export async function updateAttendanceSettings(ctx: ServiceContext, input: AttendanceSettings): Promise<AttendanceSettings> {
  return inTransaction(ctx, async (trx, audit) => {
    const before = await getAttendanceSettings(trx);
    await trx
      .updateTable('attendance_settings')
      .set({
        paid_kinds: textOf(input.paidKinds),
        work_kinds: textOf(input.workKinds),
        late_tolerance_minutes: input.lateToleranceMinutes,
        updated_at: nowIso(ctx),
      })
      .where('id', '=', 1)
      .execute();
    const after = await getAttendanceSettings(trx);
    await audit({ action: 'attendance.settings', entity: 'attendance_settings', entityId: 1, before, after });
    return after;
  });
}
