/** The cooperative's profile: who it is, under which law, and the statute parameters later modules read. */
import type { CoopIdentity, CoopProfile } from '../../../shared/contract/coop';
import { DomainError } from '../../../shared/contract/errors';
import {
  fundsBelowMinimum,
  statuteDefaults,
  statuteParameters,
  type StatuteParameters,
} from '../../../shared/domain/statute';
import { inTransaction, nowIso, recordAudit, type ServiceContext } from '../core';
import type { CoopProfileTable } from '../../db/schema';

function toProfile(row: CoopProfileTable): CoopProfile {
  return {
    name: row.name,
    framework: row.framework,
    currency: row.currency,
    locale: row.locale,
    fiscalYearStart: row.fiscal_year_start,
    statute: statuteParameters.parse(JSON.parse(row.statute_json)),
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getCoop(ctx: ServiceContext): Promise<CoopProfile | null> {
  const row = await ctx.db.selectFrom('coop_profile').selectAll().where('id', '=', 1).executeTakeFirst();
  return row ? toProfile(row) : null;
}

export async function requireCoop(ctx: ServiceContext): Promise<CoopProfile> {
  const coop = await getCoop(ctx);
  if (!coop) throw new DomainError('NOT_INITIALISED', 'The cooperative has not been set up yet; run first-time setup (or `minga init`).');
  return coop;
}

function refuseBelowMinimum(statute: StatuteParameters): void {
  const below = fundsBelowMinimum(statute);
  if (below.length > 0) {
    throw new DomainError(
      'BAD_INPUT',
      `A statute may raise a legal fund but not lower it: ${below.map((b) => `${b.key} (${b.legalBasis})`).join(', ')}.`,
      {
        key: 'errors.FUND_BELOW_MINIMUM',
        params: { basis: below.map((b) => b.legalBasis).join(', ') },
        issues: below.map((b) => ({ path: `statute.funds.${b.key}`, message: 'errors.FUND_BELOW_MINIMUM' })),
      },
    );
  }
}

/** First run: the profile, with the statute defaults of its legal framework. */
export async function setupCoop(ctx: ServiceContext, identity: CoopIdentity, options: { isDemo?: boolean } = {}): Promise<CoopProfile> {
  return inTransaction(ctx, async (trx) => {
    const existing = await trx.selectFrom('coop_profile').select('id').executeTakeFirst();
    if (existing) throw new DomainError('ALREADY_INITIALISED', 'This database already holds a cooperative.');
    const at = nowIso(ctx);
    const statute = statuteDefaults(identity.framework);
    await trx
      .insertInto('coop_profile')
      .values({
        id: 1,
        name: identity.name,
        framework: identity.framework,
        currency: identity.currency,
        locale: identity.locale,
        fiscal_year_start: identity.fiscalYearStart,
        statute_json: JSON.stringify(statute),
        is_demo: options.isDemo ? 1 : 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const row = await trx.selectFrom('coop_profile').selectAll().executeTakeFirstOrThrow();
    const profile = toProfile(row);
    await recordAudit(trx, ctx, { action: 'coop.setup', entity: 'coop', entityId: 1, before: null, after: profile });
    return profile;
  });
}

export async function updateCoop(ctx: ServiceContext, input: CoopIdentity & { statute: StatuteParameters }): Promise<CoopProfile> {
  refuseBelowMinimum(input.statute);
  return inTransaction(ctx, async (trx) => {
    const beforeRow = await trx.selectFrom('coop_profile').selectAll().where('id', '=', 1).executeTakeFirst();
    if (!beforeRow) throw new DomainError('NOT_INITIALISED', 'The cooperative has not been set up yet.');
    await trx
      .updateTable('coop_profile')
      .set({
        name: input.name,
        framework: input.framework,
        currency: input.currency,
        locale: input.locale,
        fiscal_year_start: input.fiscalYearStart,
        statute_json: JSON.stringify(input.statute),
        updated_at: nowIso(ctx),
      })
      .where('id', '=', 1)
      .execute();
    const after = toProfile(await trx.selectFrom('coop_profile').selectAll().executeTakeFirstOrThrow());
    await recordAudit(trx, ctx, { action: 'coop.update', entity: 'coop', entityId: 1, before: toProfile(beforeRow), after });
    return after;
  });
}
