/**
 * Dated scheme versions. A change is a new version from a date; a version no posted run has used may still
 * be corrected, one a posted run used is final (the database refuses it too). A version that breaks the
 * statute's maximum pay ratio over the members assigned is refused when the profile says block.
 */
import type { Kysely, Selectable } from 'kysely';
import { schemeRules, type RatioCheck, type SaveSchemeInput, type SchemeVersion } from '../../../shared/contract/remuneration';
import { localToday } from '../../../shared/domain/dates';
import type { SchemeRules } from '../../../shared/domain/remuneration';
import type { DB } from '../../db/schema';
import { statuteInForce } from '../coop';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { assignedOn } from './assigned';
import { payMemberOf } from './pay-member';
import { ratioCheckOf, ratioHolds, ratioParams } from './ratio';
import { refusal } from './refuse';
import { requireResolution } from './resolution';
import { readSettings } from './settings';

type Row = Selectable<DB['remuneration_scheme_version']>;

export interface StoredScheme {
  id: number;
  version: number;
  name: string;
  effectiveFrom: string;
  rules: SchemeRules;
  resolutionId: number | null;
  resolutionReference: string | null;
  note: string | null;
  createdAt: string;
}

const toStored = (row: Row, version: number): StoredScheme => ({
  id: row.id,
  version,
  name: row.name,
  effectiveFrom: row.effective_from,
  rules: schemeRules.parse(JSON.parse(row.rules_json)),
  resolutionId: row.resolution_id,
  resolutionReference: row.resolution_reference,
  note: row.note,
  createdAt: row.created_at,
});

/** Every version, numbered 1, 2, 3… by effective date. */
export async function storedSchemes(db: Kysely<DB>): Promise<StoredScheme[]> {
  const rows = await db.selectFrom('remuneration_scheme_version').selectAll().orderBy('effective_from').execute();
  return rows.map((row, i) => toStored(row, i + 1));
}

/** The version in force on `date`: the latest effective on or before it. */
export async function schemeInForce(db: Kysely<DB>, date: string): Promise<StoredScheme | null> {
  const versions = await storedSchemes(db);
  return versions.filter((v) => v.effectiveFrom <= date).at(-1) ?? null;
}

export async function schemeById(db: Kysely<DB>, id: number): Promise<StoredScheme> {
  const found = (await storedSchemes(db)).find((v) => v.id === id);
  if (!found) throw refusal('NOT_FOUND', 'SCHEME_NOT_FOUND', `There is no scheme version ${id}.`, { id });
  return found;
}

/** The statute's maximum pay ratio in force on a day. */
export async function statuteMaxRatio(ctx: ServiceContext, db: Kysely<DB>, date: string) {
  return (await statuteInForce({ ...ctx, db }, date)).statute.maxPayRatio;
}

/** The ratio over the members assigned on `on` (their seniority that day). */
async function ratioOn(ctx: ServiceContext, db: Kysely<DB>, rules: SchemeRules, on: string): Promise<RatioCheck> {
  const members = (await assignedOn(db, on)).filter((m) => m.leavingDate === null || m.leavingDate >= on);
  return ratioCheckOf(rules, members.map((m) => payMemberOf(m, on)), await statuteMaxRatio(ctx, db, on));
}

/** Measured today, within the version's time in force (from its date, before the next one's). */
const measuredOn = (today: string, version: StoredScheme, next: StoredScheme | undefined) => {
  if (today < version.effectiveFrom) return version.effectiveFrom;
  if (next && today >= next.effectiveFrom) return version.effectiveFrom;
  return today;
};

async function usedIds(db: Kysely<DB>): Promise<Set<number>> {
  const rows = await db.selectFrom('remuneration_run').select('scheme_version_id').where('status', '=', 'posted').distinct().execute();
  return new Set(rows.map((r) => r.scheme_version_id));
}

async function describe(ctx: ServiceContext, db: Kysely<DB>, versions: StoredScheme[], used: Set<number>): Promise<SchemeVersion[]> {
  const today = localToday(ctx.now());
  const out: SchemeVersion[] = [];
  for (const [i, v] of versions.entries()) {
    const ratio = await ratioOn(ctx, db, v.rules, measuredOn(today, v, versions[i + 1]));
    out.push({ ...v, usedByPostedRun: used.has(v.id), ratio });
  }
  return out;
}

export async function listSchemes(ctx: ServiceContext): Promise<SchemeVersion[]> {
  return describe(ctx, ctx.db, await storedSchemes(ctx.db), await usedIds(ctx.db));
}

export async function saveScheme(ctx: ServiceContext, input: SaveSchemeInput): Promise<SchemeVersion> {
  return inTransaction(ctx, async (trx, audit) => {
    const used = await usedIds(trx);
    const before = input.id === null ? null : await schemeById(trx, input.id);
    if (before && used.has(before.id)) {
      throw refusal('CONFLICT', 'SCHEME_USED', `Version ${before.version} was used by a posted pay run; save a new version instead.`, { version: before.version });
    }
    const clash = await trx.selectFrom('remuneration_scheme_version').select('id').where('effective_from', '=', input.effectiveFrom).executeTakeFirst();
    if (clash && clash.id !== input.id) {
      throw refusal('DUPLICATE', 'SCHEME_DATE_TAKEN', `A version already takes effect on ${input.effectiveFrom}.`, { date: input.effectiveFrom });
    }
    const resolution = await requireResolution(trx, input.resolutionId, ['pay-scheme']);
    const today = localToday(ctx.now());
    const ratio = await ratioOn(ctx, trx, input.rules, input.effectiveFrom > today ? input.effectiveFrom : today);
    if (!ratioHolds(ratio) && (await readSettings(trx)).ratioPolicy === 'block') throw ratioRefusal(ratio);
    const row = {
      name: input.name,
      effective_from: input.effectiveFrom,
      kind: input.rules.kind,
      rules_json: JSON.stringify(input.rules),
      resolution_id: resolution?.id ?? null,
      resolution_reference: resolution?.reference ?? null,
      note: input.note,
      updated_at: nowIso(ctx),
    };
    let id = input.id;
    if (id === null) {
      id = (await trx.insertInto('remuneration_scheme_version').values({ ...row, created_at: row.updated_at }).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      await trx.updateTable('remuneration_scheme_version').set(row).where('id', '=', id).execute();
    }
    await audit({ action: 'remuneration.saveScheme', entity: 'remuneration_scheme_version', entityId: id, before, after: { ...input, id } });
    const versions = await storedSchemes(trx);
    return (await describe(ctx, trx, versions, used)).find((v) => v.id === id)!;
  });
}

/** The ratio is broken: the scheme's own cap or the statute's. */
export function ratioRefusal(ratio: RatioCheck) {
  const params = ratioParams(ratio);
  return refusal('CONFLICT', 'RATIO_BROKEN', `The pay ratio ${params.ratio} is above the maximum ${params.max} (member ${params.top} ÷ member ${params.lowest}).`, params);
}
