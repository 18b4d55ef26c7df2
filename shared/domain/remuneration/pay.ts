/**
 * One member's pay under a scheme: the exact product of base, multipliers and hours (or commitment), rounded
 * once, half up, to the cent (money.ts's percentOf), with every step shown as a pay line.
 */
import { attendanceKinds } from '../attendance';
import { money, percentOf, type Money } from '../money';
import { compare, fromFraction, multiply, rational, type Rational } from '../rational';
import { approximateDecimal } from './decimal-text';
import { annualPayments, paymentNumbersOfMonth } from './payments';
import { rateMultiplier, rateParts, type RateParts } from './rate';
import { checkScheme } from './scheme-check';
import { PayRuleError, type MemberPay, type PayLine, type PayMember, type SchemeRules } from './scheme';

const info = (key: string, params: PayLine['params']): PayLine => ({ key, params, amountMinor: null });

/** Minutes as "h:mm", exact and read the same way in every language. */
export const hoursText = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** Each attendance kind has its own sentence; a kind the catalogue lacks is named in a general one. */
const hoursKey = (kind: string) =>
  (attendanceKinds as readonly string[]).includes(kind) ? `remuneration:lines.hours.${kind}` : 'remuneration:lines.hoursOfKind';

/** A rate or a coefficient as shown on a line: exact up to 6 places ("1.5", "2"), else marked "…". */
const shown = (r: Rational) => approximateDecimal(r, 6);

/** Minor units with a possible fraction of a cent: a whole number, or a decimal string shown to 4 places. */
const minorParam = (r: Rational): number | string => (r.den === 1n ? Number(r.num) : approximateDecimal(r, 4));

function checkMinutes(member: PayMember): void {
  const bad = (m: number) => !Number.isSafeInteger(m) || m < 0;
  const byKind = Object.values(member.minutesByKind ?? {});
  const total = byKind.reduce((a, b) => a + b, 0);
  if (bad(member.minutes) || byKind.some(bad) || (member.minutesByKind && total !== member.minutes)) {
    throw new PayRuleError('BAD_MEMBER', `${member.id}: paid minutes must be whole, 0 or more, and add up by kind`, 'remuneration:rules.errors.minutes', { member: member.id });
  }
}

function rateLines(rules: SchemeRules, parts: RateParts, member: PayMember): PayLine[] {
  const hourly = rules.kind === 'hourly';
  const perYear = fromFraction(rules.seniority.percentPerYear);
  const lines: PayLine[] = [info(hourly ? 'remuneration:lines.baseHourly' : 'remuneration:lines.baseAnnual', { baseMinor: rules.baseMinor })];
  if (hourly || Object.keys(rules.categories).length > 0) {
    const key = hourly ? 'remuneration:lines.coefficient' : 'remuneration:lines.index';
    lines.push(info(key, { category: parts.category, coefficient: shown(parts.coefficient) }));
  }
  if (perYear.num !== 0n) {
    const percent = multiply(perYear, rational(parts.countedYears));
    lines.push(
      info('remuneration:lines.seniority', { years: member.years, countedYears: parts.countedYears, percentPerYear: shown(perYear), percent: shown(percent) }),
    );
  }
  for (const f of parts.factors) {
    lines.push(info('remuneration:lines.factor', { name: f.name, factor: shown(f.factor), step: f.step, multiplier: shown(f.multiplier) }));
  }
  for (const m of parts.modifiers) lines.push(info('remuneration:lines.modifier', { name: m.name, factor: shown(m.factor) }));
  for (const a of parts.addOns) lines.push(info('remuneration:lines.addOn', { name: a.name, fraction: shown(a.fraction) }));
  return lines;
}

/** The pro-rated floor (Brazil), exact, and the minimum it comes from; null when the scheme has none. */
function minimumOf(rules: SchemeRules, member: PayMember, parts: RateParts): { exact: Rational; fullMinor: Money; share: Rational } | null {
  const minimum = rules.minimumPay;
  if (!minimum) return null;
  const fullMinor = money(Math.max(minimum.monthlyMinor, minimum.categoryMonthlyMinor[member.category] ?? 0));
  const share = rules.kind === 'hourly' ? rational(member.minutes, minimum.fullTimeMinutes) : multiply(rational(rules.paymentsPerYear), parts.commitment);
  return { exact: multiply(rational(fullMinor), share), fullMinor, share };
}

