/**
 * The scenario file of rules/remuneration.md (`minga pay simulate --scenario FILE.json`): a scheme and its
 * members, key for key, checked strictly (an unknown key is refused, as a misspelt setting would otherwise
 * be silently ignored), then paid and compared with the pure rules.
 */
import { z } from 'zod';
import { currencyCodes, minorDigitsOf, type CurrencyCode } from '../currency';
import { minorToDecimal } from '../money-format';
import { multiply, parseRational, rational, toFraction, type Rational } from '../rational';
import { annualPayments } from './payments';
import { payOf } from './pay';
import { payRatio } from './ratio';
import { PayRuleError, type PayMember, type SchemeRules } from './scheme';

const RATE_HINT = 'must be a number written as text, such as "1.30" or "3/2"';
const rateText = z.string().refine((text) => (parseRational(text)?.num ?? -1n) >= 0n, RATE_HINT);
const positiveRate = z.string().refine((text) => (parseRational(text)?.num ?? 0n) > 0n, `${RATE_HINT}, above zero`);
const amountText = z.string().regex(/^\d+(\.\d+)?$/, 'must be an amount written as text with a dot, such as "4800.00"');
const names = <T extends z.ZodType>(value: T) => z.record(z.string().min(1), value);

const schemeFile = z.strictObject({
  kind: z.enum(['hourly', 'annual', 'matrix']),
  base: amountText,
  categories: names(positiveRate),
  seniority: z.strictObject({ percentPerYear: rateText, maxYears: z.int().min(0).max(100) }).optional(),
  factors: names(positiveRate).optional(),
  modifiers: names(z.strictObject({ factor: positiveRate, inRatio: z.boolean() })).optional(),
  addOns: names(rateText).optional(),
  paymentsPerYear: z.union([z.literal(12), z.literal(14)]).optional(),
  maxRatio: positiveRate.nullable().optional(),
  ratioCountsAddOns: z.boolean().optional(),
  ratioCountsCommitment: z.boolean().optional(),
  minimumPay: z.strictObject({ monthly: amountText, categories: names(amountText).optional(), fullTimeHours: z.number().positive() }).optional(),
});

const memberFile = z.strictObject({
  id: z.string().min(1),
  /** Optional only for a matrix without categories. */
  category: z.string().optional(),
  years: z.int().min(0).max(100).optional(),
  hours: z.number().min(0).max(744).optional(),
  steps: names(z.int().min(0).max(100)).optional(),
  modifiers: z.array(z.string()).optional(),
  addOns: z.array(z.string()).optional(),
  commitment: positiveRate.optional(),
});

export const scenarioFile = z
  .strictObject({ currency: z.enum(currencyCodes), scheme: schemeFile, members: z.array(memberFile).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.members.forEach((member, i) => {
      if (seen.has(member.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: `"${member.id}" is listed twice` });
      seen.add(member.id);
      if (file.scheme.kind === 'hourly' && member.hours === undefined) {
        ctx.addIssue({ code: 'custom', path: ['members', i, 'hours'], message: 'is needed: an hourly scheme pays the hours of the period' });
      }
    });
  });
export type ScenarioFile = z.infer<typeof scenarioFile>;

export interface ScenarioOutput {
  members: { id: string; pay: string; payments?: string[] }[];
  /** The exact decimal when it ends ("2.3"), the fraction otherwise. */
  ratio: string;
  ratioFraction: string;
  ratioHolds: boolean;
  basis: string;
}

const fraction = (text: string) => toFraction(parseRational(text)!);
const mapValues = <A, B>(record: Record<string, A> | undefined, f: (a: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k, f(v)]));

function bad(message: string): never {
  throw new PayRuleError('BAD_SCENARIO', message, 'remuneration:simulate.errors.invalid', { detail: message });
}

