/**
 * A capitalisation plan as the editor holds it: every figure as the text the person typed (amounts in the
 * coop's format, rates with either separator), read into the contract's input only on save, so a half
 * typed amount is never lost nor silently dropped.
 */
import type { Input, Output } from '../../../../../shared/contract';
import { formatMoneyAmount } from '../../../../../shared/domain/money-format';
import { parseMoney } from '../../../../../shared/domain/money-parse';

export type PlanDetail = Output<'budgets.plan'>;
export type PlanInput = Input<'budgets.savePlan'>;
export type FinancingInput = PlanInput['financing'][number];
export type FinancingKind = FinancingInput['kind'];
export const financingKinds: readonly FinancingKind[] = ['capital', 'retained', 'loan', 'grant'];
export const loanFrequencies = [12, 4, 2, 1] as const;
export type LoanFrequency = (typeof loanFrequencies)[number];

export interface InvestmentDraft {
  key: string;
  name: string;
  cost: string;
  date: string | null;
  usefulLifeYears: string;
  /** Hours a year the investment adds: people plan capacity in hours, the contract keeps minutes. */
  capacityHours: string;
  savings: string;
  note: string;
}

export type FinancingDraft =
  | { key: string; kind: 'capital'; amount: string; date: string | null; instalments: string; note: string }
  | { key: string; kind: 'retained'; source: 'capitalised-returns' | 'reserves'; amount: string; year: string }
  | { key: string; kind: 'loan'; lender: string; principal: string; annualRate: string; periods: string; frequency: LoanFrequency; method: 'french' | 'german'; firstDate: string | null }
  | { key: string; kind: 'grant'; name: string; amount: string; date: string | null; conditions: string };

export interface PlanDraft {
  id: number | null;
  name: string;
  fromYear: string;
  years: string;
  note: string;
  expectedRevenue: string;
  expectedSurplus: string;
  investments: InvestmentDraft[];
  financing: FinancingDraft[];
}

export interface Currency {
  locale: string;
  minorDigits: number;
}

let counter = 0;
/** A row's React key: rows are added and removed in place, so their index is no identity. */
export const rowKey = () => `row-${++counter}`;

export function newInvestment(year: number): InvestmentDraft {
  return { key: rowKey(), name: '', cost: '', date: `${year}-01-01`, usefulLifeYears: '10', capacityHours: '', savings: '', note: '' };
}

export function newFinancing(kind: FinancingKind, year: number): FinancingDraft {
  const key = rowKey();
  const date = `${year}-01-01`;
  switch (kind) {
    case 'capital':
      return { key, kind, amount: '', date, instalments: '1', note: '' };
    case 'retained':
      return { key, kind, source: 'reserves', amount: '', year: String(year) };
    case 'loan':
      return { key, kind, lender: '', principal: '', annualRate: '', periods: '60', frequency: 12, method: 'french', firstDate: `${year}-02-01` };
    case 'grant':
      return { key, kind, name: '', amount: '', date, conditions: '' };
  }
}

export function emptyPlan(year: number): PlanDraft {
  return { id: null, name: '', fromYear: String(year), years: '5', note: '', expectedRevenue: '', expectedSurplus: '', investments: [newInvestment(year)], financing: [] };
}

export function draftOf(plan: PlanDetail, currency: Currency): PlanDraft {
  const amount = (minor: number) => formatMoneyAmount(minor, currency, currency.locale);
  return {
    id: plan.id,
    name: plan.name,
    fromYear: String(plan.fromYear),
    years: String(plan.years),
    note: plan.note ?? '',
    expectedRevenue: amount(plan.expectedRevenueMinorPerYear),
    expectedSurplus: amount(plan.expectedSurplusMinorPerYear),
    investments: plan.investments.map((i) => ({
      key: rowKey(),
      name: i.name,
      cost: amount(i.costMinor),
      date: i.date,
      usefulLifeYears: String(i.usefulLifeYears),
      capacityHours: i.capacityMinutesPerYear == null ? '' : String(i.capacityMinutesPerYear / 60),
      savings: i.savingsMinorPerYear == null ? '' : amount(i.savingsMinorPerYear),
      note: i.note ?? '',
    })),
    financing: financingDrafts(plan.financing, currency),
  };
}

export function financingDrafts(financing: readonly FinancingInput[], currency: Currency): FinancingDraft[] {
  const amount = (minor: number) => formatMoneyAmount(minor, currency, currency.locale);
  const percent = (text: string) => (currency.locale === 'en' ? text : text.replace('.', ','));
  return financing.map((f): FinancingDraft => {
    const key = rowKey();
    switch (f.kind) {
      case 'capital':
        return { key, kind: 'capital', amount: amount(f.amountMinor), date: f.date, instalments: String(f.instalments), note: f.note ?? '' };
      case 'retained':
        return { key, kind: 'retained', source: f.source, amount: amount(f.amountMinor), year: String(f.year) };
      case 'loan':
        return { key, kind: 'loan', lender: f.lender, principal: amount(f.principalMinor), annualRate: percent(f.annualRate), periods: String(f.periods), frequency: f.frequency, method: f.method, firstDate: f.firstDate };
      case 'grant':
        return { key, kind: 'grant', name: f.name, amount: amount(f.amountMinor), date: f.date, conditions: f.conditions ?? '' };
    }
  });
}

