/**
 * Budgets and capitalisation plans (issue 12): the year's budget by account and month in versions that are
 * never overwritten, actuals from the journal against it, break-even and the pay it allows, and investment
 * plans with their financing over several years. Amounts in minor units.
 */
import { z } from 'zod';
import { defineMethods } from './define';
import { empty, isoDate, ok, optionalText, requiredText } from './common';
import {
  actuals,
  actualsInput,
  breakEvenResult,
  budgetAccountRow,
  budgetLineInput,
  budgetVersion,
  budgetVersionWithLines,
  cashPosition,
  createDraftInput,
  id as budgetId,
  MAX_LINES,
  months as budgetMonths,
  spreadInput,
  year as budgetYear,
} from './budgets-yearly';

// — shared pieces (budget-backend): a fiscal year, an amount, a budgetable account; the yearly budget's schemas —
export * from './budgets-yearly';

// — import and export (entries-io): a budget's lines to and from a spreadsheet —
export const budgetFileFormats = ['csv', 'xlsx'] as const;
export type BudgetFileFormat = (typeof budgetFileFormats)[number];

/** Why a line of a budget file cannot be imported (`budgets:import.problems.<code>`); line 0 is the file. */
export const budgetImportProblemCodes = [
  'unreadable',
  'empty',
  'columnCount',
  'unknownAccount',
  'missingLabel',
  'badAmount',
  'totalMismatch',
  'duplicateLine',
  'badYear',
  'yearMismatch',
  'noYear',
  'closedYear',
  'tooManyLines',
] as const;
export type BudgetImportProblemCode = (typeof budgetImportProblemCodes)[number];

export const budgetImportInput = z
  .object({
    /** A CSV file as `minga budget export` writes it (docs/budgets-import.md). */
    fileBase64: z.string().max(4_000_000),
    /** The year the lines are for; null: the file's own year column says. */
    year: z.number().int().min(1900).max(2100).nullable(),
  })
  .strict();
export type BudgetImportInput = z.infer<typeof budgetImportInput>;

export const budgetImportPreview = z.object({
  /** The year the file is for, once known. */
  year: z.number().int().nullable(),
  /** Lines of the file (the header aside). */
  rowCount: z.number().int(),
  /** Budget lines that would be written, and their totals by side. */
  lineCount: z.number().int(),
  incomeMinor: z.number().int(),
  expenseMinor: z.number().int(),
  /** Where the lines would go: a new draft, or the lines of the year's draft replaced. */
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('newDraft') }),
    z.object({ kind: z.literal('replaceDraft'), versionId: z.number().int(), number: z.number().int() }),
  ]).nullable(),
  problems: z.array(
    z.object({
      line: z.number().int(),
      /** The column (`budgets:export.columns.<field>`), null for the line or file as a whole. */
      field: z.string().nullable(),
      code: z.enum(budgetImportProblemCodes),
      value: z.string(),
      /** The problem in the coop's language. */
      message: z.string(),
    }),
  ),
  problemCount: z.number().int(),
});
export type BudgetImportPreview = z.infer<typeof budgetImportPreview>;

// — capitalisation (plans-backend): the pieces of the plans' methods —

/** An amount a plan holds, in minor units; a negative one is refused with its own message. */
const planMinor = z.number().int().min(0, { message: 'budgets:planErrors.NEGATIVE_AMOUNT' }).max(Number.MAX_SAFE_INTEGER);
/** An amount a projection answers, which may be negative (a loss, an overdraft). */
const signedMinor = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const planYear = z.number().int().min(1900).max(2100);
/** An annual interest rate in percent, an exact decimal string: "4.75" is 4.75% a year (never a float). */
export const annualRatePercent = z.string().regex(/^\d{1,3}(\.\d{1,6})?$/, { message: 'budgets:planErrors.RATE_FORMAT' });
/** A change of revenue in percent, an exact decimal string: "-10" is 10% less revenue. */
export const revenueChangePercent = z.string().regex(/^-?\d{1,3}(\.\d{1,4})?$/, { message: 'budgets:planErrors.PERCENT_FORMAT' });
export const loanFrequencies = [12, 4, 2, 1] as const;
export const retainedSources = ['capitalised-returns', 'reserves'] as const;

export const investmentInput = z.strictObject({
  name: requiredText(120),
  costMinor: planMinor,
  date: isoDate,
  usefulLifeYears: z.number().int().min(1).max(100),
  capacityMinutesPerYear: z.number().int().min(0).max(10_000_000).nullable(),
  savingsMinorPerYear: planMinor.nullable(),
  note: optionalText(500, { multiline: true }),
});
export type InvestmentInput = z.infer<typeof investmentInput>;

