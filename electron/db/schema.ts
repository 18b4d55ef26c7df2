import type { Generated } from 'kysely';

/** Table types for Kysely; they mirror migrations/ (tests/fixtures/schema.sql is the reviewed snapshot of the live schema). */
export interface CoopProfileTable {
  id: number;
  name: string;
  framework: string;
  currency: string;
  locale: string;
  fiscal_year_start: string;
  statute_json: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

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
  status: string;
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
  status: string;
  effective_date: string;
  cause: string | null;
  resolution: string | null;
  recorded_at: string;
}

export interface RetiredMemberNumberTable {
  member_number: number;
  retired_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface DB {
  coop_profile: CoopProfileTable;
  member: MemberTable;
  member_status_change: MemberStatusChangeTable;
  retired_member_number: RetiredMemberNumberTable;
  audit_log: AuditLogTable;
}
