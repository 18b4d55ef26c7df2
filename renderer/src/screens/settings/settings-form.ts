/**
 * The settings form's shape: the profile with every statute rate as the text a person types, a schema
 * that checks that text, and the conversions both ways. Messages are i18n keys ('coop:…', 'errors.…').
 */
import { z } from 'zod';
import { coopIdentity, type CoopProfile } from '../../../../shared/contract/coop';
import { isCurrencyCode } from '../../../../shared/domain/currency';
import { isIsoDate, localToday } from '../../../../shared/domain/dates';
import {
  abstentionRules,
  halfPlusOneReadings,
  quorumDefaults,
  thresholdRules,
  voteBases,
  type Fraction,
  type StatuteChoices,
  type StatuteParameters,
} from '../../../../shared/domain/statute';
import {
  decimalSeparator,
  fractionToPercentText,
  fractionToRatioText,
  isPercentText,
  isRatioText,
  percentTextToFraction,
  ratioTextToFraction,
} from './percent';

const percent = z.string().refine(isPercentText, { message: 'coop:settings.invalidPercent' });
const optionalPercent = z.string().refine((s) => s.trim() === '' || isPercentText(s), { message: 'coop:settings.invalidPercent' });
const whole = (max: number) =>
  z.string().refine((s) => /^\d+$/.test(s.trim()) && Number(s) <= max, { message: 'coop:settings.invalidWhole' });

const majority = z.object({
  threshold: percent,
  rule: z.enum(thresholdRules),
  base: z.enum(voteBases),
  abstentions: z.enum(abstentionRules),
  legalBasis: z.string(),
});

export const settingsSchema = coopIdentity.extend({
  quorum: z.object({
    firstCall: percent,
    firstCallRule: z.enum(thresholdRules),
    halfPlusOne: z.enum(halfPlusOneReadings),
    minutesBetweenCalls: whole(24 * 60),
    calls: z.enum(['1', '2', '3']),
    secondCall: optionalPercent,
    secondCallRule: z.enum(thresholdRules),
    secondCallMinimumPresent: whole(100_000),
    thirdCallMinimumPresent: whole(100_000),
    legalBasis: z.string(),
  }),
  ordinaryMajority: majority,
  qualifiedMajority: majority,
  proxies: z.object({ allowed: z.boolean(), maxPerMember: whole(100) }),
  nonMemberPercent: percent,
  funds: z.array(z.object({ percent })),
  interest: z.object({ allowed: z.boolean(), maxAnnualRate: optionalPercent }),
  returnsCashMinimum: percent,
  maxPayRatio: z.string().refine((s) => s.trim() === '' || isRatioText(s), { message: 'coop:settings.invalidRatio' }),
  /** When a changed statute takes effect; a partly typed date is text no date accepts. */
  statuteEffectiveFrom: z.string().refine(isIsoDate, { message: 'errors.date' }),
});
export type SettingsValues = z.input<typeof settingsSchema>;

type Majority = StatuteParameters['ordinaryMajority'];

type ProfileIdentity = Pick<CoopProfile, 'name' | 'framework' | 'locale' | 'fiscalYearStart'> & {
  currency: string;
  taxId?: string | null | undefined;
  registrationNumber?: string | null | undefined;
  address?: string | null | undefined;
};

