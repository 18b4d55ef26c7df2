/**
 * A posted distribution's content as stored (its steps and every member's share), hashed canonically: the
 * posting stores the hash, and `check` recomputes it from the rows, so an edit behind the app's back shows.
 */
import { createHash } from 'node:crypto';

export interface StoredStep {
  ord: number;
  key: string;
  name: string;
  amount_minor: number;
  basis: string;
  subtotal: 0 | 1;
}

export interface StoredShare {
  member_id: number;
  weight: string;
  interest_minor: number;
  return_minor: number;
  cash_minor: number;
  capitalised_minor: number;
}

export function contentHash(year: number, journalEntryId: number, steps: readonly StoredStep[], shares: readonly StoredShare[]): string {
  const canonical = {
    year,
    journalEntryId,
    steps: [...steps].sort((a, b) => a.ord - b.ord).map((s) => [s.ord, s.key, s.name, s.amount_minor, s.basis, s.subtotal]),
    shares: [...shares].sort((a, b) => a.member_id - b.member_id).map((s) => [s.member_id, s.weight, s.interest_minor, s.return_minor, s.cash_minor, s.capitalised_minor]),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
