import type { Generated, GeneratedAlways } from 'kysely';
import type { MemberStatus } from '../../../shared/domain/members';

export interface MemberTable {
  id: Generated<number>;
  member_number: number;
  last_names: string;
  first_names: string;
  national_id: string | null;
  tax_id: string | null;
  nationality: string | null;
  birth_date: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  join_date: string;
  admission_resolution: string | null;
  category: string | null;
  weekly_minutes: number;
  status: MemberStatus;
  status_since: string;
  leaving_date: string | null;
  leaving_cause: string | null;
  search_text: string;
  /** Folded last names and first names (migration 0004): what the register sorts surnames by. */
  sort_key: GeneratedAlways<string>;
  created_at: string;
  updated_at: string;
}

export interface MemberStatusChangeTable {
  id: Generated<number>;
  member_id: number;
  status: MemberStatus;
  effective_date: string;
  cause: string | null;
  resolution: string | null;
  recorded_at: string;
}

/** A correction of a status change entered by mistake: appended, never an edit of the history row. */
export interface MemberStatusCorrectionTable {
  id: Generated<number>;
  status_change_id: number;
  voided: 0 | 1;
  status: MemberStatus | null;
  effective_date: string | null;
  cause: string | null;
  resolution: string | null;
  reason: string;
  recorded_at: string;
}

/** The view of the status history with its corrections applied (voided entries left out). */
export interface MemberStatusEffectiveView {
  id: number;
  member_id: number;
  status: MemberStatus;
  effective_date: string;
  cause: string | null;
  resolution: string | null;
  recorded_at: string;
  correction_id: number | null;
}

export interface MembersSettingTable {
  id: number;
  status_future_margin_days: number;
}

export interface RetiredMemberNumberTable {
  member_number: number;
  retired_at: string;
}

export interface MembersTables {
  member: MemberTable;
  member_status_change: MemberStatusChangeTable;
  retired_member_number: RetiredMemberNumberTable;
  member_status_correction: MemberStatusCorrectionTable;
  member_status_effective: MemberStatusEffectiveView;
  members_setting: MembersSettingTable;
}
