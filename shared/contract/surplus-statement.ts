/**
 * The per-member statement of a posted year's allocation (the US written notice of allocation under the
 * USA framework): its data for the preview and the print route, and the PDF saved through a dialog.
 * Merged into the surplus contract.
 */
import { z } from 'zod';
import { legalFrameworks } from '../domain/statute';
import { locales } from './coop';
import { isoDate } from './common';
import { defineMethods } from './define';

const year = z.number().int().min(1900).max(2100);
const signedMinor = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const count = z.number().int().min(0);

const memberStatement = z.object({
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  name: z.string(),
  taxId: z.string().nullable(),
  minutesWorked: count,
  trialMinutes: count,
  minutesCounted: count,
  payMinor: signedMinor,
  capitalMinor: signedMinor,
  daysHeld: count,
  weight: z.string(),
  interestMinor: signedMinor,
  returnMinor: signedMinor,
  cashMinor: signedMinor,
  capitalisedMinor: signedMinor,
  capitalOperationNumber: z.number().int().nullable(),
  qualified: z.boolean().nullable(),
});

export const yearStatements = z.object({
  year,
  from: isoDate,
  to: isoDate,
  coop: z.object({ name: z.string(), taxId: z.string().nullable(), registrationNumber: z.string().nullable(), address: z.string().nullable(), framework: z.enum(legalFrameworks), currency: z.string(), minorDigits: z.number().int().min(0).max(4), locale: z.enum(locales) }),
  resolution: z.object({ reference: z.string(), date: isoDate.nullable() }),
  postedOn: isoDate,
  journalEntryNumber: z.number().int(),
  returns: z.object({ basis: z.enum(['hours', 'pay', 'blend']), blend: z.string(), cashPercent: z.string(), excludeTrialHours: z.boolean(), minHours: z.number(), prorateByDays: z.boolean() }),
  convertsOn: isoDate.nullable(),
  conversionDays: z.number().int().positive().nullable(),
  notice: z.object({ deadline: isoDate, late: z.boolean() }).nullable(),
  totals: z.object({ resultMinor: signedMinor, interestMinor: signedMinor, returnMinor: signedMinor, cashMinor: signedMinor, capitalisedMinor: signedMinor, members: count }),
  statements: z.array(memberStatement),
});
export type YearStatementsOut = z.infer<typeof yearStatements>;

const statementsInput = z.strictObject({ year, memberId: z.number().int().positive().nullable().default(null) });
const statementReads = ['surplus', 'coop', 'members', 'attendance', 'remuneration', 'capital', 'ledger', 'assemblies'] as const;

export const statementMethods = defineMethods({
  'surplus.statements': { input: statementsInput, output: yearStatements, reads: [...statementReads] },
  'surplus.printStatements': { input: statementsInput, output: z.object({ path: z.string() }), reads: [...statementReads] },
});

/** The print route the PDF is made from: every member's statement, or one member's. */
export function statementsRoute(year: number, memberId: number | null): string {
  return memberId === null ? `/print/surplus/statements/${year}` : `/print/surplus/statements/${year}?member=${memberId}`;
}
