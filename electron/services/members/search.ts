/**
 * The members list's queries: search-as-you-type over the FTS5 index that migration 0004 keeps in step
 * with the register by triggers, filters, and the order asked for. SQLite-only SQL (MATCH, and the unary
 * `+` that steers the planner) lives here and in the migration, nowhere else in the use cases.
 */
import { sql, type CompiledQuery, type Kysely, type RawBuilder } from 'kysely';
import type { ListMembersInput } from '../../../shared/contract/members';
import { searchTerms } from '../../../shared/domain/search';
import type { DB } from '../../db/schema';

export type ListInput = Required<Omit<ListMembersInput, 'category'>> & { category: string | null };

const sortColumns = {
  memberNumber: 'member_number',
  // Folded surnames (migration 0004): "Álvarez" with the A's, "Sánchez" before "Suárez".
  lastNames: 'sort_key',
  joinDate: 'join_date',
  status: 'status',
  category: 'category',
} as const;

/**
 * Sorts with an index in their own order. For them the page is read by walking that index and keeping
 * the rows that pass the filters, which stops after one page; filtering first would sort every match
 * (30,000 rows for a first letter typed in a register of 100,000). Measured in tests/bench/members-search.ts.
 */
const walkedSorts = new Set<ListInput['sort']>(['lastNames', 'memberNumber']);

/**
 * An FTS5 query in which every term must match a word prefix in some column. Each term is quoted, with
 * its own quotes doubled, so nothing a person types (AND, NEAR, *, ^, column:) is read as query syntax.
 */
export function ftsPrefixQuery(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(' AND ');
}

/** The FTS5 query for a search box's text; null when the text asks for nothing. */
function matchOf(text: string): string | null {
  const terms = searchTerms(text);
  return terms.length === 0 ? null : ftsPrefixQuery(terms);
}

/**
 * A filter's column, as is or behind a unary `+`. The `+` keeps SQLite from answering the filter by its
 * own index, so the planner walks the sort's index instead.
 */
const column = (name: 'id' | 'status' | 'category', walk: boolean): RawBuilder<unknown> => (walk ? sql.raw(`+${name}`) : sql.ref(name));

function filtered(db: Kysely<DB>, input: ListInput, match: string | null, walk: boolean) {
  let query = db.selectFrom('member');
  if (match !== null) {
    query = query.where(sql<boolean>`${column('id', walk)} IN (SELECT rowid FROM member_search WHERE member_search MATCH ${match})`);
  }
  if (input.statuses.length > 0) {
    query = query.where(sql<boolean>`${column('status', walk)} IN (${sql.join(input.statuses)})`);
  }
  if (input.category !== null) query = query.where(sql<boolean>`${column('category', walk)} = ${input.category}`);
  return query;
}

/** The count and page queries of the members list; the benchmark runs the same SQL on the raw handle. */
export function listMembersQueries(db: Kysely<DB>, input: ListInput) {
  const match = matchOf(input.search);
  // Every member has exactly one index row (the triggers), so a search alone is counted in the index.
  const count: CompiledQuery<{ total: number }> =
    match !== null && input.statuses.length === 0 && input.category === null
      ? sql<{ total: number }>`SELECT count(*) AS total FROM member_search WHERE member_search MATCH ${match}`.compile(db)
      : filtered(db, input, match, false).select((eb) => eb.fn.countAll<number>().as('total')).compile();
  const page = filtered(db, input, match, walkedSorts.has(input.sort))
    .select(['id', 'member_number', 'last_names', 'first_names', 'national_id', 'category', 'status', 'join_date'])
    .orderBy(sortColumns[input.sort], input.direction)
    .orderBy('member_number', input.sort === 'memberNumber' ? input.direction : 'asc')
    .limit(input.limit)
    .offset(input.offset)
    .compile();
  return { count, page };
}

/** An identity number as compared for duplicates: "30.123.456" and "30123456" are the same person. */
export function identityKey(value: string): string {
  return value.replace(/[\s.\-/]/g, '').toUpperCase();
}

/**
 * The members whose national or tax id is `value` written with or without dots, dashes, slashes and
 * spaces. The index holds each id's bare form as a word, so the lookup is a word match, then exact.
 */
export async function membersWithIdentity(
  db: Kysely<DB>,
  column: 'national_id' | 'tax_id',
  value: string,
): Promise<{ id: number; member_number: number }[]> {
  const key = identityKey(value);
  if (key === '') return [];
  const candidates = await db
    .selectFrom('member')
    .select(['id', 'member_number', column])
    .where(sql<boolean>`id IN (SELECT rowid FROM member_search WHERE member_search MATCH ${`ids : "${key.replace(/"/g, '""')}"`})`)
    .execute();
  return candidates.filter((c) => c[column] !== null && identityKey(c[column]) === key);
}
