import { sql, type Kysely } from 'kysely';

/** The coop profile, the members register with its status history, and the audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coop_profile')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('framework', 'text', (c) => c.notNull().check(sql`framework IN ('AR','ES','BR','US','custom')`))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('fiscal_year_start', 'text', (c) => c.notNull())
    .addColumn('statute_json', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('member')
    // AUTOINCREMENT: a removed member's id is never given again, so no audit trail is inherited.
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('member_number', 'integer', (c) => c.notNull().unique())
    .addColumn('last_names', 'text', (c) => c.notNull())
    .addColumn('first_names', 'text', (c) => c.notNull())
    .addColumn('national_id', 'text', (c) => c.unique())
    .addColumn('tax_id', 'text', (c) => c.unique())
    .addColumn('nationality', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .addColumn('join_date', 'text', (c) => c.notNull())
    .addColumn('admission_resolution', 'text')
    .addColumn('category', 'text')
    .addColumn('weekly_minutes', 'integer', (c) => c.notNull().defaultTo(0).check(sql`weekly_minutes BETWEEN 0 AND 10080`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('applicant','trial','active','on_leave','resigned','excluded','deceased')`),
    )
    .addColumn('status_since', 'text', (c) => c.notNull())
    .addColumn('leaving_date', 'text')
    .addColumn('leaving_cause', 'text')
    // Number, names and ids folded (lower case, no accents): search-as-you-type is one LIKE over this column.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('member_last_names').on('member').columns(['last_names', 'first_names']).execute();
  await db.schema.createIndex('member_status').on('member').column('status').execute();
  await db.schema.createIndex('member_category').on('member').column('category').execute();

  // A member number is never reused: numbers of removed applicants are kept here.
  await db.schema
    .createTable('retired_member_number')
    .addColumn('member_number', 'integer', (c) => c.primaryKey())
    .addColumn('retired_at', 'text', (c) => c.notNull())
    .execute();
  await sql`CREATE TRIGGER member_number_never_reused BEFORE INSERT ON member
    WHEN EXISTS (SELECT 1 FROM retired_member_number r WHERE r.member_number = NEW.member_number)
    BEGIN SELECT RAISE(ABORT, 'member number already used'); END`.execute(db);
  await sql`CREATE TRIGGER member_number_immutable BEFORE UPDATE OF member_number ON member
    WHEN NEW.member_number <> OLD.member_number
    BEGIN SELECT RAISE(ABORT, 'member number cannot change'); END`.execute(db);

  await db.schema
    .createTable('member_status_change')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('member.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('cause', 'text')
    .addColumn('resolution', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('member_status_change_member').on('member_status_change').column('member_id').execute();
  // The status history is a record of what happened: it is appended to, never edited.
  await sql`CREATE TRIGGER member_status_change_append_only BEFORE UPDATE ON member_status_change
    BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END`.execute(db);

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
  await sql`CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);
  await sql`CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);
}
