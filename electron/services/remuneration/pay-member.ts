/** A member as the pure pay rules read them: their assignment, seniority on a day, and paid minutes by kind. */
import type { PayMember } from '../../../shared/domain/remuneration';
import type { AssignedMember } from './assigned';
import { completedYears } from './period';

export function payMemberOf(member: AssignedMember, on: string, paidMinutesByKind: Record<string, number> = {}): PayMember {
  const minutes = Object.values(paidMinutesByKind).reduce((a, b) => a + b, 0);
  return {
    id: String(member.memberNumber),
    category: member.category,
    years: completedYears(member.joinDate, on),
    minutes,
    minutesByKind: paidMinutesByKind,
    steps: member.steps,
    modifiers: member.modifiers,
    commitment: member.commitment,
    addOns: member.addOns,
  };
}
