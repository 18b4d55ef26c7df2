/**
 * Dated statute versions: a statute reform is a new version in force from a date, never an edit of an
 * older one (triggers refuse UPDATE and DELETE), so a past year is computed with the statute in force then.
 */
import type { Kysely } from 'kysely';
import { DomainError } from '../../../shared/contract/errors';
import { localToday, type IsoDate } from '../../../shared/domain/dates';
import { statuteParameters, type StatuteParameters } from '../../../shared/domain/statute';
import type { DB } from '../../db/schema';
import { nowIso, type AuditWriter, type ServiceContext } from '../core';

export interface StatuteVersion {
  effectiveFrom: IsoDate;
  statute: StatuteParameters;
}

/** Today in the coop's office: the machine's local calendar, from the context's clock. */
export const officeToday = (ctx: ServiceContext): IsoDate => localToday(ctx.now());

async function versionRow(db: Kysely<DB>, date: IsoDate) {
  const inForce = await db
    .selectFrom('statute_version')
    .select(['effective_from', 'statute_json'])
    .where('effective_from', '<=', date)
    .orderBy('effective_from', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (inForce) return inForce;
  // Before the first version the app knows nothing older: the statute recorded at setup is the one used.
  return db
    .selectFrom('statute_version')
    .select(['effective_from', 'statute_json'])
    .orderBy('effective_from', 'asc')
    .orderBy('id', 'asc')
    .limit(1)
    .executeTakeFirst();
}

/** The statute in force on `date`: the latest version effective on or before it (the latest written wins a tie). */
export async function statuteInForceWith(db: Kysely<DB>, date: IsoDate): Promise<StatuteVersion> {
  const row = await versionRow(db, date);
  if (!row) throw new DomainError('NOT_INITIALISED', 'The cooperative has not been set up yet; it has no statute.');
  return { effectiveFrom: row.effective_from, statute: statuteParameters.parse(JSON.parse(row.statute_json)) };
}

export function statuteInForce(ctx: ServiceContext, date: IsoDate): Promise<StatuteVersion> {
  return statuteInForceWith(ctx.db, date);
}

/** The latest effective date of any version; a new version may not take effect before it. */
async function latestEffectiveFrom(db: Kysely<DB>): Promise<IsoDate | null> {
  const row = await db.selectFrom('statute_version').select('effective_from').orderBy('effective_from', 'desc').limit(1).executeTakeFirst();
  return row?.effective_from ?? null;
}

/** Appends a version, in force from `effectiveFrom` (today or earlier, not before the latest version). */
export async function addStatuteVersion(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  audit: AuditWriter,
  statute: StatuteParameters,
  effectiveFrom: IsoDate,
): Promise<void> {
  const today = officeToday(ctx);
  if (effectiveFrom > today) {
    throw new DomainError('BAD_INPUT', `A statute version takes effect today (${today}) or earlier, not on ${effectiveFrom}.`, {
      key: 'coop:errors.STATUTE_DATE_IN_FUTURE',
      params: { today },
      issues: [{ path: 'statuteEffectiveFrom', message: 'coop:errors.STATUTE_DATE_IN_FUTURE' }],
    });
  }
  const latest = await latestEffectiveFrom(trx);
  if (latest !== null && effectiveFrom < latest) {
    throw new DomainError('BAD_INPUT', `A new statute version takes effect on or after the current one (${latest}); older versions are never rewritten.`, {
      key: 'coop:errors.STATUTE_DATE_BEFORE_LATEST',
      params: { latest },
      issues: [{ path: 'statuteEffectiveFrom', message: 'coop:errors.STATUTE_DATE_BEFORE_LATEST' }],
    });
  }
  const { id } = await trx
    .insertInto('statute_version')
    .values({ effective_from: effectiveFrom, statute_json: JSON.stringify(statute), created_at: nowIso(ctx) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit({ action: 'coop.statuteVersion', entity: 'statute_version', entityId: id, before: null, after: { effectiveFrom, statute } });
}
