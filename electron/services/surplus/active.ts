import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** The distribution of a year that stands posted: not a reversal, and not reversed. */
export async function activeDistribution(db: Kysely<DB>, year: number) {
  return db
    .selectFrom('surplus_distribution as d')
    .selectAll()
    .where('d.year', '=', year)
    .where('d.reverses_id', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('surplus_distribution as r').select('r.id').whereRef('r.reverses_id', '=', 'd.id'))))
    .executeTakeFirst();
}
