/**
 * A year's posting as the books hold it: the journal entry of the distribution that stands posted and of
 * the last reversal, so the posting screen still names them after a reload (not only from a mutation's answer).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { activeDistribution } from './active';

export interface YearPostings {
  posted: { journalEntryNumber: number; postedOn: string; resolutionReference: string } | null;
  lastReversal: { journalEntryNumber: number; reversedOn: string } | null;
}

export async function yearPostings(db: Kysely<DB>, year: number): Promise<YearPostings> {
  const active = await activeDistribution(db, year);
  const entryNumber = async (id: number) => (await db.selectFrom('ledger_entry').select('number').where('id', '=', id).executeTakeFirstOrThrow()).number;
  const reversal = await db
    .selectFrom('surplus_distribution')
    .select(['journal_entry_id', 'posted_on'])
    .where('year', '=', year)
    .where('reverses_id', 'is not', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return {
    posted: active ? { journalEntryNumber: await entryNumber(active.journal_entry_id), postedOn: active.posted_on, resolutionReference: active.resolution_reference } : null,
    lastReversal: reversal ? { journalEntryNumber: await entryNumber(reversal.journal_entry_id), reversedOn: reversal.posted_on } : null,
  };
}
