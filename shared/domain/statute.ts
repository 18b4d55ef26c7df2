/**
 * The coop profile's statute parameters: what later modules (assemblies, voting, surplus, pay) read.
 * The legal framework fills the defaults; the statute may differ where the law allows, so every value is
 * visible and editable in settings. Rates are exact fractions, never floats (see rules/money.md).
 * A stored statute is whole (names, legal minimums and bases included); what a caller may send is only
 * `StatuteChoices`: the law's part always comes from the framework's table (statute-presets.ts).
 */
import { z } from 'zod';

export const legalFrameworks = ['AR', 'ES', 'BR', 'US', 'custom'] as const;
export type LegalFramework = (typeof legalFrameworks)[number];

export const fraction = z
  .object({ num: z.number().int().min(0).max(1_000_000), den: z.number().int().min(1).max(1_000_000) })
  .strict()
  .refine((f) => f.num <= f.den * 100, { message: 'coop:errors.fraction' });
export type Fraction = z.infer<typeof fraction>;

/** A part of a whole (a quorum, a majority, a fund): from 0 to 100%, so a 9,000% fund cannot be stored. */
export const share = fraction.refine((f) => f.num <= f.den, { message: 'coop:errors.SHARE_ABOVE_WHOLE' });

export const voteBases = ['cast', 'valid', 'present', 'membership'] as const;
export const abstentionRules = ['excluded', 'absent', 'against'] as const;
export const thresholdRules = ['more_than', 'at_least'] as const;
export const halfPlusOneReadings = ['floor_half_plus_one', 'ceil_half_plus_one'] as const;

const legalBasis = z.string().max(200);

const majorityChoice = z.strictObject({
  threshold: share,
  rule: z.enum(thresholdRules),
  base: z.enum(voteBases),
  abstentions: z.enum(abstentionRules),
});
const majority = majorityChoice.extend({ legalBasis });

/**
 * Quorum by call (shared/domain/voting/quorum.ts reads it). Each call opens `minutesBetweenCalls` after the
 * one before. The fields added after the first release are optional and read through `quorumDefaults`:
 * a statute stored before them parses to exactly what was stored (the audit check compares the two) and
 * keeps its two calls.
 */
export const quorumDefaults = { calls: 2, secondCallRule: 'at_least', thirdCallMinimumPresent: 0 } as const;

const quorumChoice = z.strictObject({
  firstCall: share,
  firstCallRule: z.enum(thresholdRules),
  halfPlusOne: z.enum(halfPlusOneReadings),
  minutesBetweenCalls: z.number().int().min(0).max(24 * 60),
  /** How many calls the statute allows: 1 (no second call), 2, or 3 (Brazil, Lei 5.764/71 art. 40). */
  calls: z.number().int().min(1).max(3).optional(),
  /** Null: at the second call the assembly is valid with any number present (or the minimum below). */
  secondCall: share.nullable(),
  secondCallRule: z.enum(thresholdRules).optional(),
  /** Another way to reach the second call's quorum (Spain: 10% of the votes or 100 votes); 0: none. */
  secondCallMinimumPresent: z.number().int().min(0).max(100_000),
  /** The third call's quorum: at least this many present (Brazil: 10); 0: any number. */
  thirdCallMinimumPresent: z.number().int().min(0).max(100_000).optional(),
});

const fundKey = z.string().min(1).max(40);

const fund = z.strictObject({
  key: fundKey,
  name: z.string().min(1).max(120),
  percent: share,
  /** The legal minimum; a statute may raise a fund's percentage but never lower it below this. */
  legalMinimum: share,
  legalBasis,
});

const proxies = z.strictObject({ allowed: z.boolean(), maxPerMember: z.number().int().min(0).max(100) });
const interestChoice = z.strictObject({ allowed: z.boolean(), maxAnnualRate: fraction.nullable() });

export const statuteParameters = z.strictObject({
  /** The framework whose law this statute follows; a statute is never stored under another framework. */
  framework: z.enum(legalFrameworks),
  quorum: quorumChoice.extend({ legalBasis }),
  ordinaryMajority: majority,
  qualifiedMajority: majority,
  proxies,
  nonMemberResult: z.strictObject({ fund: z.string().max(120), percent: share, legalBasis }),
  funds: z.array(fund).max(20),
  interestOnCapital: interestChoice.extend({ legalBasis }),
  returnsCashMinimum: share,
  /** Top effective hourly pay over the lowest; null when the statute sets no cap. */
  maxPayRatio: fraction.nullable(),
});
export type StatuteParameters = z.infer<typeof statuteParameters>;

/** What a person decides in the statute form; names, minimums and legal bases are not theirs to send. */
export const statuteChoices = z.strictObject({
  framework: z.enum(legalFrameworks),
  quorum: quorumChoice,
  ordinaryMajority: majorityChoice,
  qualifiedMajority: majorityChoice,
  proxies,
  nonMemberResult: z.strictObject({ percent: share }),
  funds: z.array(z.strictObject({ key: fundKey, percent: share })).max(20),
  interestOnCapital: interestChoice,
  returnsCashMinimum: share,
  maxPayRatio: fraction.nullable(),
});
export type StatuteChoices = z.infer<typeof statuteChoices>;

export { legalRules, statuteDefaults, type LegalRules } from './statute-presets';
export { choicesOf, statuteFromChoices, statuteProblems, type StatuteProblem } from './statute-rules';
