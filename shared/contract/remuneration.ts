/**
 * Remuneration: versioned pay schemes, members' dated assignments, monthly (or weekly) pay runs from
 * attendance, payslips, the bank file and the what-if of a proposed scheme (rules/remuneration.md).
 * Amounts are integers of minor units; coefficients, indices and ratios exact fractions (rules/money.md).
 * A run is a draft until approved; approving posts it (pay payable, the journal entry, the capital
 * instalments deducted) in one transaction and locks it; a correction is an adjusting run.
 */
import { z } from 'zod';
import { attendanceKinds } from '../domain/attendance';
import { fraction, share } from '../domain/statute';
import { minor } from './capital';
import { defineMethods } from './define';
import { empty, isoDate, optionalText, requiredText } from './common';

export const schemeKinds = ['hourly', 'annual', 'matrix'] as const;
export type SchemeKind = (typeof schemeKinds)[number];

/** What the coop calls pay (a setting: many Argentine practitioners object to "advances on returns"). */
export const payLabels = ['anticipos-de-retorno', 'retiros', 'anticipos-societarios', 'retiradas', 'pay'] as const;
export type PayLabel = (typeof payLabels)[number];

/** What approving does with a run whose scheme breaks the statute's maximum pay ratio. */
export const ratioPolicies = ['block', 'warn'] as const;
export type RatioPolicy = (typeof ratioPolicies)[number];

export const runFrequencies = ['monthly', 'weekly'] as const;
export type RunFrequency = (typeof runFrequencies)[number];

/** A pay period: a month `YYYY-MM` or an ISO week `YYYY-Www`. */
export const payPeriod = z
  .string()
  .regex(/^(\d{4}-(0[1-9]|1[0-2])|\d{4}-W(0[1-9]|[1-4]\d|5[0-3]))$/, { message: 'remuneration:errors.PERIOD' });

const memberId = z.number().int().min(1);
const runId = z.number().int().min(1);
/** A category, job index, factor, modifier or add-on name as the scheme spells it. */
const ruleName = z.string().trim().min(1).max(60);
const signedMinor = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
/** An exact ratio as computed (may exceed the bounds of a stored fraction). */
export const exactRatio = z.object({ num: z.number().int(), den: z.number().int() });

/**
 * The rules of one scheme version, the shape of shared/domain/remuneration's `SchemeRules`.
 * `baseMinor` is per hour (hourly) or per year (annual, matrix); `categories` are coefficients (hourly) or
 * job indices (annual, matrix); `seniority.percentPerYear` is a percent ({ num: 3, den: 2 } is 1.5%).
 */
export const schemeRules = z.strictObject({
  kind: z.enum(schemeKinds),
  baseMinor: minor.min(1),
  /** Empty only in a matrix (every member then sits at index 1). */
  categories: z.record(ruleName, fraction),
  seniority: z.strictObject({ percentPerYear: fraction, maxYears: z.number().int().min(0).max(60) }),
  factors: z.record(ruleName, fraction).default({}),
  modifiers: z.record(ruleName, z.strictObject({ factor: fraction, inRatio: z.boolean() })).default({}),
  paymentsPerYear: z.union([z.literal(12), z.literal(14)]).default(12),
  /** The scheme's own cap on top ÷ lowest effective hourly rate; null: only the statute's. */
  maxRatio: fraction.nullable().default(null),
  ratioCountsAddOns: z.boolean().default(false),
  ratioCountsCommitment: z.boolean().default(false),
  responsibilityAddOns: z.record(ruleName, fraction).default({}),
  /** Brazil: never below the minimum wage or the category's floor, pro rata to the paid hours. */
  minimumPay: z
    .strictObject({
      monthlyMinor: minor,
      categoryMonthlyMinor: z.record(ruleName, minor).default({}),
      fullTimeMinutes: z.number().int().min(60).max(31 * 24 * 60),
    })
    .nullable()
    .default(null),
});
export type SchemeRulesInput = z.input<typeof schemeRules>;

/** Where a pay ratio stands: the scheme's cap, the statute's, and who sets the top and the bottom. */
export const ratioCheck = z.object({
  /** Null when fewer than one member can be measured. */
  ratio: exactRatio.nullable(),
  schemeMax: exactRatio.nullable(),
  statuteMax: exactRatio.nullable(),
  holdsScheme: z.boolean(),
  holdsStatute: z.boolean(),
  topMemberNumber: z.number().int().nullable(),
  lowestMemberNumber: z.number().int().nullable(),
});
export type RatioCheck = z.infer<typeof ratioCheck>;

export const schemeVersion = z.object({
  id: z.number().int(),
  /** 1, 2, 3… in order of effective date. */
  version: z.number().int(),
  name: z.string(),
  effectiveFrom: z.string(),
  rules: schemeRules,
  resolutionId: z.number().int().nullable(),
  resolutionReference: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** A version a posted run used is final: a change is a new version. */
  usedByPostedRun: z.boolean(),
  /** Over the members assigned on the version's effective date (or today, whichever is later). */
  ratio: ratioCheck,
});
export type SchemeVersion = z.infer<typeof schemeVersion>;

