import { z } from 'zod';
import { isMonthDay } from '../domain/dates';
import { legalFrameworks, statuteParameters } from '../domain/statute';
import { defineMethods } from './define';
import { empty, requiredText } from './common';

export const locales = ['es', 'pt-BR', 'en'] as const;
export type Locale = (typeof locales)[number];

/** ISO 4217 codes the coop may keep its books in; Intl formats each. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, { message: 'errors.currency' });

export const coopIdentity = z.object({
  name: requiredText(160),
  framework: z.enum(legalFrameworks),
  currency: currencyCode,
  locale: z.enum(locales),
  fiscalYearStart: z.string().refine(isMonthDay, { message: 'errors.monthDay' }),
});
export type CoopIdentity = z.infer<typeof coopIdentity>;

export const coopProfile = coopIdentity.extend({
  statute: statuteParameters,
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CoopProfile = z.infer<typeof coopProfile>;

export const coopMethods = defineMethods({
  'coop.get': { input: empty, output: coopProfile.nullable() },
  'coop.setup': { input: coopIdentity.strict(), output: coopProfile, writes: ['coop', 'audit'] },
  'coop.setupDemo': {
    input: z.object({ locale: z.enum(locales) }).strict(),
    output: coopProfile,
    writes: ['coop', 'members', 'audit'],
  },
  'coop.update': {
    input: coopIdentity.extend({ statute: statuteParameters }).strict(),
    output: coopProfile,
    writes: ['coop', 'audit'],
  },
  'coop.statuteDefaults': {
    input: z.object({ framework: z.enum(legalFrameworks) }).strict(),
    output: statuteParameters,
  },
});
