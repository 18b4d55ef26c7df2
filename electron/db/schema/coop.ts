import type { Locale } from '../../../shared/contract/coop';
import type { LegalFramework } from '../../../shared/domain/statute';

export interface CoopProfileTable {
  id: number;
  name: string;
  framework: LegalFramework;
  currency: string;
  locale: Locale;
  fiscal_year_start: string;
  statute_json: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface CoopTables {
  coop_profile: CoopProfileTable;
}