export const saveSchemeInput = z.strictObject({
  /** Null: a new version; an id: edits a version no posted run has used. */
  id: z.number().int().min(1).nullable().default(null),
  name: requiredText(120),
  effectiveFrom: isoDate,
  rules: schemeRules,
  /** The resolution (kind pay-scheme) that adopted it, from assemblies.resolutions. */
  resolutionId: z.number().int().min(1).nullable().default(null),
  note: optionalText(500).default(null),
});
export type SaveSchemeInput = z.output<typeof saveSchemeInput>;

export const remunerationSettings = z.strictObject({
  payLabel: z.enum(payLabels),
  ratioPolicy: z.enum(ratioPolicies),
  frequency: z.enum(runFrequencies),
  /** Capital instalments due in the period are deducted from pay (a line of the run each). */
  deductCapitalInstalments: z.boolean(),
});
export type RemunerationSettings = z.infer<typeof remunerationSettings>;

export const assignmentFields = z.strictObject({
  memberId,
  effectiveFrom: isoDate,
  category: ruleName,
  /** Steps per matrix dimension (`factor^step`). */
  steps: z.record(ruleName, z.number().int().min(0).max(100)).default({}),
  modifiers: z.array(ruleName).max(20).default([]),
  /** Part-time commitment: 3/4 is paid 75%. */
  commitment: share.default({ num: 1, den: 1 }),
  /** Responsibility add-ons by name. */
  addOns: z.array(ruleName).max(20).default([]),
});
export type AssignmentFields = z.output<typeof assignmentFields>;

export const assignment = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  memberName: z.string(),
  effectiveFrom: z.string(),
  category: z.string(),
  steps: z.record(z.string(), z.number().int()),
  modifiers: z.array(z.string()),
  commitment: fraction,
  addOns: z.array(z.string()),
  /** Where the bank file sends the member's pay (CBU, IBAN, conta); null: paid otherwise. */
  bankAccount: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignment>;

/** One visible line of a member's pay: an earning (hours × rate, seniority, add-on…) or a deduction. */
export const runLine = z.object({
  /** A catalogue key, `remuneration:lines.*`. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Null on a line that explains (a rate, a coefficient); the amounts of a member's lines add up to the net. */
  amountMinor: signedMinor.nullable(),
  kind: z.enum(['earning', 'deduction']),
});
export type RunLine = z.infer<typeof runLine>;

export const runMember = z.object({
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  memberName: z.string(),
  category: z.string(),
  /** Attendance minutes of the period by kind (all kinds; the paid ones are in `paidMinutes`). */
  minutesByKind: z.partialRecord(z.enum(attendanceKinds), z.number().int()),
  paidMinutes: z.number().int(),
  grossMinor: signedMinor,
  deductionsMinor: signedMinor,
  netMinor: signedMinor,
  /** Given when the run is posted: one sequence for every payslip the coop issues. */
  payslipNumber: z.number().int().nullable(),
  lines: z.array(runLine),
});
export type RunMember = z.infer<typeof runMember>;

export const runStatuses = ['draft', 'posted'] as const;
export const runKinds = ['regular', 'adjusting'] as const;

export const runSummary = z.object({
  id: z.number().int(),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.enum(runKinds),
  /** An adjusting run: the runs of the period it corrects are those posted before it. */
  status: z.enum(runStatuses),
  schemeVersionId: z.number().int(),
  schemeVersion: z.number().int(),
  schemeName: z.string(),
  memberCount: z.number().int(),
  grossMinor: signedMinor,
  deductionsMinor: signedMinor,
  netMinor: signedMinor,
  ratio: ratioCheck,
  resolutionId: z.number().int().nullable(),
  resolutionReference: z.string().nullable(),
  /** The posting date of the journal entry; null while a draft. */
  postingDate: z.string().nullable(),
  journalEntryNumber: z.number().int().nullable(),
  createdAt: z.string(),
  postedAt: z.string().nullable(),
});
export type RunSummary = z.infer<typeof runSummary>;

export const runDetail = runSummary.extend({
  members: z.array(runMember),
  /** Catalogue keys (`remuneration:runs.warnings.*`) of what the approver should know. */
  warnings: z.array(z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })),
});
export type RunDetail = z.infer<typeof runDetail>;

/** What the payslip print route draws: two copies per page, the amount in words in the coop's language. */
export const payslips = z.object({
  coop: z.object({ name: z.string(), taxId: z.string().nullable(), address: z.string().nullable() }),
  payLabel: z.enum(payLabels),
  currency: z.string(),
  run: runSummary,
  slips: z.array(
    runMember.extend({
      payslipNumber: z.number().int(),
      taxId: z.string().nullable(),
      netInWords: z.string(),
    }),
  ),
});
export type Payslips = z.infer<typeof payslips>;

export const whatIfMember = z.object({
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  memberName: z.string(),
  category: z.string(),
  /** Over the months compared. */
  currentMinor: z.number().int(),
  proposedMinor: z.number().int(),
  differenceMinor: z.number().int(),
});