export function toForm(profile: ProfileIdentity, statute: StatuteParameters, locale: string): SettingsValues {
  const sep = decimalSeparator(locale);
  const pct = (f: Fraction) => fractionToPercentText(f, sep);
  const majorityValues = (m: Majority) => ({ ...m, threshold: pct(m.threshold) });
  const { quorum } = statute;
  return {
    name: profile.name,
    framework: profile.framework,
    // A currency from before the offered list has no option: the select asks for one.
    currency: isCurrencyCode(profile.currency) ? profile.currency : 'USD',
    locale: profile.locale,
    fiscalYearStart: profile.fiscalYearStart,
    taxId: profile.taxId ?? '',
    registrationNumber: profile.registrationNumber ?? '',
    address: profile.address ?? '',
    quorum: {
      ...quorum,
      firstCall: pct(quorum.firstCall),
      minutesBetweenCalls: String(quorum.minutesBetweenCalls),
      calls: String(quorum.calls ?? quorumDefaults.calls) as '1' | '2' | '3',
      secondCallRule: quorum.secondCallRule ?? quorumDefaults.secondCallRule,
      secondCall: quorum.secondCall ? pct(quorum.secondCall) : '',
      secondCallMinimumPresent: String(quorum.secondCallMinimumPresent),
      thirdCallMinimumPresent: String(quorum.thirdCallMinimumPresent ?? quorumDefaults.thirdCallMinimumPresent),
    },
    ordinaryMajority: majorityValues(statute.ordinaryMajority),
    qualifiedMajority: majorityValues(statute.qualifiedMajority),
    proxies: { allowed: statute.proxies.allowed, maxPerMember: String(statute.proxies.maxPerMember) },
    nonMemberPercent: pct(statute.nonMemberResult.percent),
    funds: statute.funds.map((fund) => ({ percent: pct(fund.percent) })),
    interest: {
      allowed: statute.interestOnCapital.allowed,
      maxAnnualRate: statute.interestOnCapital.maxAnnualRate ? pct(statute.interestOnCapital.maxAnnualRate) : '',
    },
    returnsCashMinimum: pct(statute.returnsCashMinimum),
    maxPayRatio: statute.maxPayRatio ? fractionToRatioText(statute.maxPayRatio, sep) : '',
    statuteEffectiveFrom: localToday(),
  };
}

/** The statute as the person chose it; `base` (the statute the form was filled from) names its framework and funds. */
export function statuteFromForm(values: z.output<typeof settingsSchema>, base: StatuteParameters): StatuteChoices {
  const optional = (text: string, original: Fraction | null) => (text.trim() === '' ? null : percentTextToFraction(text, original));
  const majorityFrom = ({ legalBasis: _basis, ...m }: z.output<typeof majority>, original: Majority) => ({
    ...m,
    threshold: percentTextToFraction(m.threshold, original.threshold),
  });
  const { legalBasis: _quorumBasis, ...quorum } = values.quorum;
  return {
    framework: base.framework,
    quorum: {
      ...quorum,
      firstCall: percentTextToFraction(quorum.firstCall, base.quorum.firstCall),
      minutesBetweenCalls: Number(quorum.minutesBetweenCalls),
      calls: Number(quorum.calls),
      secondCall: optional(quorum.secondCall, base.quorum.secondCall),
      secondCallMinimumPresent: Number(quorum.secondCallMinimumPresent),
      thirdCallMinimumPresent: Number(quorum.thirdCallMinimumPresent),
    },
    ordinaryMajority: majorityFrom(values.ordinaryMajority, base.ordinaryMajority),
    qualifiedMajority: majorityFrom(values.qualifiedMajority, base.qualifiedMajority),
    proxies: { allowed: values.proxies.allowed, maxPerMember: Number(values.proxies.maxPerMember) },
    nonMemberResult: { percent: percentTextToFraction(values.nonMemberPercent, base.nonMemberResult.percent) },
    funds: base.funds.map((fund, i) => ({ key: fund.key, percent: percentTextToFraction(values.funds[i]?.percent ?? '', fund.percent) })),
    interestOnCapital: {
      allowed: values.interest.allowed,
      maxAnnualRate: optional(values.interest.maxAnnualRate, base.interestOnCapital.maxAnnualRate),
    },
    returnsCashMinimum: percentTextToFraction(values.returnsCashMinimum, base.returnsCashMinimum),
    maxPayRatio: values.maxPayRatio.trim() === '' ? null : ratioTextToFraction(values.maxPayRatio, base.maxPayRatio),
  };
}
