/** The journal lines of each capital operation; member-level postings carry the member number. */
import type { PaymentMethod, RefundRight } from '../../../shared/contract/capital';
import { capitalAccountOf } from '../../../shared/domain/capital';
import type { JournalLine } from '../ledger';

type Account = JournalLine['account'];

export const moneyAccountOf = (method: PaymentMethod): Account => (method === 'payroll' ? 'pay_payable' : method);
/** Pay payable is owed to each member, so a deduction from pay names whose pay it came out of. */
export const payableMember = (method: PaymentMethod, memberNumber: number): number | null => (method === 'payroll' ? memberNumber : null);

export function pair(debit: Account, credit: Account, amount: number, members: { debit?: number | null; credit?: number | null }): JournalLine[] {
  return [
    { account: debit, memberNumber: members.debit ?? null, debitMinor: amount },
    { account: credit, memberNumber: members.credit ?? null, creditMinor: amount },
  ];
}

export const capitalAccount = (right: RefundRight): Account => capitalAccountOf(right);