/** One source of a plan's money, by kind; a loan's term is checked by the loan rule (zero or negative refused). */
export const financingInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('capital'), amountMinor: planMinor, date: isoDate, instalments: z.number().int().min(1).max(120), note: optionalText(500, { multiline: true }) }),
  z.strictObject({ kind: z.literal('retained'), source: z.enum(retainedSources), amountMinor: planMinor, year: planYear }),
  z.strictObject({
    kind: z.literal('loan'),
    lender: requiredText(120),
    principalMinor: planMinor,
    annualRate: annualRatePercent,
    periods: z.number().int().min(-1200).max(1200),
    frequency: z.union(loanFrequencies.map((f) => z.literal(f))),
    method: z.enum(['french', 'german']),
    firstDate: isoDate,
  }),
  z.strictObject({ kind: z.literal('grant'), name: requiredText(120), amountMinor: planMinor, date: isoDate, conditions: optionalText(1000, { multiline: true }) }),
]);
export type FinancingInput = z.infer<typeof financingInput>;

export const planInput = z.strictObject({
  /** null creates a plan; an id replaces that plan's investments and financing (its scenarios stay). */
  id: z.number().int().positive().nullable(),
  name: requiredText(120),
  fromYear: planYear,
  /** 3 to 5 fiscal years, the first being `fromYear`. */
  years: z.number().int().min(1).max(10),
  note: optionalText(2000, { multiline: true }),
  /** The coop's yearly revenue and surplus before the plan, used where no approved budget says otherwise. */
  expectedRevenueMinorPerYear: planMinor,
  expectedSurplusMinorPerYear: signedMinor,
  investments: z.array(investmentInput).min(1).max(50),
  financing: z.array(financingInput).min(1).max(50),
});
export type PlanInput = z.infer<typeof planInput>;

export const scenarioInput = z.strictObject({
  id: z.number().int().positive().nullable(),
  planId: z.number().int().positive(),
  name: requiredText(120),
  revenueChangePercent,
  /** Another financing mix for the same investments; null keeps the plan's. */
  financing: z.array(financingInput).min(1).max(50).nullable(),
});
export type ScenarioInput = z.infer<typeof scenarioInput>;

const financingSource = z.intersection(z.object({ id: z.number().int() }), financingInput);
const loanInstalment = z.object({
  period: z.number().int(),
  date: z.string().nullable(),
  paymentMinor: signedMinor,
  interestMinor: signedMinor,
  principalMinor: signedMinor,
  balanceMinor: signedMinor,
});

export const planSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  fromYear: z.number().int(),
  years: z.number().int(),
  investmentMinor: signedMinor,
  financedMinor: signedMinor,
  updatedAt: z.string(),
});

export const planScenario = z.object({
  id: z.number().int(),
  name: z.string(),
  revenueChangePercent: z.string(),
  financing: z.array(financingSource).nullable(),
});

export const planDetail = z.object({
  id: z.number().int(),
  name: z.string(),
  fromYear: z.number().int(),
  years: z.number().int(),
  note: z.string().nullable(),
  expectedRevenueMinorPerYear: signedMinor,
  expectedSurplusMinorPerYear: signedMinor,
  investments: z.array(investmentInput.extend({ id: z.number().int(), name: z.string() })),
  financing: z.array(financingSource),
  /** Each loan's instalments, from the loan rule (the last one takes the remainder). */
  schedules: z.array(z.object({ financingId: z.number().int(), lender: z.string(), instalments: z.array(loanInstalment) })),
  scenarios: z.array(planScenario),
  updatedAt: z.string(),
});
export type PlanDetail = z.infer<typeof planDetail>;

/** A ratio exactly ("num/den" in lowest terms) and as a number for charts; null where it means nothing. */
const ratio = z.object({ fraction: z.string().nullable(), value: z.number().nullable() });

export const projectionYear = z.object({
  year: z.number().int(),
  membersCapitalMinor: signedMinor,
  reservesMinor: signedMinor,
  debtOutstandingMinor: signedMinor,
  interestMinor: signedMinor,
  principalRepaidMinor: signedMinor,
  debtServiceMinor: signedMinor,
  expectedSurplusMinor: signedMinor,
  depreciationMinor: signedMinor,
  cashMinor: signedMinor,
  assetsMinor: signedMinor,
  /** (members' capital + reserves) ÷ assets. */
  equityToAssets: ratio,
  /** debt service ÷ surplus; null when the surplus is nil or a loss. */
  debtServiceToSurplus: ratio,
});
export type ProjectionYear = z.infer<typeof projectionYear>;

/** An assumption the projection rests on, as an i18n key with its figures (amounts in minor units). */
const assumption = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

export const projection = z.object({
  planId: z.number().int(),
  assumptions: z.array(assumption),
  /** The base plan first (scenarioId null), then each asked scenario. */
  scenarios: z.array(z.object({ scenarioId: z.number().int().nullable(), name: z.string(), years: z.array(projectionYear) })),
});
export type Projection = z.infer<typeof projection>;

/** The print route of a plan (plans-screens' PrintPlanScreen), with the scenarios printed beside the plan. */
export function planPrintRoute(planId: number, scenarioIds: readonly number[]): string {
  return scenarioIds.length === 0 ? `/print/budgets/plan/${planId}` : `/print/budgets/plan/${planId}?scenarios=${scenarioIds.join(',')}`;
}

