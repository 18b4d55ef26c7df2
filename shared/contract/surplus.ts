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
});

