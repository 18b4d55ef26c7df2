import type { Generated } from 'kysely';
import type { OperationKind, PaymentMethod, RefundRight } from '../../../shared/contract/capital';

export interface CapitalShareClassTable {
  id: Generated<number>;
  name: string;
  nominal_minor: number;
  minimum_subscription_minor: number;
  minimum_paid_now_num: number;
  minimum_paid_now_den: number;
  refund_right: RefundRight;
  active: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface CapitalPolicyTable {
  id: number;
  refund_ceiling_num: number | null;
  refund_ceiling_den: number | null;
  refund_instalments: number;
  pending_rate_num: number | null;
  pending_rate_den: number | null;
  forfeiture_notice_days: number;
  revolving_years: number | null;
  updated_at: string;
}

export interface CapitalSubscriptionTable {
  id: Generated<number>;
  member_id: number;
  class_id: number;
  date: string;
  shares: number;
  amount_minor: number;
}

export interface CapitalInstalmentTable {
  subscription_id: number;
  number: number;
  due_date: string;
  amount_minor: number;
}

export interface CapitalRefundTable {
  id: Generated<number>;
  member_id: number;
  request_date: string;
  amount_minor: number;
}

export interface CapitalRefundInstalmentTable {
  refund_id: number;
  number: number;
  due_date: string;
  amount_minor: number;
}

/** The capital register (append-only, numbered without gaps by a trigger). */
export interface CapitalOperationTable {
  number: number;
  date: string;
  kind: OperationKind;
  /** The kind whose effect the row carries: its own, or for a reversal the reversed one (amount negated). */
  effect_kind: Exclude<OperationKind, 'reversal'>;
  member_id: number | null;
  counterpart_member_id: number | null;
  class_id: number | null;
  subscription_id: number | null;
  refund_id: number | null;
  amount_minor: number;
  method: PaymentMethod | null;
  allocation_year: number | null;
  reference: string | null;
  reverses_number: number | null;
  journal_entry_id: number | null;
  recorded_at: string;
}

export interface CapitalTables {
  capital_share_class: CapitalShareClassTable;
  capital_policy: CapitalPolicyTable;
  capital_subscription: CapitalSubscriptionTable;
  capital_instalment: CapitalInstalmentTable;
  capital_refund: CapitalRefundTable;
  capital_refund_instalment: CapitalRefundInstalmentTable;
  capital_operation: CapitalOperationTable;
}
