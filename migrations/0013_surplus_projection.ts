import { sql, type Kysely } from 'kysely';

/**
 * What the assembly's projector shows of a surplus distribution, chosen from the main window: the year,
 * the policy being proposed (the scenario file's form, so a draft not yet saved can be shown) and whether
 * members are named or shown by member number, as the assembly prefers. One row at most; none, nothing
 * is projected. Not a record of the books: it is replaced each time the secretary shows something else.
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE surplus_projection (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    year INTEGER NOT NULL REFERENCES surplus_year (year),
    policy_json TEXT NOT NULL CHECK (json_valid(policy_json)),
    labels TEXT NOT NULL CHECK (labels IN ('name','number')),
    shown_at TEXT NOT NULL
  )`.execute(db);
}
