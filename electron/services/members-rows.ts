/** Mapping between member rows in SQLite and the contract's Member, shared by every members service. */
import type { Selectable } from 'kysely';
import type { Member } from '../../shared/contract/members';
import type { MemberStatus } from '../../shared/domain/members';
import { foldForSearch } from '../../shared/domain/search';
import type { MemberTable } from '../db/schema';

export type MemberRecord = Selectable<MemberTable>;

export function toMember(row: MemberRecord): Member {
  return {
    id: row.id,
    memberNumber: row.member_number,
    lastNames: row.last_names,
    firstNames: row.first_names,
    nationalId: row.national_id,
    taxId: row.tax_id,
    nationality: row.nationality,
    birthDate: row.birth_date,
    email: row.email,
    phone: row.phone,
    address: row.address,
    joinDate: row.join_date,
    admissionResolution: row.admission_resolution,
    category: row.category,
    weeklyHours: row.weekly_minutes / 60,
    status: row.status as MemberStatus,
    statusSince: row.status_since,
    leavingDate: row.leaving_date,
    leavingCause: row.leaving_cause,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What search-as-you-type looks in: number, names and ids, folded. */
export function searchTextOf(m: {
  memberNumber: number;
  lastNames: string;
  firstNames: string;
  nationalId: string | null;
  taxId: string | null;
}): string {
  return foldForSearch([m.memberNumber, m.lastNames, m.firstNames, m.nationalId ?? '', m.taxId ?? ''].join(' '));
}

export const minutesOf = (weeklyHours: number) => Math.round(weeklyHours * 60);