/** Minor units of an amount as typed, or null when it is empty or unreadable (the field says why). */
export function minorOf(text: string, currency: Currency): number | null {
  const parsed = parseMoney(text, currency.locale, currency.minorDigits);
  return parsed.ok ? parsed.value : null;
}

/** A whole number as typed ("60"), or null. */
export function wholeOf(text: string): number | null {
  const t = text.trim();
  return /^-?\d{1,7}$/.test(t) ? Number(t) : null;
}

/** An annual rate as typed ("4,75" or "4.75") in the contract's exact form ("4.75"), or null. */
export function rateOf(text: string): string | null {
  const t = text.trim().replace(',', '.');
  return /^\d{1,3}(\.\d{1,6})?$/.test(t) ? t : null;
}

/** Hours a year as typed into the contract's minutes, or null when left empty. */
export function capacityMinutesOf(text: string): number | null | 'invalid' {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(t)) return 'invalid';
  return Math.round(Number(t) * 60);
}

export const financedAmountText = (f: FinancingDraft) => (f.kind === 'loan' ? f.principal : f.amount);

/** What the plan costs and what its financing brings, from the rows that can be read. */
export function balanceOf(draft: Pick<PlanDraft, 'investments' | 'financing'>, currency: Currency): { investmentMinor: number; financedMinor: number; gapMinor: number } {
  const total = (texts: string[]) => texts.reduce((sum, text) => sum + (minorOf(text, currency) ?? 0), 0);
  const investmentMinor = total(draft.investments.map((i) => i.cost));
  const financedMinor = total(draft.financing.map(financedAmountText));
  return { investmentMinor, financedMinor, gapMinor: financedMinor - investmentMinor };
}

/**
 * The financing as the contract takes it. A figure that cannot be read goes through as an impossible value
 * (NaN, '') so that the service's validation names the exact field in the person's language.
 */
export function financingInputs(financing: readonly FinancingDraft[], currency: Currency): FinancingInput[] {
  const money = (text: string) => minorOf(text, currency) ?? Number.NaN;
  const whole = (text: string) => wholeOf(text) ?? Number.NaN;
  return financing.map((f): FinancingInput => {
    switch (f.kind) {
      case 'capital':
        return { kind: 'capital', amountMinor: money(f.amount), date: f.date ?? '', instalments: whole(f.instalments), note: f.note };
      case 'retained':
        return { kind: 'retained', source: f.source, amountMinor: money(f.amount), year: whole(f.year) };
      case 'loan':
        return { kind: 'loan', lender: f.lender, principalMinor: money(f.principal), annualRate: rateOf(f.annualRate) ?? f.annualRate, periods: whole(f.periods), frequency: f.frequency, method: f.method, firstDate: f.firstDate ?? '' };
      case 'grant':
        return { kind: 'grant', name: f.name, amountMinor: money(f.amount), date: f.date ?? '', conditions: f.conditions };
    }
  });
}

export function planInputOf(draft: PlanDraft, currency: Currency): PlanInput {
  const money = (text: string) => minorOf(text, currency) ?? Number.NaN;
  const whole = (text: string) => wholeOf(text) ?? Number.NaN;
  return {
    id: draft.id,
    name: draft.name,
    fromYear: whole(draft.fromYear),
    years: whole(draft.years),
    note: draft.note,
    expectedRevenueMinorPerYear: draft.expectedRevenue.trim() === '' ? 0 : money(draft.expectedRevenue),
    expectedSurplusMinorPerYear: draft.expectedSurplus.trim() === '' ? 0 : money(draft.expectedSurplus),
    investments: draft.investments.map((i) => {
      const capacity = capacityMinutesOf(i.capacityHours);
      return {
        name: i.name,
        costMinor: money(i.cost),
        date: i.date ?? '',
        usefulLifeYears: whole(i.usefulLifeYears),
        capacityMinutesPerYear: capacity === 'invalid' ? Number.NaN : capacity,
        savingsMinorPerYear: i.savings.trim() === '' ? null : money(i.savings),
        note: i.note,
      };
    }),
    financing: financingInputs(draft.financing, currency),
  };
}

/**
 * The plan moved to another first year: dates still in the old first year move with it, so a plan typed
 * for next year and then moved does not refuse every date as outside its years.
 */
export function movePlanYear(draft: PlanDraft, from: number, to: number): PlanDraft {
  const move = (date: string | null) => (date?.startsWith(`${from}-`) ? `${to}${date.slice(4)}` : date);
  return {
    ...draft,
    investments: draft.investments.map((i) => ({ ...i, date: move(i.date) })),
    financing: draft.financing.map((f): FinancingDraft => {
      switch (f.kind) {
        case 'capital':
        case 'grant':
          return { ...f, date: move(f.date) };
        case 'loan':
          return { ...f, firstDate: move(f.firstDate) };
        case 'retained':
          return f.year === String(from) ? { ...f, year: String(to) } : f;
      }
    }),
  };
}
