/**
 * Budgets' tables: the yearly budget in versions never overwritten (migration 0012_budgets), and the
 * capitalisation plans with their financing and scenarios (migration 0014_capitalisation).
 */
import type { Generated } from 'kysely';
import type { AccountKey } from '../../../shared/domain/ledger/accounts';

// — the yearly budget (0012_budgets) —

/** A version of a year's budget: a draft (editable, discardable) or approved (final: triggers refuse changes). */
export interface BudgetVersionTable {
  id: Generated<number>;
  year: number;
  number: number;
  status: 'draft' | 'approved';
  based_on_id: number | null;
  note: string | null;
  created_at: string;
  approved_at: string | null;
  resolution_id: number | null;
  resolution_reference: string | null;
  resolution_date: string | null;
  /** The lines' hash taken at approval; `check` recomputes it. */
  content_hash: string | null;
}

/** One month of a budget line (account, label): its amount, never negative. */
export interface BudgetLineTable {
  version_id: number;
  line_no: number;
  account: AccountKey;
  label: string;
  month: number;
  amount_minor: number;
}

/** An approved version made 'revised' by the approval of a later one (append-only). */
export interface BudgetVersionRevisionTable {
  version_id: number;
  revised_by_id: number;
  revised_at: string;
}

// — capitalisation (0014_capitalisation) —

/** An investment plan over 3 to 5 fiscal years; a working document, edited in place and audited. */
export interface BudgetPlanTable {
  id: Generated<number>;
  name: string;
  from_year: number;
  years: number;
  note: string | null;
  expected_revenue_minor: number;
  expected_surplus_minor: number;
  created_at: string;
  updated_at: string;
}

/** A machine or project a plan buys: its cost, when, and how long it serves. */
export interface BudgetPlanInvestmentTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  name: string;
  cost_minor: number;
  date: string;
  useful_life_years: number;
  capacity_minutes_per_year: number | null;
  savings_minor_per_year: number | null;
  note: string | null;
}

/** Another way to see a plan: a revenue change and, when it has its own, another financing mix. */
export interface BudgetPlanScenarioTable {
  id: Generated<number>;
  plan_id: number;
  name: string;
  revenue_change_percent: string;
  has_own_financing: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** One source of a plan's (or a scenario's) money; the columns its kind does not use are null. */
export interface BudgetPlanFinancingTable {
  id: Generated<number>;
  plan_id: number;
  scenario_id: number | null;
  position: number;
  kind: 'capital' | 'retained' | 'loan' | 'grant';
  amount_minor: number;
  date: string | null;
  year: number | null;
  instalments: number | null;
  source: 'capitalised-returns' | 'reserves' | null;
  lender: string | null;
  annual_rate: string | null;
  periods: number | null;
  frequency: 1 | 2 | 4 | 12 | null;
  method: 'french' | 'german' | null;
  name: string | null;
  note: string | null;
}


export interface BudgetsTables {
  // the yearly budget
  budget_version: BudgetVersionTable;
  budget_line: BudgetLineTable;
  budget_version_revision: BudgetVersionRevisionTable;

  // capitalisation
  budget_plan: BudgetPlanTable;
  budget_plan_investment: BudgetPlanInvestmentTable;
  budget_plan_scenario: BudgetPlanScenarioTable;
  budget_plan_financing: BudgetPlanFinancingTable;
}
