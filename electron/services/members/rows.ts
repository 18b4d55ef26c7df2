/** Mapping between member rows in SQLite and the contract's Member, shared by every members service. */
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Member, memberFields, StatusChange } from '../../../shared/contract/members';
import { foldForSearch } from '../../../shared/domain/search';
import type { MemberStatusChangeTable, MemberTable } from '../../db/schema';

type ParsedMemberFields = z.output<typeof memberFields>;

export type MemberRecord = Selectable<MemberTable>;
export type StatusChangeRecord = Selectable<MemberStatusChangeTable>;

export function toStatusChange(row: StatusChangeRecord): StatusChange {
  return {
    id: row.id,
    memberId: row.member_id,
    status: row.status,
    effectiveDate: row.effective_date,
    cause: row.cause,
    resolution: row.resolution,
    recordedAt: row.recorded_at,
  };
}

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
    status: row.status,
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

/** The columns a person's edit sets, from the contract's member fields (create and update share it). */
export function editableColumns(fields: ParsedMemberFields, memberNumber: number) {
  return {
    last_names: fields.lastNames,
    first_names: fields.firstNames,
    national_id: fields.nationalId,
    tax_id: fields.taxId,
    nationality: fields.nationality,
    birth_date: fields.birthDate,
    email: fields.email,
    phone: fields.phone,
    address: fields.address,
    join_date: fields.joinDate,
    admission_resolution: fields.admissionResolution,
    category: fields.category,
    weekly_minutes: minutesOf(fields.weeklyHours),
    search_text: searchTextOf({ ...fields, memberNumber }),
  };
}
