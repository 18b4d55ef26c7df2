/**
 * The scenario file of rules/surplus.md, key for key: what `minga surplus simulate --scenario FILE.json`
 * reads. Amounts are decimal strings in the currency's major unit, percentages decimal strings or
 * fractions ("5", "37.5", "1/2" meaning half a percent), hours numbers. Unknown keys are refused, so a
 * misspelt key never silently falls back to a default.
 */
import { z } from 'zod';
import { currencyCodes } from '../currency';
import { legalFrameworks } from '../statute';

const amount = z.string().regex(/^-?\d+(\.\d+)?$/, 'an amount is a decimal string such as "1250000.00"');
const rate = z.string().regex(/^(\d+(\.\d+)?|\d+\s*\/\s*[1-9]\d*)$/, 'a percentage is a decimal string or a fraction such as "5", "37.5" or "1/2"');
const hours = z.number().finite().min(0);

const fundsStep = z.strictObject({
  kind: z.literal('funds'),
  of: z.enum(['base', 'remaining']),
  funds: z.array(z.strictObject({ name: z.string().min(1).max(120), percent: rate })).min(1),
});
const interestStep = z.strictObject({ kind: z.literal('interest'), rate, cap: rate, prorateByDays: z.boolean() });
const voluntaryStep = z.strictObject({ kind: z.literal('voluntary'), percent: rate });

export const surplusScenario = z.strictObject({
  framework: z.enum(legalFrameworks),
  currency: z.enum(currencyCodes),
  result: z.strictObject({ members: amount, nonMembers: amount, priorLosses: amount, tax: amount }),
  policy: z.strictObject({
    nonMembers: z.strictObject({ percent: rate, to: z.string().min(1).max(120) }),
    steps: z.array(z.discriminatedUnion('kind', [fundsStep, interestStep, voluntaryStep])),
    returns: z.strictObject({
      basis: z.enum(['hours', 'pay', 'blend']),
      blend: rate,
      excludeTrialHours: z.boolean(),
      minHours: hours,
      cashPercent: rate,
    }),
    loss: z.strictObject({
      reserves: z.array(z.strictObject({ name: z.string().min(1).max(120), balance: amount, percent: rate })),
    }),
  }),
  members: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(80),
        capital: amount,
        hours,
        trialHours: hours,
        pay: amount,
        daysHeld: z.number().int().min(0).max(366),
      }),
    )
    .min(1),
});
export type SurplusScenario = z.infer<typeof surplusScenario>;
