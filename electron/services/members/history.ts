/**
 * A member's status history as it stands: every row ever recorded, each with the correction in force
 * (the newest one), voided rows kept but set aside. The member's status is computed from it.
 */
import type { HistoryEntry } from '../../../shared/contract/members';
import { DomainError } from '../../../shared/contract/errors';
import type { ServiceContext } from '../core';

type Db = ServiceContext['db'];

/** The member's history rows with their corrections applied, oldest first (by date as corrected, then id). */
export async function historyOf(db: Db, memberId: number): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('member_status_change').selectAll().where('member_id', '=', memberId).execute();
  const corrections = await db
    .selectFrom('member_status_correction')
    .selectAll()
    .where(
      'status_change_id',
      'in',
      db.selectFrom('member_status_change').select('id').where('member_id', '=', memberId),
    )
    .orderBy('id')
    .execute();
  // Ordered by id, so the last one seen for a row is the one in force.
  const latest = new Map(corrections.map((c) => [c.status_change_id, c]));
  const entries = rows.map((r): HistoryEntry => {
    const original = { status: r.status, effectiveDate: r.effective_date, cause: r.cause, resolution: r.resolution };
    const c = latest.get(r.id);
    const corrected = c !== undefined && c.voided === 0 && c.status !== null && c.effective_date !== null
      ? { status: c.status, effectiveDate: c.effective_date, cause: c.cause, resolution: c.resolution }
      : original;
    return {
      id: r.id,
      memberId: r.member_id,
      ...corrected,
      recordedAt: r.recorded_at,
      voided: c?.voided === 1,
      correction: c === undefined ? null : { id: c.id, reason: c.reason, recordedAt: c.recorded_at, original },
    };
  });
  return entries.sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.id - b.id);
}

/** The history for the member's page: newest first. */
export async function memberHistory(ctx: ServiceContext, id: number): Promise<HistoryEntry[]> {
  const member = await ctx.db.selectFrom('member').select('id').where('id', '=', id).executeTakeFirst();
  if (!member) throw new DomainError('NOT_FOUND', `No member with id ${id}.`, { key: 'members:errors.MEMBER_NOT_FOUND' });
  return (await historyOf(ctx.db, id)).reverse();
}
