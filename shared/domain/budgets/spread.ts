/**
 * Spreading a yearly budget figure over its twelve months (issue 12): evenly, by last year's monthly
 * pattern, or by each month's working days. Every way is a largest-remainder split (money.md), so the
 * months add up to the year to the cent; ties go to the earlier month.
 */
import { eachDayOfInterval, endOfMonth, formatISO, isWeekend } from 'date-fns';
import { money, splitByWeights } from '../money';
import { RuleRefusal } from '../rule-refusal';

const MONTHS = 12;

const byWeights = (totalMinor: number, weights: readonly number[]) =>
  splitByWeights(
    money(totalMinor),
    weights.map((weight, i) => ({ memberNumber: i, weight })),
  ).map(Number);

export function spreadEvenly(totalMinor: number): number[] {
  return byWeights(totalMinor, Array(MONTHS).fill(1));
}

/** Last year's months as weights (their sizes: a refund month counts by its size); evenly when last year was empty. */
export function spreadByPattern(totalMinor: number, lastYearMinor: readonly number[]): number[] {
  if (lastYearMinor.length !== MONTHS) throw new RuleRefusal('budgets:errors.PATTERN_MONTHS', 'Last year\'s pattern needs twelve months.');
  const weights = lastYearMinor.map((m) => Math.abs(m));
  return weights.every((w) => w === 0) ? spreadEvenly(totalMinor) : byWeights(totalMinor, weights);
}

/** Monday to Friday of each month of `year` less the given holidays (ISO dates). */
export function workingDaysByMonth(year: number, holidays: readonly string[] = []): number[] {
  const off = new Set(holidays);
  return Array.from({ length: MONTHS }, (_, month) => {
    const first = new Date(year, month, 1);
    return eachDayOfInterval({ start: first, end: endOfMonth(first) }).filter((day) => !isWeekend(day) && !off.has(formatISO(day, { representation: 'date' }))).length;
  });
}

export function spreadByWorkingDays(totalMinor: number, year: number, holidays: readonly string[] = []): number[] {
  return byWeights(totalMinor, workingDaysByMonth(year, holidays));
}
