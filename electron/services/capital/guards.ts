/**
 * The checks every capital operation makes before writing: the member exists and may hold capital, the
 * date is not before they joined, and the books are not closed on that date.
 */
import type { Kysely } from 'kysely';
import { canHoldCapital } from '../../../shared/domain/capital';
import type { MemberStatus } from '../../../shared/domain/members';
import type { DB } from '../../db/schema';
import { closedThrough } from '../ledger';
import { refusal } from './refuse';

export interface MemberRef {
  id: number;
  memberNumber: number;
  name: string;
  status: MemberStatus;
  joinDate: string;
  leavingDate: string | null;
}

export async function loadMember(db: Kysely<DB>, id: number): Promise<MemberRef> {
  const row = await db
    .selectFrom('member')
    .select(['id', 'member_number', 'last_names', 'first_names', 'status', 'join_date', 'leaving_date'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'MEMBER_NOT_FOUND', `No member has id ${id}.`, { id });
  return {
    id: row.id,
    memberNumber: row.member_number,
    name: `${row.last_names}, ${row.first_names}`,
    status: row.status,
    joinDate: row.join_date,
    leavingDate: row.leaving_date,
  };
}

/** Only a member in the book (trial, active, on leave) subscribes, pays, gives or receives capital. */
export function requireHolder(member: MemberRef): void {
  if (!canHoldCapital(member.status)) {
    throw refusal('CONFLICT', 'NOT_A_HOLDER', `Member ${member.memberNumber} is ${member.status}, not a member who may hold capital.`, {
      number: member.memberNumber,
      status: member.status,
    });
  }
}

export function requireJoined(member: MemberRef, date: string): void {
  if (date < member.joinDate) {
    throw refusal('BAD_INPUT', 'BEFORE_JOIN', `${date} is before member ${member.memberNumber} joined (${member.joinDate}).`, {
      number: member.memberNumber,
      date,
      joinDate: member.joinDate,
    });
  }
}

/** A date on or before the books' closing is refused here with capital's own sentence, before anything is written. */
export async function requireOpenPeriod(db: Kysely<DB>, date: string): Promise<void> {
  const closed = await closedThrough(db);
  if (closed !== null && date <= closed) {
    throw refusal('BAD_INPUT', 'CLOSED_PERIOD', `The books are closed through ${closed}; ${date} falls in the closed period.`, { date, closed });
  }
}
