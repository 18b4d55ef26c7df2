import { z } from 'zod';
import { currencyCodes } from '../domain/currency';
import { isMonthDay } from '../domain/dates';
import { legalFrameworks, statuteChoices, statuteParameters } from '../domain/statute';
import { defineMethods, everyTopic } from './define';
import { empty, isoDate, optionalText, requiredText } from './common';

export const locales = ['es', 'pt-BR', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The ISO 4217 currencies offered (shared/domain/currency.ts knows each one's minor digits). */
export const currencyCode = z.enum(currencyCodes, { message: 'coop:errors.currency' });

/**
 * Who the coop is. The tax id (CUIT, CNPJ, NIF, EIN), registration number (INAES matrícula, registry
 * entry) and address head every page of the legal books; optional at first run, filled in settings.
 */
export const coopIdentity = z.object({
  name: requiredText(160),
  framework: z.enum(legalFrameworks),
  currency: currencyCode,
  locale: z.enum(locales),
  fiscalYearStart: z.string().refine(isMonthDay, { message: 'coop:errors.monthDay' }),
  taxId: optionalText(40).optional(),
  registrationNumber: optionalText(60).optional(),
  address: optionalText(300).optional(),
});
export type CoopIdentity = z.infer<typeof coopIdentity>;

/** A settings save: the identity, the statute as chosen, and from when a changed statute is in force. */
export const coopUpdate = coopIdentity
  .extend({
    statute: statuteChoices,
    /** The day a changed statute takes effect; today when not given. Ignored when the statute is unchanged. */
    statuteEffectiveFrom: isoDate.optional(),
  })
  .strict();
export type CoopUpdate = z.infer<typeof coopUpdate>;

export const coopProfile = z.object({
  name: z.string(),
  framework: z.enum(legalFrameworks),
  /** As stored: a currency set before the offered list existed stays readable. */
  currency: z.string(),
  /** ISO 4217 minor-unit digits, fixed at setup: what every stored `*_minor` integer means. */
  minorDigits: z.number().int().min(0).max(4),
  locale: z.enum(locales),
  fiscalYearStart: z.string(),
  taxId: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  address: z.string().nullable(),
  /** The statute in force today. */
  statute: statuteParameters,
  statuteEffectiveFrom: z.string(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CoopProfile = z.infer<typeof coopProfile>;

export const coopMethods = defineMethods({
  'coop.get': { input: empty, output: coopProfile.nullable(), reads: ['coop'] },
  'coop.setup': { input: coopIdentity.strict(), output: coopProfile, reads: ['coop'], writes: ['coop', 'audit'] },
  'coop.setupDemo': {
    input: z.object({ locale: z.enum(locales) }).strict(),
    output: coopProfile,
    reads: ['coop'],
    writes: ['coop', 'members', 'audit'],
  },
  'coop.update': {
    input: coopUpdate,
    output: coopProfile,
    reads: ['coop'],
    writes: ['coop', 'audit'],
  },
  // Wipes the demo cooperative (kept as a backup) and returns to first run; refused for a real coop.
  'coop.leaveDemo': {
    input: empty,
    output: z.object({ keptAs: z.string() }),
    reads: ['coop'],
    writes: everyTopic,
  },
  'coop.statuteDefaults': {
    input: z.object({ framework: z.enum(legalFrameworks) }).strict(),
    output: statuteParameters,
    // The framework's fixed defaults: nothing stored changes them.
    reads: [],
  },
});
