/**
 * Surplus and loss: the closed year's result, the distribution policy (versioned, held to the law), the
 * simulation from the app's own data, the posting after an assembly's approval, its reversal, and the
 * cash returns collected or turned into capital. Amounts in minor units; the policy in the scenario
 * file's form (rules/surplus.md), so what an adviser writes in a file and what the screen edits are one.
 */
import { z } from 'zod';
import { surplusScenario } from '../domain/surplus/scenario';
import { isoDate, requiredText } from './common';
import { defineMethods } from './define';
import { statementMethods } from './surplus-statement';

const year = z.number().int().min(1900).max(2100);
const signedMinor = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const minor = signedMinor.min(0);
export const surplusPolicy = surplusScenario.shape.policy;

export const closedYear = z.object({
  year,
  membersResultMinor: signedMinor,
  nonMembersResultMinor: signedMinor,
  taxMinor: minor,
  priorLossesMinor: minor,
  source: z.enum(['typed', 'imported']),
  closedAt: z.string(),
  posted: z.boolean(),
  /** The distribution that stands posted and its journal entry; null when none stands. */
  posting: z.object({ journalEntryNumber: z.number().int(), postedOn: isoDate, resolutionReference: z.string() }).nullable(),
  /** The last reversal of a distribution of the year, if any. */
  lastReversal: z.object({ journalEntryNumber: z.number().int(), reversedOn: isoDate }).nullable(),
});

const step = z.object({ key: z.string(), name: z.string(), amountMinor: signedMinor, basis: z.string(), subtotal: z.boolean() });
const memberShare = z.object({
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  name: z.string(),
  /** The exact weight and the exact return before rounding, as "num/den". */
  weight: z.string(),
  exactReturn: z.string(),
  /** The cent the largest remainder added (0 or ±1). */
  remainderCent: z.number().int(),
  interestMinor: signedMinor,
  returnMinor: signedMinor,
  cashMinor: signedMinor,
  capitalisedMinor: signedMinor,
});
export const simulation = z.object({
  year,
  from: isoDate,
  to: isoDate,
  policy: surplusPolicy,
  policyId: z.number().int().nullable(),
  steps: z.array(step),
  members: z.array(memberShare),
  check: z.object({ partsMinor: signedMinor, resultMinor: signedMinor, equal: z.boolean() }),
});
export type Simulation = z.infer<typeof simulation>;

/** The projector's page for the distribution (the assemblies' projector is `/projector`). */
export const SURPLUS_PROJECTOR_ROUTE = '/projector/surplus';

/** Members are named on the projector, or shown by member number only, as the assembly prefers. */
export const projectionLabels = z.enum(['name', 'number']);
export const surplusProjection = z.object({
  coopName: z.string(),
  year,
  from: isoDate,
  to: isoDate,
  labels: projectionLabels,
  shownAt: z.string(),
  steps: z.array(step),
  /** `name` is null when the assembly chose member numbers. */
  members: z.array(
    z.object({ memberNumber: z.number().int(), name: z.string().nullable(), interestMinor: signedMinor, returnMinor: signedMinor, cashMinor: signedMinor, capitalisedMinor: signedMinor }),
  ),
  check: z.object({ partsMinor: signedMinor, resultMinor: signedMinor, equal: z.boolean() }),
});
export type SurplusProjection = z.infer<typeof surplusProjection>;

const returnDue = z.object({
  distributionId: z.number().int(),
  year,
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  name: z.string(),
  cashMinor: minor,
  postedOn: isoDate,
  convertsOn: isoDate.nullable(),
  due: z.boolean(),
});

export const surplusMethods = defineMethods({
  'surplus.year': { input: z.object({ year }).strict(), output: closedYear.nullable(), reads: ['surplus'] },
  'surplus.closeYear': {
    input: z
      .object({
        year,
        membersResultMinor: signedMinor,
        nonMembersResultMinor: signedMinor,
        taxMinor: minor,
        source: z.enum(['typed', 'imported']).default('typed'),
        /** Losses carried from before Minga kept the books (the first year only); null: carried from earlier distributions. */
        openingPriorLossesMinor: minor.nullable().default(null),
      })
      .strict(),
    output: closedYear,
    reads: ['surplus'],
    writes: ['surplus'],
  },
  'surplus.policy': {
    input: z.object({ year }).strict(),
    output: z.object({ id: z.number().int().nullable(), policy: surplusPolicy }),
    reads: ['surplus', 'coop'],
  },
  'surplus.savePolicy': {
    input: z.object({ effectiveYear: year, policy: surplusPolicy, note: z.string().max(500).default('') }).strict(),
    output: z.object({ id: z.number().int() }),
    reads: ['surplus'],
    writes: ['surplus'],
  },
  'surplus.simulate': {
    input: z.object({ year, policy: surplusPolicy.nullable().default(null) }).strict(),
    output: simulation,
    reads: ['surplus', 'coop', 'members', 'attendance', 'remuneration', 'capital', 'ledger'],
  },
  'surplus.post': {
    input: z.object({ year, resolutionId: z.number().int().positive(), date: isoDate }).strict(),
    output: z.object({ id: z.number().int(), journalEntryNumber: z.number().int() }),
    reads: ['surplus'],
    writes: ['surplus', 'capital', 'ledger'],
  },
  'surplus.reverse': {
    input: z.object({ year, date: isoDate, reason: requiredText(500) }).strict(),
    output: z.object({ id: z.number().int(), journalEntryNumber: z.number().int() }),
    reads: ['surplus'],
    writes: ['surplus', 'capital', 'ledger'],
  },
  'surplus.project': {
    input: z.object({ year: year.nullable(), policy: surplusPolicy.nullable().default(null), labels: projectionLabels.default('name') }).strict(),
    output: z.object({ ok: z.literal(true) }),
    reads: ['surplus'],
    writes: ['surplus'],
  },
  'surplus.projection': {
    input: z.object({}).strict(),
    output: surplusProjection.nullable(),
    reads: ['surplus', 'coop', 'members', 'attendance', 'remuneration', 'capital', 'ledger'],
  },
  /** Opens the projector on the distribution (a window of its own in the desktop app); writes nothing. */
  'surplus.openProjector': { input: z.object({}).strict(), output: z.object({ result: z.enum(['opened', 'not-supported']) }), reads: [] },
  'surplus.returns': { input: z.object({ asOf: isoDate }).strict(), output: z.array(returnDue), reads: ['surplus', 'members'] },
  'surplus.collectReturn': {
    input: z.object({ distributionId: z.number().int(), memberId: z.number().int(), date: isoDate, method: z.enum(['cash', 'bank']) }).strict(),
    output: z.object({ journalEntryNumber: z.number().int() }),
    reads: ['surplus'],
    writes: ['surplus', 'ledger'],
  },
  'surplus.convertReturn': {
    input: z.object({ distributionId: z.number().int(), memberId: z.number().int(), date: isoDate }).strict(),
    output: z.object({ capitalOperationNumber: z.number().int() }),
    reads: ['surplus'],
    writes: ['surplus', 'capital', 'ledger'],
  },
  ...statementMethods,
});

