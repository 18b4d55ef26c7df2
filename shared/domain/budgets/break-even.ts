/**
 * What the coop can pay (issue 12): from the budget's revenue and non-pay costs and the members' committed
 * hours, the hourly value it can afford (rounded down to the cent: never promise more than the budget
 * holds), the revenue at which the current pay breaks even, and the capacity actually used.
 */
import { rational, type Rational } from '../rational';
import { RuleRefusal } from '../rule-refusal';

export interface BreakEvenInput {
  revenueMinor: number;
  nonPayCostsMinor: number;
  /** Members' committed working minutes over the budget's period. */
  committedMinutes: number;
  /** What the current scheme pays over the same period (the committed hours at current rates). */
  currentPayMinor: number;
  /** Minutes actually worked, for the capacity used beside it; null when there is no attendance yet. */
  workedMinutes: number | null;
}

export interface BreakEven {
  /** Per hour; negative when the costs alone exceed the revenue. */
  affordableHourlyMinor: number;
  breakEvenRevenueMinor: number;
  /** Revenue less costs less the current pay: what is left (negative: the shortfall). */
  marginMinor: number;
  capacityUsed: Rational | null;
}

export function breakEven(input: BreakEvenInput): BreakEven {
  if (input.committedMinutes <= 0) throw new RuleRefusal('budgets:errors.NO_COMMITTED_HOURS', 'No member has committed hours in the period, so there is no hourly value to compute.');
  const available = BigInt(input.revenueMinor - input.nonPayCostsMinor) * 60n;
  const minutes = BigInt(input.committedMinutes);
  // Floor division towards minus infinity: a shortfall is never rounded into a smaller one.
  const floor = available >= 0n ? available / minutes : -((-available + minutes - 1n) / minutes);
  return {
    affordableHourlyMinor: Number(floor),
    breakEvenRevenueMinor: input.nonPayCostsMinor + input.currentPayMinor,
    marginMinor: input.revenueMinor - input.nonPayCostsMinor - input.currentPayMinor,
    capacityUsed: input.workedMinutes === null ? null : rational(input.workedMinutes, input.committedMinutes),
  };
}