export const budgetsMethods = defineMethods({
  // — the yearly budget: versions, lines, actuals, cash, break-even —
  'budgets.accounts': { input: empty, output: z.array(budgetAccountRow), reads: ['coop', 'ledger'] },
  'budgets.versions': { input: z.strictObject({ year: budgetYear }), output: z.array(budgetVersion), reads: ['budgets', 'assemblies'] },
  'budgets.version': { input: z.strictObject({ id: budgetId }), output: budgetVersionWithLines, reads: ['budgets', 'assemblies', 'coop'] },
  // Refused for a closed year (its result closed, or the books closed through its last day) and while the year has a draft.
  'budgets.createDraft': { input: createDraftInput, output: z.object({ id: budgetId }), reads: ['budgets', 'ledger', 'surplus', 'coop'], writes: ['budgets', 'audit'] },
  // A draft's whole set of lines, replaced at once.
  'budgets.saveLines': {
    input: z.strictObject({ versionId: budgetId, lines: z.array(budgetLineInput).max(MAX_LINES) }),
    output: ok,
    reads: ['budgets'],
    writes: ['budgets', 'audit'],
  },
  'budgets.spread': { input: spreadInput, output: z.object({ months: budgetMonths }), reads: ['budgets', 'ledger', 'coop'] },
  'budgets.discardDraft': { input: z.strictObject({ versionId: budgetId }), output: ok, reads: ['budgets'], writes: ['budgets', 'audit'] },
  // The assembly's approved resolution of kind 'budget'; the year's approved version before it becomes 'revised'.
  'budgets.approve': {
    input: z.strictObject({ versionId: budgetId, resolutionId: budgetId }),
    output: ok,
    reads: ['budgets', 'assemblies'],
    writes: ['budgets', 'audit'],
  },
  'budgets.revise': {
    input: z.strictObject({ versionId: budgetId, note: optionalText(500, { multiline: true }).default(null) }),
    output: z.object({ id: budgetId }),
    reads: ['budgets'],
    writes: ['budgets', 'audit'],
  },
  'budgets.actuals': { input: actualsInput, output: actuals, reads: ['budgets', 'ledger', 'coop'] },
  'budgets.cash': {
    input: z.strictObject({ year: budgetYear, versionId: budgetId.nullable().default(null), asOf: isoDate.nullable().default(null) }),
    output: cashPosition,
    reads: ['budgets', 'ledger', 'coop'],
  },
  'budgets.breakEven': {
    input: z.strictObject({ year: budgetYear, versionId: budgetId.nullable().default(null) }),
    output: breakEvenResult,
    reads: ['budgets', 'attendance', 'remuneration', 'planning', 'members', 'coop'],
  },
  // Asks where to save the PDF of the print route `budgetPrintRoute(versionId)`.
  'budgets.printBudget': { input: z.strictObject({ versionId: budgetId }), output: z.object({ path: z.string() }), reads: ['budgets', 'coop'] },

  // — capitalisation: investment plans, financing, scenarios, the multi-year view —
  'budgets.plans': { input: empty, output: z.array(planSummary), reads: ['budgets'] },
  'budgets.plan': { input: z.strictObject({ id: z.number().int().positive() }), output: planDetail, reads: ['budgets'] },
  'budgets.savePlan': { input: planInput, output: z.object({ id: z.number().int() }), reads: ['budgets'], writes: ['budgets', 'audit'] },
  'budgets.removePlan': { input: z.strictObject({ id: z.number().int().positive() }), output: ok, reads: ['budgets'], writes: ['budgets', 'audit'] },
  'budgets.saveScenario': { input: scenarioInput, output: z.object({ id: z.number().int() }), reads: ['budgets'], writes: ['budgets', 'audit'] },
  'budgets.removeScenario': { input: z.strictObject({ id: z.number().int().positive() }), output: ok, reads: ['budgets'], writes: ['budgets', 'audit'] },
  'budgets.projection': {
    input: z.strictObject({ planId: z.number().int().positive(), scenarioIds: z.array(z.number().int().positive()).max(10) }),
    output: projection,
    reads: ['budgets', 'capital', 'ledger', 'coop'],
  },
  'budgets.printPlan': {
    input: z.strictObject({ planId: z.number().int().positive(), scenarioIds: z.array(z.number().int().positive()).max(10) }),
    output: z.object({ path: z.string() }),
    reads: ['budgets'],
  },

  // — import and export —
  'budgets.importPreview': { input: budgetImportInput, output: budgetImportPreview, reads: ['coop', 'ledger', 'surplus', 'budgets'] },
  'budgets.importCommit': {
    input: budgetImportInput,
    output: z.object({ versionId: z.number().int(), number: z.number().int(), lines: z.number().int(), replaced: z.boolean() }),
    reads: ['coop', 'ledger', 'surplus', 'budgets'],
    writes: ['budgets', 'audit'],
  },
  // Asks where to save (like ledger.export); the CLI names the file instead.
  'budgets.exportFile': {
    input: z.object({ versionId: z.number().int().min(1), format: z.enum(budgetFileFormats, { message: 'budgets:export.errors.format' }) }).strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
    reads: ['coop', 'ledger', 'budgets'],
  },
});

/** The print route of a budget version, for the assembly (budget-screens draws it). */
export function budgetPrintRoute(versionId: number): string {
  return `/print/budgets/budget/${versionId}`;
}
