/** The cooperative's profile: who it is, under which law, and the statute parameters later modules read. */
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { CoopIdentity, CoopProfile, CoopUpdate } from '../../../shared/contract/coop';
import { DomainError } from '../../../shared/contract/errors';
import { isCurrencyCode, minorDigitsOf } from '../../../shared/domain/currency';
import { statuteDefaults, statuteFromChoices, statuteProblems, type StatuteChoices, type LegalFramework } from '../../../shared/domain/statute';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import type { CoopProfileTable, DB } from '../../db/schema';
import { addStatuteVersion, officeToday, statuteInForceWith } from './statute-versions';

async function readProfile(db: Kysely<DB>, ctx: ServiceContext): Promise<CoopProfile | null> {
  const row = await db.selectFrom('coop_profile').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const { statute, effectiveFrom } = await statuteInForceWith(db, officeToday(ctx));
  return toProfile(row, statute, effectiveFrom);
}

function toProfile(row: CoopProfileTable, statute: CoopProfile['statute'], statuteEffectiveFrom: string): CoopProfile {
  return {
    name: row.name,
    framework: row.framework,
    currency: row.currency,
    minorDigits: row.minor_digits,
    locale: row.locale,
    fiscalYearStart: row.fiscal_year_start,
    taxId: row.tax_id,
    registrationNumber: row.registration_number,
    address: row.address,
    statute,
    statuteEffectiveFrom,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getCoop(ctx: ServiceContext): Promise<CoopProfile | null> {
  return readProfile(ctx.db, ctx);
}

export async function requireCoop(ctx: ServiceContext): Promise<CoopProfile> {
  const coop = await getCoop(ctx);
  if (!coop) throw new DomainError('NOT_INITIALISED', 'The cooperative has not been set up yet; run first-time setup (or `minga init`).');
  return coop;
}

/** The law's limits come from the framework's table, never from the caller (statute-rules.ts). */
function refuseUnlawfulStatute(framework: LegalFramework, choices: StatuteChoices): void {
  const problems = statuteProblems(framework, choices);
  const first = problems[0];
  if (!first) return;
  throw new DomainError('BAD_INPUT', `The statute breaks the law of its framework: ${problems.map((p) => `${p.code} at ${p.path}`).join(', ')}.`, {
    key: `coop:errors.${first.code}`,
    params: first.params,
    issues: problems.map((p) => ({ path: p.path, message: `coop:errors.${p.code}` })),
  });
}

/** Callers inside main (the demo, the CLI, tests) may hold the currency as plain text; it is checked here. */
type SetupIdentity = Omit<CoopIdentity, 'currency'> & { currency: string };

/** First run: the profile, with the statute defaults of its legal framework in force from today. */
export async function setupCoop(ctx: ServiceContext, identity: SetupIdentity, options: { isDemo?: boolean } = {}): Promise<CoopProfile> {
  const { currency } = identity;
  if (!isCurrencyCode(currency)) {
    throw new DomainError('BAD_INPUT', `${currency} is not one of the currencies offered.`, {
      key: 'coop:errors.currency',
      issues: [{ path: 'currency', message: 'coop:errors.currency' }],
    });
  }
  return inTransaction(ctx, async (trx, audit) => {
    const existing = await trx.selectFrom('coop_profile').select('id').executeTakeFirst();
    if (existing) throw new DomainError('ALREADY_INITIALISED', 'This database already holds a cooperative.');
    const at = nowIso(ctx);
    await trx
      .insertInto('coop_profile')
      .values({
        id: 1,
        name: identity.name,
        framework: identity.framework,
        currency,
        minor_digits: minorDigitsOf(currency),
        locale: identity.locale,
        fiscal_year_start: identity.fiscalYearStart,
        tax_id: identity.taxId ?? null,
        registration_number: identity.registrationNumber ?? null,
        address: identity.address ?? null,
        is_demo: options.isDemo ? 1 : 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await addStatuteVersion(trx, ctx, audit, statuteDefaults(identity.framework), officeToday(ctx));
    const profile = (await readProfile(trx, ctx))!;
    await audit({ action: 'coop.setup', entity: 'coop', entityId: 1, before: null, after: profile });
    return profile;
  });
}

/**
 * Settings: the identity, and the statute as chosen. A changed statute becomes a new version in force from
 * the date given (today by default); the currency may change only to one with the same minor digits, since
 * every stored amount is counted in them.
 */
export async function updateCoop(ctx: ServiceContext, input: CoopUpdate): Promise<CoopProfile> {
  refuseUnlawfulStatute(input.framework, input.statute);
  return inTransaction(ctx, async (trx, audit) => {
    const before = await readProfile(trx, ctx);
    if (!before) throw new DomainError('NOT_INITIALISED', 'The cooperative has not been set up yet.');
    if (minorDigitsOf(input.currency) !== before.minorDigits) {
      throw new DomainError('BAD_INPUT', `${input.currency} has ${minorDigitsOf(input.currency)} minor digits; the books are kept in ${before.minorDigits}.`, {
        key: 'coop:errors.CURRENCY_DIGITS_CHANGE',
        params: { currency: input.currency, digits: before.minorDigits },
        issues: [{ path: 'currency', message: 'coop:errors.CURRENCY_DIGITS_CHANGE' }],
      });
    }
    await trx
      .updateTable('coop_profile')
      .set({
        name: input.name,
        framework: input.framework,
        currency: input.currency,
        locale: input.locale,
        fiscal_year_start: input.fiscalYearStart,
        // Not sent means unchanged: an older client that does not know these fields cannot erase them.
        tax_id: input.taxId === undefined ? before.taxId : input.taxId,
        registration_number: input.registrationNumber === undefined ? before.registrationNumber : input.registrationNumber,
        address: input.address === undefined ? before.address : input.address,
        updated_at: nowIso(ctx),
      })
      .where('id', '=', 1)
      .execute();
    const statute = statuteFromChoices(input.statute);
    if (!isDeepStrictEqual(statute, before.statute)) {
      await addStatuteVersion(trx, ctx, audit, statute, input.statuteEffectiveFrom ?? officeToday(ctx));
    }
    const after = (await readProfile(trx, ctx))!;
    await audit({ action: 'coop.update', entity: 'coop', entityId: 1, before, after });
    return after;
  });
}
