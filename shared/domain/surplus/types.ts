/** The waterfall's inputs and answer in exact terms: amounts in minor units, rates and weights as Rationals. */
import type { Rational } from '../rational';
import type { LegalFramework } from '../statute';

export type FundsStep = { kind: 'funds'; of: 'base' | 'remaining'; funds: readonly { name: string; percent: Rational }[] };
export type InterestStep = { kind: 'interest'; rate: Rational; cap: Rational; prorateByDays: boolean };
export type VoluntaryStep = { kind: 'voluntary'; percent: Rational };
export type PolicyStep = FundsStep | InterestStep | VoluntaryStep;

export interface SurplusPolicy {
  /** Percentages are Rationals of a whole (5% is 1/20). */
  nonMembers: { percent: Rational; to: string };
  steps: readonly PolicyStep[];
  returns: { basis: 'hours' | 'pay' | 'blend'; blend: Rational; excludeTrialHours: boolean; minHours: Rational; cashPercent: Rational };
  loss: { reserves: readonly { name: string; balanceMinor: number; percent: Rational }[] };
}

export interface MemberFigures {
  id: string;
  capitalMinor: number;
  hours: Rational;
  trialHours: Rational;
  payMinor: number;
  daysHeld: number;
}

export interface WaterfallInput {
  framework: LegalFramework;
  result: { membersMinor: number; nonMembersMinor: number; priorLossesMinor: number; taxMinor: number };
  policy: SurplusPolicy;
  members: readonly MemberFigures[];
}

export type StepKey =
  | 'special'
  | 'non_member_rest'
  | 'offset'
  | 'distributable'
  | 'fund'
  | 'tax'
  | 'interest'
  | 'voluntary'
  | 'returns'
  | 'reserve_absorbs'
  | 'members_charged'
  | 'unabsorbed';

export interface WaterfallStep {
  key: StepKey;
  /** The fund's or reserve's own name for funds, reserves and the special reserve; English words otherwise. */
  name: string;
  /** Where the money goes: positive to a destination, negative where a loss is absorbed or charged. */
  amountMinor: number;
  basis: string;
  /** A subtotal shown for reading (the distributable surplus), not a destination: left out of the sum. */
  subtotal?: boolean;
}

export interface MemberAllocation {
  id: string;
  /** The exact weight the member's share was split by (hours, pay or the blend). */
  weight: Rational;
  interestMinor: number;
  /** The return (negative: the member's share of a loss charged to capital). */
  returnMinor: number;
  /** The return before rounding (pool × weight ÷ Σ weights) and the cent the largest remainder added (0 or ±1). */
  exactReturn: Rational;
  remainderCent: number;
  cashMinor: number;
  capitalisedMinor: number;
}

export interface Distribution {
  steps: WaterfallStep[];
  members: MemberAllocation[];
  check: { partsMinor: number; resultMinor: number; equal: boolean };
}
