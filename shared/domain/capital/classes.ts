/**
 * Share classes and what a subscription to one must meet. A refund the member can demand (automatic) makes
 * the capital a liability of the coop; one the council may refuse, or the statute prohibits, leaves it
 * equity (the IFRIC 2 reading most frameworks follow).
 */
import type { Fraction } from '../rational';
import { percentOf, type Money } from '../money';

export type RefundRight = 'automatic' | 'council' | 'prohibited';
export type Presentation = 'equity' | 'liability';

export function presentationOf(right: RefundRight): Presentation {
  return right === 'automatic' ? 'liability' : 'equity';
}

export function capitalAccountOf(right: RefundRight): 'members_capital' | 'members_capital_liability' {
  return presentationOf(right) === 'liability' ? 'members_capital_liability' : 'members_capital';
}

export interface ClassTerms {
  nominal: Money;
  minimumSubscription: Money;
  minimumPaidNow: Fraction;
}

export type SubscriptionRefusal =
  | { reason: 'not_whole_shares'; nominal: Money }
  | { reason: 'below_minimum'; minimum: Money }
  | { reason: 'paid_now_below_minimum'; minimum: Money }
  | { reason: 'paid_now_above_amount'; amount: Money };

/** The least paid at once: the class's share of the subscription, rounded half up like any percentage. */
export function minimumPaidNow(amount: Money, terms: ClassTerms): Money {
  return percentOf(amount, terms.minimumPaidNow);
}

export function checkSubscription(amount: Money, paidNow: Money, terms: ClassTerms): SubscriptionRefusal | null {
  if (amount % terms.nominal !== 0) return { reason: 'not_whole_shares', nominal: terms.nominal };
  if (amount < terms.minimumSubscription) return { reason: 'below_minimum', minimum: terms.minimumSubscription };
  if (paidNow > amount) return { reason: 'paid_now_above_amount', amount };
  const least = minimumPaidNow(amount, terms);
  if (paidNow < least) return { reason: 'paid_now_below_minimum', minimum: least };
  return null;
}
