/** A status change the lifecycle refuses, as the DomainError a person reads (members:errors.transition.*). */
import { DomainError } from '../../../shared/contract/errors';
import type { MemberStatus, TransitionRefusal } from '../../../shared/domain/members';

const refusalMessages = {
  same_status: 'The member already has that status.',
  final_status: 'The member has left the cooperative; their status can no longer change.',
  not_allowed: 'That status change is not allowed.',
  before_last_change: 'The date is before the member’s last status change.',
  too_far_ahead: 'The date is further ahead than a status change may be recorded.',
  cause_required: 'Leaving the cooperative needs a cause.',
  resolution_required: 'An exclusion needs the council resolution that decided it.',
} as const;

export function transitionError(refusal: TransitionRefusal, from: MemberStatus, to: MemberStatus): DomainError {
  const params: Record<string, string> = { from, to };
  if (refusal.reason === 'before_last_change') params.lastChange = refusal.lastChange;
  if (refusal.reason === 'too_far_ahead') params.latest = refusal.latest;
  return new DomainError('INVALID_TRANSITION', refusalMessages[refusal.reason], {
    key: `members:errors.transition.${refusal.reason}`,
    params,
  });
}
