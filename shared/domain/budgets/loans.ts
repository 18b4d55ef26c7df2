/**
 * Loan schedules to the cent (issue 12): French (a constant instalment) and German (a constant repayment
 * of principal). Each period's interest is the balance times the period rate, rounded half-up once; the
 * last instalment takes whatever principal is left, so the repayments add up to the loan exactly.
 * The French instalment is computed exactly, `P·r·(1+r)^n / ((1+r)^n − 1)` over bigints, then rounded once.
 */
import { addMonths, format, parseISO } from 'date-fns';
import { instalments, money, percentOf } from '../money';
import { rational, type Rational } from '../rational';
import { RuleRefusal } from '../rule-refusal';

export type Amortisation = 'french' | 'german';

export interface LoanTerms {
  principalMinor: number;
  /** The nominal annual rate as a fraction of a whole (12% is 12/100). */
  annualRate: Rational;
  /** How many instalments. */
  periods: number;
  periodsPerYear: number;
  amortisation: Amortisation;
  /** The first instalment's date (ISO); the others follow every 12 / periodsPerYear months. */
  firstDue?: string;
}

export interface Instalment {
  period: number;
  date: string | null;
  paymentMinor: number;
  interestMinor: number;
  principalMinor: number;
  balanceMinor: number;
}

function refuse(code: string, message: string, params: Record<string, string | number> = {}): never {
  throw new RuleRefusal(`budgets:errors.${code}`, message, params);
}

function checkTerms(terms: LoanTerms): void {
  if (!Number.isSafeInteger(terms.periods) || terms.periods <= 0) refuse('LOAN_TERM', `A loan needs a term of at least one instalment, not ${terms.periods}.`, { periods: terms.periods });
  if (!Number.isSafeInteger(terms.principalMinor) || terms.principalMinor <= 0) refuse('LOAN_PRINCIPAL', 'A loan needs an amount above zero.');
  if (terms.annualRate.num < 0n) refuse('LOAN_RATE', 'A loan rate cannot be negative.');
  if (![1, 2, 4, 12].includes(terms.periodsPerYear)) refuse('LOAN_FREQUENCY', 'Instalments are yearly, half-yearly, quarterly or monthly.');
}

/** The French instalment, rounded half-up once: P·a·(a+b)^n / (b·((a+b)^n − b^n)) for a period rate a/b. */
export function frenchInstalment(principalMinor: number, periodRate: Rational, periods: number): number {
  if (periodRate.num === 0n) return Math.ceil(principalMinor / periods);
  const { num: a, den: b } = periodRate;
  const grown = (a + b) ** BigInt(periods);
  const num = BigInt(principalMinor) * a * grown;
  const den = b * (grown - b ** BigInt(periods));
  return Number((2n * num + den) / (2n * den));
}

export function loanSchedule(terms: LoanTerms): Instalment[] {
  checkTerms(terms);
  const rate = rational(terms.annualRate.num, terms.annualRate.den * BigInt(terms.periodsPerYear));
  const months = 12 / terms.periodsPerYear;
  const dateOf = (k: number) => (terms.firstDue ? format(addMonths(parseISO(terms.firstDue), k * months), 'yyyy-MM-dd') : null);
  const german = terms.amortisation === 'german' ? instalments(money(terms.principalMinor), terms.periods) : null;
  const payment = terms.amortisation === 'french' ? frenchInstalment(terms.principalMinor, rate, terms.periods) : 0;
  const schedule: Instalment[] = [];
  let balance = terms.principalMinor;
  for (let k = 0; k < terms.periods; k++) {
    const interest = percentOf(money(balance), rate);
    const last = k === terms.periods - 1;
    let principal = german ? german[k]! : Math.min(balance, payment - interest);
    if (last) principal = balance;
    principal = Math.max(principal, 0);
    balance -= principal;
    schedule.push({ period: k + 1, date: dateOf(k), paymentMinor: principal + interest, interestMinor: interest, principalMinor: principal, balanceMinor: balance });
  }
  return schedule;
}
