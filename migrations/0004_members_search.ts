import { sql, type Kysely } from 'kysely';

/**
 * Search as a person types (an FTS5 index kept by triggers), a surname sort a Spanish or Portuguese reader
 * expects (a folded sort key), corrections of status changes entered by mistake (appended, never edits),
 * and the members settings (how far ahead a status change may be dated).
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */

/** Letters with accents in the names of es, pt-BR and en registers, and their plain letter. */
const accented: readonly (readonly [string, string])[] = [
  ['áàâäãåÁÀÂÄÃÅ', 'a'],
  ['éèêëÉÈÊË', 'e'],
  ['íìîïÍÌÎÏ', 'i'],
  ['óòôöõøÓÒÔÖÕØ', 'o'],
  ['úùûüÚÙÛÜ', 'u'],
  ['ñÑ', 'n'],
  ['çÇ', 'c'],
  ['ýÿÝ', 'y'],
];

/**
 * `column` lower-cased with its accents removed, in plain SQL (no function registered by the app), so a
 * generated column stays right even when another SQLite tool writes the row.
 */
function foldedSql(column: string): string {
  let expression = `lower(${column})`;
  for (const [letters, plain] of accented) {
    for (const letter of letters) expression = `replace(${expression}, '${letter}', '${plain}')`;
  }
  return expression;
}

/** An identity number without the dots, dashes, slashes and spaces people write it with. */
function digitsSql(column: string): string {
  return `replace(replace(replace(replace(coalesce(${column}, ''), '.', ''), '-', ''), '/', ''), ' ', '')`;
}

const searchRow = (row: 'NEW' | 'member') => `${row}.id, ${row}.last_names || ' ' || ${row}.first_names,
  coalesce(${row}.national_id, '') || ' ' || coalesce(${row}.tax_id, '') || ' ' || ${digitsSql(`${row}.national_id`)} || ' ' || ${digitsSql(`${row}.tax_id`)},
  ${row}.member_number`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // Last names, then first names, folded: "Álvarez" sorts with the A's and "Sánchez" before "Suárez".
  // char(1) sorts below a space, so "Paz, Ana" comes before "Paz Álvarez, Ana".
  await sql
    .raw(
      `ALTER TABLE member ADD COLUMN sort_key TEXT GENERATED ALWAYS AS (${foldedSql('last_names')} || char(1) || ${foldedSql('first_names')}) VIRTUAL`,
    )
    .execute(db);
  await sql`CREATE INDEX member_sort_key ON member (sort_key, member_number)`.execute(db);

  // Names fold case and accents in the tokenizer; ids are indexed as written and as bare digits, so
  // "12345678" finds "12.345.678-9". Prefix indexes keep the first keystrokes fast.
  await sql`CREATE VIRTUAL TABLE member_search USING fts5(
    names, ids, number, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')`.execute(db);
  await sql.raw(`CREATE TRIGGER member_search_insert AFTER INSERT ON member BEGIN
    INSERT INTO member_search (rowid, names, ids, number) VALUES (${searchRow('NEW')});
  END`).execute(db);
  await sql.raw(`CREATE TRIGGER member_search_update AFTER UPDATE OF last_names, first_names, national_id, tax_id ON member BEGIN
    DELETE FROM member_search WHERE rowid = OLD.id;
    INSERT INTO member_search (rowid, names, ids, number) VALUES (${searchRow('NEW')});
  END`).execute(db);
  await sql`CREATE TRIGGER member_search_delete AFTER DELETE ON member BEGIN
    DELETE FROM member_search WHERE rowid = OLD.id;
  END`.execute(db);
  await sql.raw(`INSERT INTO member_search (rowid, names, ids, number) SELECT ${searchRow('member')} FROM member`).execute(db);

  // A status change entered by mistake is corrected by a new record that says why; the history row
  // itself is never edited. The newest correction of a row is the one in force.
  await db.schema
    .createTable('member_status_correction')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('status_change_id', 'integer', (c) => c.notNull().references('member_status_change.id'))
    .addColumn('voided', 'integer', (c) => c.notNull().check(sql`voided IN (0, 1)`))
    .addColumn('status', 'text', (c) =>
      c.check(sql`status IN ('applicant','trial','active','on_leave','resigned','excluded','deceased')`),
    )
    .addColumn('effective_date', 'text')
    .addColumn('cause', 'text')
    .addColumn('resolution', 'text')
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(trim(reason)) > 0`))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addCheckConstraint('correction_is_void_or_complete', sql`voided = 1 OR (status IS NOT NULL AND effective_date IS NOT NULL)`)
    .execute();
  await db.schema
    .createIndex('member_status_correction_change')
    .on('member_status_correction')
    .column('status_change_id')
    .execute();
  await sql`CREATE TRIGGER member_status_correction_append_only_update BEFORE UPDATE ON member_status_correction
    BEGIN SELECT RAISE(ABORT, 'status corrections are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER member_status_correction_append_only_delete BEFORE DELETE ON member_status_correction
    BEGIN SELECT RAISE(ABORT, 'status corrections are append-only'); END`.execute(db);

  // The history as it stands after its corrections: what a member's status is computed from.
  await sql`CREATE VIEW member_status_effective AS
    SELECT s.id, s.member_id,
           coalesce(c.status, s.status) AS status,
           coalesce(c.effective_date, s.effective_date) AS effective_date,
           CASE WHEN c.id IS NULL THEN s.cause ELSE c.cause END AS cause,
           CASE WHEN c.id IS NULL THEN s.resolution ELSE c.resolution END AS resolution,
           s.recorded_at, c.id AS correction_id
    FROM member_status_change s
    LEFT JOIN member_status_correction c
      ON c.id = (SELECT max(id) FROM member_status_correction WHERE status_change_id = s.id)
    WHERE c.id IS NULL OR c.voided = 0`.execute(db);

  // How many days past today a status change may be dated (0: none). One row, always there.
  await db.schema
    .createTable('members_setting')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('status_future_margin_days', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`status_future_margin_days BETWEEN 0 AND 366`),
    )
    .execute();
  await sql`INSERT INTO members_setting (id, status_future_margin_days) VALUES (1, 0)`.execute(db);
}
