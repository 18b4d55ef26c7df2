/**
 * Who may hold and move capital: a member in the book (trial, active or on leave). An applicant is not yet
 * admitted, and a member who left holds only a refund claim.
 */
import type { MemberStatus } from '../members';

export const capitalHolderStatuses: readonly MemberStatus[] = ['trial', 'active', 'on_leave'];

export function canHoldCapital(status: MemberStatus): boolean {
  return capitalHolderStatuses.includes(status);
}
