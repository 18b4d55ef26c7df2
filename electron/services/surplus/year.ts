/**
 * Closing a fiscal year's result: with members, with non-members, and tax where the framework needs it,
 * typed by the treasurer or imported from the accountant's figures. Losses not absorbed by earlier
 * distributions are carried in automatically; the figures stay correctable until the year is posted.
 */
import { addYears, format, parseISO, subDays } from 'date-fns';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { refusal } from './refuse';
import { activeDistribution } from './active';

export interface FiscalYear {
  year: number;
  from: string;
  to: string;
}

/** The fiscal year named by the calendar year it starts in (a July–June year 2026 runs 2026-07-01 to 2027-06-30). */
export function fiscalYear(fiscalYearStart: string, year: number): FiscalYear {
  const from = `${year}-${fiscalYearStart}`;
  return { year, from, to: format(subDays(addYears(parseISO(from), 1), 1), 'yyyy-MM-dd') };
}

/** Losses earlier distributions left unabsorbed, less what later years compensated: what this year offsets first. */
export async function priorLossesBefore(db: Kysely<DB>, year: number): Promise<number> {
  const rows = await db
    .selectFrom('surplus_distribution as d')
    .select(['d.unabsorbed_loss_minor', 'd.offset_minor'])
    .where('d.year', '<', year)
    .where('d.reverses_id', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('surplus_distribution as r').select('r.id').whereRef('r.reverses_id', '=', 'd.id'))))
    .execute();
  return Math.max(0, rows.reduce((sum, r) => sum + r.unabsorbed_loss_minor - r.offset_minor, 0));
}

export async function getYear(db: Kysely<DB>, year: number) {
  return db.selectFrom('surplus_year').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function closeYear(
  ctx: ServiceContext,
  input: {
    year: number;
    membersResultMinor: number;
    nonMembersResultMinor: number;
    taxMinor: number;
    source: 'typed' | 'imported';
    /** Losses carried from before Minga kept the books; later years carry them from the distributions. */
    openingPriorLossesMinor?: number | null;
  },
) {
  const coop = await requireCoop(ctx);
  const { to } = fiscalYear(coop.fiscalYearStart, input.year);
  if (to >= format(ctx.now(), 'yyyy-MM-dd')) {
    throw refusal('BAD_INPUT', 'YEAR_NOT_ENDED', `The fiscal year ${input.year} ends on ${to}; its result can be closed after that.`, { year: input.year, to });
  }
  return inTransaction(ctx, async (trx, audit) => {
    const before = await getYear(trx, input.year);
    if (await activeDistribution(trx, input.year)) throw refusal('CONFLICT', 'YEAR_POSTED', `The year ${input.year} has a posted distribution; its result is final.`, { year: input.year });
    const carried = await priorLossesBefore(trx, input.year);
    const earlier = await trx.selectFrom('surplus_distribution').select('id').where('year', '<', input.year).executeTakeFirst();
    const opening = input.openingPriorLossesMinor ?? null;
    if (opening !== null && earlier) {
      throw refusal('BAD_INPUT', 'PRIOR_LOSSES_CARRIED', 'Earlier years were distributed in Minga: their unabsorbed losses are carried automatically.');
    }
    const row = {
      year: input.year,
      members_result_minor: input.membersResultMinor,
      non_members_result_minor: input.nonMembersResultMinor,
      tax_minor: input.taxMinor,
      prior_losses_minor: opening ?? carried,
      source: input.source,
      closed_at: nowIso(ctx),
    };
    if (before) await trx.updateTable('surplus_year').set(row).where('year', '=', input.year).execute();
    else await trx.insertInto('surplus_year').values(row).execute();
    await audit({ action: 'surplus.closeYear', entity: 'surplus_year', entityId: input.year, before: before ?? null, after: row });
    return row;
  });
}
