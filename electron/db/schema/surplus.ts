import type { Generated } from 'kysely';
import type { LegalFramework } from '../../../shared/domain/statute';

/** A distribution policy version (the scenario file's `policy`, as JSON), in force from its fiscal year on; never rewritten. */
export interface SurplusPolicyTable {
  id: Generated<number>;
  effective_year: number;
  framework: LegalFramework;
  policy_json: string;
  note: string;
  created_at: string;
}

/** A closed fiscal year's result; final once a distribution of the year is posted (triggers). */
export interface SurplusYearTable {
  year: number;
  members_result_minor: number;
  non_members_result_minor: number;
  tax_minor: number;
  prior_losses_minor: number;
  source: 'typed' | 'imported';
  closed_at: string;
}

/** A posted distribution (or the reversal of one); append-only, hashed over its steps and shares. */
export interface SurplusDistributionTable {
  id: Generated<number>;
  year: number;
  policy_id: number;
  resolution_id: number;
  resolution_reference: string;
  posted_on: string;
  journal_entry_id: number;
  reverses_id: number | null;
  unabsorbed_loss_minor: number;
  offset_minor: number;
  content_hash: string;
  created_at: string;
}

export interface SurplusStepTable {
  distribution_id: number;
  ord: number;
  key: string;
  name: string;
  amount_minor: number;
  basis: string;
  subtotal: 0 | 1;
}

export interface SurplusAllocationTable {
  distribution_id: number;
  member_id: number;
  /** The exact weight, as "num/den". */
  weight: string;
  interest_minor: number;
  return_minor: number;
  cash_minor: number;
  capitalised_minor: number;
  capital_operation_number: number | null;
}

export interface SurplusReturnEventTable {
  id: Generated<number>;
  distribution_id: number;
  member_id: number;
  kind: 'collected' | 'converted';
  date: string;
  amount_minor: number;
  created_at: string;
}

/** What the projector shows of a distribution (one row at most; none, nothing): replaced, not a record of the books. */
export interface SurplusProjectionTable {
  id: number;
  year: number;
  /** The policy shown, in the scenario file's form (a draft not yet saved may be shown). */
  policy_json: string;
  labels: 'name' | 'number';
  shown_at: string;
}

export interface SurplusTables {
  surplus_policy: SurplusPolicyTable;
  surplus_year: SurplusYearTable;
  surplus_distribution: SurplusDistributionTable;
  surplus_step: SurplusStepTable;
  surplus_allocation: SurplusAllocationTable;
  surplus_return_event: SurplusReturnEventTable;
  surplus_projection: SurplusProjectionTable;
}
