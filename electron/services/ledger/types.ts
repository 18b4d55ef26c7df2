import type { AccountKey } from '../../../shared/domain/ledger/accounts';

export interface JournalLine {
  account: AccountKey;
  memberNumber?: number | null;
  debitMinor?: number;
  creditMinor?: number;
}

export interface NewJournalEntry {
  /** YYYY-MM-DD */
  date: string;
  memo: string;
  /** The operation the entry records (a capital register operation, a pay run, …). */
  source: { kind: string; id: string | number };
  lines: JournalLine[];
}

export interface PostedEntry {
  id: number;
  number: number;
}
