/** A real temp-file database with the coop and a few members, for the attendance tests. */
import { expect } from 'vitest';
import { memberInput, openMembersSession } from './members-session';

export async function openAttendanceSession(dir: string) {
  const s = await openMembersSession(dir);
  const call = async (method: string, input: unknown) => {
    const result = await s.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };
  /** Adds an active member; returns its id. */
  const addMember = async (memberNumber: number, joinDate = '2024-01-01', weeklyHours = 40): Promise<number> => {
    const created: { id: number } = await call('members.create', memberInput({ memberNumber, joinDate, weeklyHours, lastNames: `Apellido${memberNumber}`, status: 'active' }));
    return created.id;
  };
  const records = () => s.handle().prepare('SELECT count(*) FROM attendance_record').pluck().get() as number;
  const audits = () => s.handle().prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  /** Expects a refusal and that nothing was written (no record, no audit row). */
  const refusedWithNothingWritten = async (method: string, input: unknown) => {
    const [before, auditBefore] = [records(), audits()];
    const result = await s.dispatch(method, input);
    expect(result.ok).toBe(false);
    expect([records(), audits()]).toEqual([before, auditBefore]);
    return (result as { ok: false; error: { code: string; key: string; params?: Record<string, unknown>; issues?: { path: string; message: string }[] } }).error;
  };
  return { ...s, call, addMember, records, audits, refusedWithNothingWritten };
}

export const work = (minutes: number | null, clockIn: string | null = null, clockOut: string | null = null, kind = 'work') => ({
  kind,
  minutes,
  clockIn,
  clockOut,
  note: null,
});
