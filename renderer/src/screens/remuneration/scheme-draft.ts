/**
 * A scheme's rules as the form holds them (text as typed) and back: what the form sends is exact
 * (fractions, minor units) or a list of what to fix, named by catalogue keys.
 */
import type { SchemeKind, SchemeRulesInput } from '../../../../shared/contract/remuneration';
import { minorToDecimal } from '../../../../shared/domain/money-format';
import { moneySeparators } from '../../../../shared/domain/money-parse';
import type { MoneyView } from '../../components/use-coop-money';
import { readMoney } from '../../components/MoneyField';
import { factorText, readFactor } from './factor';
import { factorRowProblem, type FactorRow } from './FactorRows';

export interface SchemeDraft {
  kind: SchemeKind;
  base: string;
  categories: FactorRow[];
  seniorityPercent: string;
  seniorityMaxYears: string;
  addOns: FactorRow[];
  factors: FactorRow[];
  modifiers: FactorRow[];
  paymentsPerYear: 12 | 14;
  maxRatio: string;
  ratioCountsAddOns: boolean;
  ratioCountsCommitment: boolean;
}

/** Which parts of the rules each kind of scheme uses (rules/remuneration.md, "kinds of scheme"). */
export const uses = {
  hourly: { seniority: true, addOns: true, factors: false, modifiers: false, payments: false },
  annual: { seniority: true, addOns: true, factors: false, modifiers: false, payments: true },
  matrix: { seniority: false, addOns: false, factors: true, modifiers: true, payments: true },
} as const satisfies Record<SchemeKind, Record<string, boolean>>;

type Frac = { num: number; den: number };

export function emptyDraft(kind: SchemeKind = 'hourly'): SchemeDraft {
  return {
    kind,
    base: '',
    categories: [{ name: '', value: '1' }],
    seniorityPercent: '0',
    seniorityMaxYears: '0',
    addOns: [],
    factors: [],
    modifiers: [],
    paymentsPerYear: 12,
    maxRatio: '',
    ratioCountsAddOns: false,
    ratioCountsCommitment: false,
  };
}

/** The form's text for stored rules, in the reader's notation. */
export function draftOf(rules: SchemeRulesInput, money: MoneyView): SchemeDraft {
  const rows = (record: Record<string, Frac> | undefined) => Object.entries(record ?? {}).map(([name, f]) => ({ name, value: factorText(f, money.locale) }));
  return {
    kind: rules.kind,
    base: minorToDecimal(rules.baseMinor, money.minorDigits).replace('.', moneySeparators(money.locale).decimal),
    categories: rows(rules.categories),
    seniorityPercent: factorText(rules.seniority.percentPerYear, money.locale),
    seniorityMaxYears: String(rules.seniority.maxYears),
    addOns: rows(rules.responsibilityAddOns),
    factors: rows(rules.factors),
    modifiers: Object.entries(rules.modifiers ?? {}).map(([name, m]) => ({ name, value: factorText(m.factor, money.locale), inRatio: m.inRatio })),
    paymentsPerYear: rules.paymentsPerYear ?? 12,
    maxRatio: rules.maxRatio ? factorText(rules.maxRatio, money.locale) : '',
    ratioCountsAddOns: rules.ratioCountsAddOns ?? false,
    ratioCountsCommitment: rules.ratioCountsCommitment ?? false,
  };
}

export type DraftProblems = Partial<Record<'base' | 'categories' | 'seniorityPercent' | 'seniorityMaxYears' | 'addOns' | 'factors' | 'modifiers' | 'maxRatio', string>>;

const record = (rows: FactorRow[]) => Object.fromEntries(rows.map((r) => [r.name.trim(), readFactor(r.value)!]));
const rowsProblem = (rows: FactorRow[]) => (rows.some((r) => factorRowProblem(r, rows) !== null) ? 'schemeForm.rowsInvalid' : undefined);

/** The exact rules, or what is wrong field by field. */
export function rulesOf(draft: SchemeDraft, money: MoneyView): { rules: SchemeRulesInput } | { problems: DraftProblems } {
  const use = uses[draft.kind];
  const problems: DraftProblems = {};
  const baseMinor = readMoney(draft.base, money.locale, money.minorDigits);
  if (baseMinor === null || baseMinor <= 0) problems.base = 'schemeForm.baseNeeded';
  if (draft.categories.length === 0) problems.categories = 'schemeForm.rowsNeeded';
  else problems.categories = rowsProblem(draft.categories);
  const percent = use.seniority ? readFactor(draft.seniorityPercent) : { num: 0, den: 1 };
  if (percent === null || percent.num > percent.den * 100) problems.seniorityPercent = 'schemeForm.percentInvalid';
  const maxYears = use.seniority ? Number(draft.seniorityMaxYears) : 0;
  if (!/^\d{1,2}$/.test(use.seniority ? draft.seniorityMaxYears.trim() : '0') || maxYears > 60) problems.seniorityMaxYears = 'schemeForm.yearsInvalid';
  if (use.addOns) problems.addOns = rowsProblem(draft.addOns);
  if (use.factors) problems.factors = rowsProblem(draft.factors);
  if (use.modifiers) problems.modifiers = rowsProblem(draft.modifiers);
  const maxRatio = draft.maxRatio.trim() === '' ? null : readFactor(draft.maxRatio);
  if (draft.maxRatio.trim() !== '' && (maxRatio === null || maxRatio.num < maxRatio.den)) problems.maxRatio = 'schemeForm.ratioInvalid';
  const found = Object.fromEntries(Object.entries(problems).filter(([, v]) => v !== undefined)) as DraftProblems;
  if (Object.keys(found).length > 0) return { problems: found };
  return {
    rules: {
      kind: draft.kind,
      baseMinor: baseMinor!,
      categories: record(draft.categories),
      seniority: { percentPerYear: percent!, maxYears },
      factors: use.factors ? record(draft.factors) : {},
      modifiers: use.modifiers ? Object.fromEntries(draft.modifiers.map((m) => [m.name.trim(), { factor: readFactor(m.value)!, inRatio: m.inRatio ?? false }])) : {},
      paymentsPerYear: use.payments ? draft.paymentsPerYear : 12,
      maxRatio,
      ratioCountsAddOns: draft.ratioCountsAddOns,
      ratioCountsCommitment: draft.ratioCountsCommitment,
      responsibilityAddOns: use.addOns ? record(draft.addOns) : {},
    },
  };
}