export const whatIfResult = z.object({
  periods: z.array(z.string()),
  currentSchemeVersionId: z.number().int().nullable(),
  members: z.array(whatIfMember),
  byPeriod: z.array(z.object({ period: z.string(), currentMinor: z.number().int(), proposedMinor: z.number().int() })),
  totals: z.object({ currentMinor: z.number().int(), proposedMinor: z.number().int(), differenceMinor: z.number().int() }),
  current: ratioCheck,
  proposed: ratioCheck,
  /** What approving a scheme that breaks the statute's ratio does: the profile's choice. */
  ratioPolicy: z.enum(ratioPolicies),
});
export type WhatIfResult = z.infer<typeof whatIfResult>;

const writes = ['remuneration', 'audit'] as const;

export const remunerationMethods = defineMethods({
  'remuneration.settings': { input: empty, output: remunerationSettings, reads: ['remuneration', 'coop'] },
  'remuneration.updateSettings': { input: remunerationSettings, output: remunerationSettings, reads: ['remuneration', 'coop'], writes },
  /** Every version, oldest first, each with its ratio against the scheme's cap and the statute's. */
  'remuneration.schemes': { input: empty, output: z.array(schemeVersion), reads: ['remuneration', 'coop', 'members', 'assemblies'] },
  'remuneration.saveScheme': {
    input: saveSchemeInput,
    output: schemeVersion,
    reads: ['remuneration', 'coop', 'members', 'assemblies'],
    writes,
  },
  /** Each member's assignment in force on `asOf` (members without one are left out). */
  'remuneration.assignments': {
    input: z.strictObject({ asOf: isoDate }),
    output: z.array(assignment),
    reads: ['remuneration', 'members'],
  },
  'remuneration.assignmentHistory': { input: z.strictObject({ memberId }), output: z.array(assignment), reads: ['remuneration', 'members'] },
  /** A new dated assignment (the same date replaces that day's). */
  'remuneration.assign': { input: assignmentFields, output: assignment, reads: ['remuneration', 'members'], writes },
  'remuneration.setBankAccount': {
    input: z.strictObject({ memberId, bankAccount: optionalText(60) }),
    output: z.object({ memberId: z.number().int(), bankAccount: z.string().nullable() }),
    reads: ['remuneration', 'members'],
    writes,
  },
  'remuneration.runs': {
    input: z.strictObject({ year: z.number().int().min(1900).max(2100).nullable().default(null) }),
    output: z.array(runSummary),
    reads: ['remuneration', 'coop'],
  },
  'remuneration.run': { input: z.strictObject({ runId }), output: runDetail, reads: ['remuneration', 'members', 'coop'] },
  /** Computes (or recomputes) the period's draft from attendance; `adjusting` corrects a posted period. */
  'remuneration.draftRun': {
    input: z.strictObject({ period: payPeriod, adjusting: z.boolean().default(false) }),
    output: runDetail,
    reads: ['remuneration', 'attendance', 'members', 'capital', 'ledger', 'coop'],
    writes,
  },
  'remuneration.discardDraft': { input: z.strictObject({ runId }), output: z.object({ ok: z.literal(true) }), reads: ['remuneration'], writes },
  /**
   * Approves and posts the draft: pay payable, the journal entry and the capital instalments deducted, one
   * transaction; refused when the draft no longer matches attendance (draft it again), when the period is
   * closed, or when the ratio is broken and the profile blocks (a warning must be accepted otherwise).
   */
  'remuneration.approveRun': {
    input: z.strictObject({
      runId,
      postingDate: isoDate,
      /** The council's resolution (kind pay-run or pay-scheme), from assemblies.resolutions. */
      resolutionId: z.number().int().min(1).nullable().default(null),
      acceptRatioWarning: z.boolean().default(false),
    }),
    output: runDetail,
    reads: ['remuneration', 'assemblies', 'ledger', 'capital', 'coop'],
    writes: ['remuneration', 'ledger', 'capital', 'audit'],
  },
  /** The print route's data (`payslipsRoute`): a posted run's payslips. */
  'remuneration.payslips': { input: z.strictObject({ runId }), output: payslips, reads: ['remuneration', 'members', 'coop'] },
  'remuneration.printPayslips': { input: z.strictObject({ runId }), output: z.object({ path: z.string() }), reads: ['remuneration', 'members', 'coop'] },
  /** The bank payment file (CSV), asking where to save it. */
  'remuneration.exportBankFile': { input: z.strictObject({ runId }), output: z.object({ path: z.string(), rows: z.number().int() }), reads: ['remuneration', 'members', 'coop'] },
  /** A proposed scheme against the one in force, over the last `months` months of real attendance. */
  'remuneration.whatIf': {
    input: z.strictObject({ proposed: schemeRules, months: z.number().int().min(1).max(36).default(12), through: payPeriod.nullable().default(null) }),
    output: whatIfResult,
    reads: ['remuneration', 'attendance', 'members', 'coop'],
  },
});

/** The print route of a posted run's payslips (two copies per page). */
export function payslipsRoute(runId: number): string {
  return `/print/pay/payslips/${runId}`;
}
