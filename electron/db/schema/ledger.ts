import type { Generated } from 'kysely';
import type { AccountKey } from '../../../shared/domain/ledger/accounts';

/** The accountant's own code for an internal account; no row: the framework's default code. */
export interface LedgerAccountCodeTable {
  account: AccountKey;
  code: string;
  updated_at: string;
}

/** Each closing of the books, append-only; the latest `closed_through` is the date up to which nothing is posted. */
export interface LedgerPeriodCloseTable {
  id: Generated<number>;
  closed_through: string;
  reason: string;
  closed_at: string;
  actor: string;
}

/**
 * A journal entry: numbered without gaps, never updated or deleted (triggers), hash-chained over its
 * content and its lines (services/ledger/chain.ts), and committed only with its seal (migrations/0005_ledger.ts).
 */
export interface LedgerEntryTable {
  id: number;
  number: number;
  date: string;
  memo: string;
  source_kind: string;
  source_id: string;
  /** The entry this one reverses; at most one reversal per entry. */
  reverses_id: number | null;
  posted_at: string;
  prev_hash: string;
  hash: string;
}

export interface LedgerLineTable {
  id: Generated<number>;
  entry_id: number;
  line_no: number;
  account: AccountKey;
  member_number: number | null;
  debit_minor: number;
  credit_minor: number;
}

/** Written after an entry's lines: the database checks them balanced here, and refuses lines after it. */
export interface LedgerEntrySealTable {
  entry_id: number;
  line_count: number;
  total_minor: number;
}

export interface LedgerTables {
  ledger_account_code: LedgerAccountCodeTable;
  ledger_period_close: LedgerPeriodCloseTable;
  ledger_entry: LedgerEntryTable;
  ledger_line: LedgerLineTable;
  ledger_entry_seal: LedgerEntrySealTable;
}
