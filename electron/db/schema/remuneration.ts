import type { Generated } from 'kysely';
import type { PayLabel, RatioPolicy, RunFrequency, SchemeKind } from '../../../shared/contract/remuneration';

export interface RemunerationSettingsTable {
  id: number;
  pay_label: PayLabel;
  ratio_policy: RatioPolicy;
  frequency: RunFrequency;
  deduct_capital_instalments: 0 | 1;
  updated_at: string;
}

/** A dated version of the coop's pay scheme; final once a posted run used it (trigger). */
export interface RemunerationSchemeVersionTable {
  id: Generated<number>;
  name: string;
  effective_from: string;
  kind: SchemeKind;
  /** The contract's `schemeRules`, as JSON. */
  rules_json: string;
  resolution_id: number | null;
  resolution_reference: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface RemunerationAssignmentTable {
  id: Generated<number>;
  member_id: number;
  effective_from: string;
  category: string;
  steps_json: string;
  modifiers_json: string;
  commitment_num: number;
  commitment_den: number;
  add_ons_json: string;
  recorded_at: string;
}

export interface RemunerationBankAccountTable {
  member_id: number;
  bank_account: string;
  updated_at: string;
}

export interface RemunerationRunTable {
  id: Generated<number>;
  period: string;
  period_from: string;
  period_to: string;
  kind: 'regular' | 'adjusting';
  status: 'draft' | 'posted';
  scheme_version_id: number;
  member_count: number;
  gross_minor: number;
  deductions_minor: number;
  net_minor: number;
  ratio_json: string;
  warnings_json: string;
  inputs_hash: string;
  resolution_id: number | null;
  resolution_reference: string | null;
  ratio_warning_accepted: Generated<0 | 1>;
  posting_date: string | null;
  journal_entry_id: number | null;
  created_at: string;
  posted_at: string | null;
  /** The hash of the posted run's content (services/remuneration/content.ts), null while a draft. */
  content_hash: string | null;
}

export interface RemunerationRunMemberTable {
  id: Generated<number>;
  run_id: number;
  member_id: number;
  member_number: number;
  member_name: string;
  category: string;
  minutes_json: string;
  paid_minutes: number;
  gross_minor: number;
  deductions_minor: number;
  net_minor: number;
  /** The member's lines, in order: `{ kind, key, params, amountMinor, subscriptionId }[]` as JSON. */
  lines_json: string;
  payslip_number: number | null;
}

export interface RemunerationTables {
  remuneration_settings: RemunerationSettingsTable;
  remuneration_scheme_version: RemunerationSchemeVersionTable;
  remuneration_assignment: RemunerationAssignmentTable;
  remuneration_bank_account: RemunerationBankAccountTable;
  remuneration_run: RemunerationRunTable;
  remuneration_run_member: RemunerationRunMemberTable;
}