/** Rounds the exact amount once, half up, and shows the rounding when it moved the figure. */
function rounded(base: Money, multiplier: Rational): { amount: Money; lines: PayLine[] } {
  const amount = percentOf(base, multiplier);
  const exact = multiply(rational(base), multiplier);
  if (exact.den === 1n) return { amount, lines: [] };
  return { amount, lines: [info('remuneration:lines.rounding', { exactMinor: minorParam(exact), roundedMinor: amount })] };
}

/**
 * The period's pay (hourly: base × rate × paid hours) or the year's amount (annual, matrix: base × rate ×
 * commitment), never below the scheme's minimum, rounded once, half up.
 */
export function payOf(rules: SchemeRules, member: PayMember): MemberPay {
  checkScheme(rules);
  const parts = rateParts(rules, member);
  const multiplier = rateMultiplier(rules, parts, false);
  const hourly = rules.kind === 'hourly';
  const lines = rateLines(rules, parts, member);
  const base = money(rules.baseMinor);
  let quantity: Rational;
  if (hourly) {
    checkMinutes(member);
    const kinds = Object.entries(member.minutesByKind ?? {});
    for (const [kind, minutes] of kinds) lines.push(info(hoursKey(kind), { kind, hours: hoursText(minutes) }));
    if (kinds.length === 0) lines.push(info('remuneration:lines.paidHours', { hours: hoursText(member.minutes) }));
    lines.push(info('remuneration:lines.hourlyRate', { rateMinor: minorParam(multiply(rational(base), multiplier)) }));
    quantity = rational(member.minutes, 60);
  } else {
    lines.push(info('remuneration:lines.fullTimeAnnual', { amountMinor: minorParam(multiply(rational(base), multiplier)) }));
    if (compare(parts.commitment, rational(1)) !== 0) lines.push(info('remuneration:lines.commitment', { percent: shown(multiply(parts.commitment, rational(100))) }));
    quantity = parts.commitment;
  }
  const total = multiply(multiplier, quantity);
  const floor = minimumOf(rules, member, parts);
  const payKey = hourly ? 'remuneration:lines.pay' : 'remuneration:lines.annualPay';
  if (floor && compare(floor.exact, multiply(rational(base), total)) > 0) {
    const raised = rounded(floor.fullMinor, floor.share);
    lines.push(info('remuneration:lines.minimum', { computedMinor: minorParam(multiply(rational(base), total)), fullTimeMinor: floor.fullMinor, share: approximateDecimal(floor.share, 4) }));
    return { id: member.id, amountMinor: raised.amount, lines: [...lines, ...raised.lines, { key: payKey, params: {}, amountMinor: raised.amount }] };
  }
  const pay = rounded(base, total);
  return { id: member.id, amountMinor: pay.amount, lines: [...lines, ...pay.lines, { key: payKey, params: {}, amountMinor: pay.amount }] };
}

/**
 * What a monthly run pays: the period's pay (hourly), or the payments of the year that fall in `month`
 * (annual, matrix), the year's amount then shown as an explaining line.
 */
export function monthlyPayOf(rules: SchemeRules, member: PayMember, month: number): MemberPay {
  const year = payOf(rules, member);
  if (rules.kind === 'hourly') return year;
  const payments = annualPayments(year.amountMinor, rules.paymentsPerYear);
  const numbers = paymentNumbersOfMonth(rules.paymentsPerYear, month);
  const explained = year.lines.map((line) =>
    line.key === 'remuneration:lines.annualPay' ? info('remuneration:lines.annualAmount', { amountMinor: year.amountMinor }) : line,
  );
  const paid = numbers.map((number) => ({ key: 'remuneration:lines.payment', params: { number, of: rules.paymentsPerYear }, amountMinor: payments[number - 1]! }));
  return { id: member.id, amountMinor: paid.reduce((s, line) => s + line.amountMinor, 0), lines: [...explained, ...paid] };
}
