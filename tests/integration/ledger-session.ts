/** A coop with two members and helpers to post journal entries through the ledger's own API. */
import type { NewJournalEntry } from '../../electron/services/ledger';
import type { Input, Method, Output, Result } from '../../shared/contract';
import { inTransaction } from '../../electron/services/core';
import { postJournalEntry, reverseJournalEntry } from '../../electron/services/ledger';
import { memberInput, openMembersSession } from './members-session';

export async function openLedgerSession(dir: string) {
  const s = await openMembersSession(dir);
  for (const memberNumber of [1, 2]) {
    const created = await s.dispatch('members.create', { ...memberInput({ lastNames: `Socio ${memberNumber}` }), memberNumber, status: 'active' });
    if (!created.ok) throw new Error(created.error.message);
  }
  const post = (entry: NewJournalEntry) => inTransaction(s.ctx(), (trx) => postJournalEntry(trx, s.ctx(), entry));
  const reverse = (entryId: number, options: { date: string; memo: string }) =>
    inTransaction(s.ctx(), (trx) => reverseJournalEntry(trx, s.ctx(), entryId, options));
  const rows = (table: 'ledger_entry' | 'ledger_line' | 'ledger_entry_seal' | 'audit_log' | 'ledger_account_code' | 'ledger_period_close') =>
    s.handle().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  /** The dispatcher, typed by the contract (it answers any method, so its own type is `unknown`). */
  const call = <M extends Method>(method: M, input: Input<M>) => s.dispatch(method, input) as Promise<Result<Output<M>>>;
  return { ...s, call, post, reverse, rows };
}

/**
 * Member 1's returns (750.00) and interest (250.00) moved to pay payable. Member-level lines stay off the
 * capital accounts, which the capital domain's check reconciles with its own register.
 */
export function payableTransfer(overrides: Partial<NewJournalEntry> = {}): NewJournalEntry {
  return {
    date: '2025-03-10',
    memo: 'Retornos e intereses a pagar con el anticipo, socio 1',
    source: { kind: 'capital.operation', id: 1 },
    lines: [
      { account: 'returns_payable', memberNumber: 1, debitMinor: 75_000 },
      { account: 'interest_payable', debitMinor: 25_000 },
      { account: 'pay_payable', memberNumber: 1, creditMinor: 100_000 },
    ],
    ...overrides,
  };
}
