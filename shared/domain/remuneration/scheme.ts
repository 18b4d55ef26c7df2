/**
 * What a remuneration scheme and a member's pay are made of (rules/remuneration.md). Every rate is an exact
 * fraction and every amount a safe integer of minor units; the computation rounds once per member.
 */
import type { Fraction } from '../rational';

/**
 * - `hourly`: base per hour × category coefficient × (1 + seniority) (+ add-ons) × paid hours.
 * - `annual`: base per year × job index (Mondragon "índices"), paid in 12 or 14 payments.
 * - `matrix`: base per year × factor^step per dimension × named modifiers × commitment.
 * `annual` and `matrix` share one formula (an index scheme is a matrix without steps); the kind says how the
 * scheme is presented and explained.
 */
export const schemeKinds = ['hourly', 'annual', 'matrix'] as const;
export type SchemeKind = (typeof schemeKinds)[number];

/** Brazil: pay never below the category floor or the minimum wage, pro rata to the hours worked. */
export interface MinimumPay {
  /** The full-time minimum for one month, in minor units (the minimum wage). */
  monthlyMinor: number;
  /** Category floors for one full-time month (a collective agreement); the higher of the two applies. */
  categoryMonthlyMinor: Record<string, number>;
  /** Minutes of a full-time month: an hourly member's floor is prorated by paid minutes ÷ these. */
  fullTimeMinutes: number;
}

export interface SchemeRules {
  kind: SchemeKind;
  /** Per hour (hourly) or per year (annual, matrix), in minor units, at coefficient 1. */
  baseMinor: number;
  /** Category coefficients (hourly) or job indices (annual); empty in a matrix without categories. */
  categories: Record<string, Fraction>;
  /** `percentPerYear` is a percentage: { num: 3, den: 2 } is 1.5% per completed year. */
  seniority: { percentPerYear: Fraction; maxYears: number };
  /** Matrix dimensions: the member's pay is multiplied by factor^step for each. */
  factors: Record<string, Fraction>;
  /** Named multipliers (a longer week, a cost-of-living area); `inRatio` says whether the pay ratio sees them. */
  modifiers: Record<string, { factor: Fraction; inRatio: boolean }>;
  /** Responsibility add-ons: a fraction of the base value added per hour (hourly) or per year (annual). */
  responsibilityAddOns: Record<string, Fraction>;
  paymentsPerYear: 12 | 14;
  /** The statute's maximum of top ÷ lowest effective rate; null when there is none. */
  maxRatio: Fraction | null;
  ratioCountsAddOns: boolean;
  /** False: the ratio compares full-time equivalents (rate ÷ commitment); true: what a part-timer really gets. */
  ratioCountsCommitment: boolean;
  minimumPay: MinimumPay | null;
}

export interface PayMember {
  id: string;
  category: string;
  /** Completed years of membership. */
  years: number;
  /** Paid minutes in the period (hourly schemes; ignored by annual ones). */
  minutes: number;
  /** Paid minutes by attendance kind, for the pay lines; when given they add up to `minutes`. */
  minutesByKind?: Record<string, number>;
  steps: Record<string, number>;
  modifiers: string[];
  /** Share of a full-time commitment, 0 < commitment ≤ 1 (a 0.75 commitment is paid 75%). */
  commitment: Fraction;
  addOns: string[];
}

/**
 * One visible line of a member's pay. `key` is a catalogue key (remuneration:lines.*); params hold amounts
 * as minor units (names ending in `Minor`) and rates as exact decimal strings with a dot, which
 * `localiseLineParams` turns into the reader's notation. Explaining lines (a rate, a coefficient) have a null
 * amount; the amounts of a member's lines add up to the pay.
 */
export interface PayLine {
  key: string;
  params: Record<string, string | number>;
  amountMinor: number | null;
}

export interface MemberPay {
  id: string;
  /** The period's pay (hourly) or the year's amount (annual, matrix), rounded once, half up. */
  amountMinor: number;
  lines: PayLine[];
}

export const payRuleCodes = [
  'UNKNOWN_CATEGORY',
  'UNKNOWN_FACTOR',
  'UNKNOWN_MODIFIER',
  'UNKNOWN_ADD_ON',
  'BAD_COMMITMENT',
  'BAD_MEMBER',
  'BAD_SCHEME',
  'NO_MEMBERS',
  'BAD_PERIOD',
  'UNKNOWN_CURRENCY',
  'BAD_SCENARIO',
] as const;
export type PayRuleCode = (typeof payRuleCodes)[number];

/** A pay rule the inputs break; `key` and `params` give the sentence a person reads (services wrap it). */
export class PayRuleError extends Error {
  constructor(
    readonly code: PayRuleCode,
    message: string,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'PayRuleError';
  }
}
