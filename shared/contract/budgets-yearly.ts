/**
 * The yearly budget's schemas (issue 12), kept apart from budgets.ts so the three owners of that map edit
 * less of one file. A budget line is an (account, label) with twelve monthly amounts in minor units, all
 * positive: the account's kind says whether it is income or a cost. Months are those of the fiscal year.
 */
import { z } from 'zod';
import { accountKindOf, accountKeys, type AccountKey } from '../domain/ledger/accounts';
import { isoDate, optionalText, requiredText } from './common';

/** A fiscal year, named by the calendar year it starts in. */
export const year = z.number().int().min(1900).max(2100);
/** An amount in minor units, never negative, always a safe integer. */
export const minor = z.number().int().min(0, { message: 'budgets:errors.NEGATIVE_AMOUNT' }).max(Number.MAX_SAFE_INTEGER);
/** An amount that may fall below zero (an actual, a variance, a result). */
export const signedMinor = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
export const id = z.number().int().positive();

/** The accounts a budget plans: the income and expense accounts of the internal chart. */
export const budgetableAccounts = accountKeys.filter((key) => accountKindOf[key] === 'income' || accountKindOf[key] === 'expense') as [AccountKey, ...AccountKey[]];
export const account = z.enum(budgetableAccounts, { message: 'budgets:errors.UNKNOWN_ACCOUNT' });
export const budgetKinds = ['income', 'expense'] as const;
export type BudgetKind = (typeof budgetKinds)[number];

export const MONTHS = 12;
/** One amount per month of the fiscal year, exactly twelve. */
export const months = z.array(minor).length(MONTHS, { message: 'budgets:errors.TWELVE_MONTHS' });
export const signedMonths = z.array(signedMinor).max(MONTHS);

export const versionStatuses = ['draft', 'approved', 'revised'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

export const budgetLineInput = z.object({ account, label: requiredText(120), months }).strict();
export type BudgetLineInput = z.infer<typeof budgetLineInput>;
/** Up to every account many times over; a realistic budget has a few dozen lines. */
export const MAX_LINES = 500;

export const budgetAccountRow = z.object({ account, kind: z.enum(budgetKinds), code: z.string(), name: z.string() });

export const budgetVersion = z.object({
  id,
  year,
  /** 1, 2, 3… within the year, in the order versions were created. */
  number: z.number().int().positive(),
  status: z.enum(versionStatuses),
  /** The version this one was copied from (a revision of an approved version, or a copy). */
  basedOnId: id.nullable(),
  resolution: z.object({ id, reference: z.string(), date: isoDate }).nullable(),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  /** When a later approval made this version 'revised'. */
  revisedAt: z.string().nullable(),
  note: z.string().nullable(),
  incomeMinor: minor,
  expenseMinor: minor,
});
export type BudgetVersion = z.infer<typeof budgetVersion>;

export const budgetLine = z.object({ account, kind: z.enum(budgetKinds), label: z.string(), months: z.array(minor), totalMinor: minor });
export const budgetVersionWithLines = budgetVersion.extend({
  /** The fiscal year's first and last day, and the first day of each of its months. */
  from: isoDate,
  to: isoDate,
  monthStarts: z.array(isoDate),
  lines: z.array(budgetLine),
});

export const draftSources = ['empty', 'lastYearActuals', 'version'] as const;
export const createDraftInput = z
  .object({
    year,
    from: z.enum(draftSources).default('empty'),
    /** The version copied when `from` is 'version'. */
    versionId: id.nullable().default(null),
    note: optionalText(500, { multiline: true }).default(null),
  })
  .strict()
  .refine((input) => (input.from === 'version') === (input.versionId !== null), { message: 'budgets:errors.COPY_NEEDS_VERSION', path: ['versionId'] });

export const spreadMethods = ['even', 'pattern', 'workingDays'] as const;
export const spreadInput = z
  .object({ year, totalMinor: minor, method: z.enum(spreadMethods), account: account.nullable().default(null) })
  .strict()
  .refine((input) => input.method !== 'pattern' || input.account !== null, { message: 'budgets:errors.PATTERN_NEEDS_ACCOUNT', path: ['account'] });

/** Budget beside actuals for one account or a total: the months, the year to date and the forecast. */
export const figures = z.object({
  budgetMinor: z.array(signedMinor),
  /** Closed months only, from the year's first: fewer than twelve during the year. */
  actualMinor: signedMonths,
  /** Actual − budget per month; null for months not closed yet. */
  varianceMinor: z.array(signedMinor.nullable()),
  yearToDate: z.object({ budgetMinor: signedMinor, actualMinor: signedMinor, varianceMinor: signedMinor }),
  budgetTotalMinor: signedMinor,
  forecastMinor: signedMinor,
});
export type Figures = z.infer<typeof figures>;

export const forecastMethods = ['budget', 'trend'] as const;
export const actualsInput = z
  .object({ year, versionId: id.nullable().default(null), forecast: z.enum(forecastMethods).default('budget'), asOf: isoDate.nullable().default(null) })
  .strict();
export const actuals = z.object({
  year,
  /** The version compared (the approved one unless another is asked for); null: none yet, budget zeros. */
  versionId: id.nullable(),
  asOf: isoDate,
  closedMonths: z.number().int().min(0).max(MONTHS),
  monthStarts: z.array(isoDate),
  forecast: z.enum(forecastMethods),
  accounts: z.array(figures.extend({ account, kind: z.enum(budgetKinds) })),
  income: figures,
  expense: figures,
  /** Income less expense. */
  result: figures,
});
export type Actuals = z.infer<typeof actuals>;

export const cashMonth = z.object({
  month: z.number().int().min(1).max(MONTHS),
  start: isoDate,
  openingMinor: signedMinor,
  inMinor: signedMinor,
  outMinor: signedMinor,
  closingMinor: signedMinor,
  /** True for a closed month (from the bank and cash lines); false: budgeted income and expense. */
  actual: z.boolean(),
});
export const cashPosition = z.object({ year, versionId: id.nullable(), asOf: isoDate, months: z.array(cashMonth) });

export const breakEvenResult = z.object({
  year,
  versionId: id,
  revenueMinor: minor,
  /** Budgeted costs other than members' pay. */
  nonPayCostsMinor: minor,
  /** Members' pay as budgeted, beside the current scheme's cost below. */
  budgetedPayMinor: minor,
  committedMinutes: z.number().int().min(0),
  /** What the current pay scheme costs for the committed hours over the year. */
  currentPayMinor: minor,
  affordableHourlyMinor: signedMinor,
  currentHourlyMinor: minor.nullable(),
  breakEvenRevenueMinor: signedMinor,
  marginMinor: signedMinor,
  /** Hours worked so far this year ÷ hours committed for the same months; null without attendance. */
  capacity: z.object({ workedMinutes: z.number().int().min(0), committedMinutes: z.number().int().min(0), percent: z.number() }).nullable(),
  /** Machines' booked working minutes ÷ those available, from planning's last applied plan; empty when none. */
  machines: z.array(z.object({ code: z.string(), name: z.string(), bookedMinutes: z.number().min(0), availableMinutes: z.number().min(0), percent: z.number() })),
});
