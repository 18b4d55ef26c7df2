import type { Generated } from 'kysely';
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

export interface RetiredMemberNumberTable {
  member_number: number;
  retired_at: string;
}

export interface MembersTables {
  member: MemberTable;
  member_status_change: MemberStatusChangeTable;
  retired_member_number: RetiredMemberNumberTable;
}