/** An amount text in minor units; more decimals than the currency has is refused, not rounded. */
function minorOf(text: string, currency: CurrencyCode, where: string): number {
  const minor: Rational = multiply(parseRational(text)!, rational(10 ** minorDigitsOf(currency)));
  if (minor.den !== 1n || minor.num > BigInt(Number.MAX_SAFE_INTEGER)) bad(`${where}: ${text} has more decimals than ${currency} has, or is too large`);
  return Number(minor.num);
}

function rulesOf(file: ScenarioFile): SchemeRules {
  const { scheme, currency } = file;
  return {
    kind: scheme.kind,
    baseMinor: minorOf(scheme.base, currency, 'scheme.base'),
    categories: mapValues(scheme.categories, fraction),
    seniority: { percentPerYear: fraction(scheme.seniority?.percentPerYear ?? '0'), maxYears: scheme.seniority?.maxYears ?? 0 },
    factors: mapValues(scheme.factors, fraction),
    modifiers: mapValues(scheme.modifiers, (m) => ({ factor: fraction(m.factor), inRatio: m.inRatio })),
    responsibilityAddOns: mapValues(scheme.addOns, fraction),
    paymentsPerYear: scheme.paymentsPerYear ?? 12,
    maxRatio: scheme.maxRatio ? fraction(scheme.maxRatio) : null,
    ratioCountsAddOns: scheme.ratioCountsAddOns ?? false,
    ratioCountsCommitment: scheme.ratioCountsCommitment ?? false,
    minimumPay: scheme.minimumPay
      ? {
          monthlyMinor: minorOf(scheme.minimumPay.monthly, currency, 'scheme.minimumPay.monthly'),
          categoryMonthlyMinor: mapValues(scheme.minimumPay.categories, (a) => minorOf(a, currency, 'scheme.minimumPay.categories')),
          fullTimeMinutes: minutesOf(scheme.minimumPay.fullTimeHours, 'scheme.minimumPay.fullTimeHours'),
        }
      : null,
  };
}

/** Hours in the file are whole minutes (7.5 is 7:30); 7.51 is refused rather than rounded. */
function minutesOf(hours: number, where: string): number {
  const minutes = multiply(parseRational(String(hours)) ?? bad(`${where}: ${hours} is not a number of hours`), rational(60));
  if (minutes.den !== 1n) bad(`${where}: ${hours} hours is not a whole number of minutes`);
  return Number(minutes.num);
}

function memberOf(member: ScenarioFile['members'][number], index: number): PayMember {
  return {
    id: member.id,
    category: member.category ?? '',
    years: member.years ?? 0,
    minutes: minutesOf(member.hours ?? 0, `members.${index}.hours`),
    steps: member.steps ?? {},
    modifiers: member.modifiers ?? [],
    commitment: fraction(member.commitment ?? '1'),
    addOns: member.addOns ?? [],
  };
}

/** Reads the file form, refusing it with every problem at once (path: message), and answers it. */
export function parseScenario(file: unknown): { currency: CurrencyCode; rules: SchemeRules; members: PayMember[] } {
  const parsed = scenarioFile.safeParse(file);
  if (!parsed.success) {
    bad(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`).join('; '));
  }
  return { currency: parsed.data.currency, rules: rulesOf(parsed.data), members: parsed.data.members.map(memberOf) };
}

export function simulateScenario(file: unknown): ScenarioOutput {
  const { currency, rules, members } = parseScenario(file);
  const digits = minorDigitsOf(currency);
  const text = (minor: number) => minorToDecimal(minor, digits);
  const paid = members.map((member) => {
    const pay = payOf(rules, member).amountMinor;
    if (rules.kind === 'hourly') return { id: member.id, pay: text(pay) };
    return { id: member.id, pay: text(pay), payments: annualPayments(pay, rules.paymentsPerYear).map(text) };
  });
  const ratio = payRatio(rules, members, digits);
  return { members: paid, ratio: ratio.exact, ratioFraction: ratio.fraction, ratioHolds: ratio.holds, basis: ratio.basis };
}
