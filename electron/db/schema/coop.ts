import type { Generated } from 'kysely';
import type { Locale } from '../../../shared/contract/coop';
import type { LegalFramework } from '../../../shared/domain/statute';

export interface CoopProfileTable {
  id: number;
  name: string;
  framework: LegalFramework;
  currency: string;
  /** ISO 4217 minor digits, fixed at setup (migrations/0003_coop_profile.ts). */
  minor_digits: number;
  locale: Locale;
  fiscal_year_start: string;
  tax_id: string | null;
  registration_number: string | null;
  address: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** One dated statute; never updated or deleted (triggers): a reform is a new row. */
export interface StatuteVersionTable {
  id: Generated<number>;
  effective_from: string;
  statute_json: string;
  created_at: string;
}

export interface CoopTables {
  coop_profile: CoopProfileTable;
  statute_version: StatuteVersionTable;
}
