import { sql, type Kysely } from 'kysely';

/**
 * The double-entry journal. What the books make final is final here, in the database itself:
 * - an entry is committed only with its seal: `ledger_entry.id` references `ledger_entry_seal` through a
 *   DEFERRED foreign key, so a transaction that wrote an entry and not its seal fails at COMMIT, and the
 *   seal's trigger accepts it only when the lines already written balance (two lines at least, debits =
 *   credits = the seal's total). After the seal no line can be added to the entry;
 * - entries, lines and seals are never updated or deleted (a correction is a reversing entry);
 * - an entry is the next number, chained to the last entry's hash (services/ledger/chain.ts computes the
 *   hash over the entry and its lines; `check` recomputes it), and dated after the closed period.
 */

// The `prev_hash` of the first entry, as services/ledger/chain.ts names it.
const GENESIS = '0'.repeat(64);

const never = (table: string, what: string, message: string) =>
  sql`CREATE TRIGGER ${sql.raw(`${table}_never_${what}`)} BEFORE ${sql.raw(what === 'updated' ? 'UPDATE' : 'DELETE')} ON ${sql.raw(table)}
    BEGIN SELECT RAISE(ABORT, ${sql.lit(message)}); END`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_account_code')
    .addColumn('account', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().check(sql`length(code) BETWEEN 1 AND 32`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_period_close')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('closed_through', 'text', (c) => c.notNull().check(sql`closed_through GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .execute();
  await never('ledger_period_close', 'updated', 'closed books are never reopened').execute(db);
  await never('ledger_period_close', 'deleted', 'closed books are never reopened').execute(db);
  await sql`CREATE TRIGGER ledger_period_close_forward BEFORE INSERT ON ledger_period_close
    WHEN NEW.closed_through <= (SELECT max(closed_through) FROM ledger_period_close)
    BEGIN SELECT RAISE(ABORT, 'the books are already closed through that date'); END`.execute(db);

  await sql`CREATE TABLE ledger_entry (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    memo TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    source_id TEXT NOT NULL,
    reverses_id INTEGER UNIQUE REFERENCES ledger_entry (id),
    posted_at TEXT NOT NULL,
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash TEXT NOT NULL CHECK (length(hash) = 64),
    FOREIGN KEY (id) REFERENCES ledger_entry_seal (entry_id) DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  await db.schema.createIndex('ledger_entry_date').on('ledger_entry').columns(['date', 'number']).execute();
  await db.schema.createIndex('ledger_entry_source').on('ledger_entry').columns(['source_kind', 'source_id']).execute();

  await sql`CREATE TABLE ledger_line (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES ledger_entry (id),
    line_no INTEGER NOT NULL CHECK (line_no >= 1),
    account TEXT NOT NULL,
    member_number INTEGER CHECK (member_number IS NULL OR member_number >= 1),
    debit_minor INTEGER NOT NULL CHECK (typeof(debit_minor) = 'integer' AND debit_minor >= 0),
    credit_minor INTEGER NOT NULL CHECK (typeof(credit_minor) = 'integer' AND credit_minor >= 0),
    CHECK ((debit_minor > 0) + (credit_minor > 0) = 1),
    UNIQUE (entry_id, line_no)
  )`.execute(db);
  await db.schema.createIndex('ledger_line_account').on('ledger_line').columns(['account', 'entry_id']).execute();
  await db.schema.createIndex('ledger_line_member').on('ledger_line').columns(['member_number']).where(sql.ref('member_number'), 'is not', null).execute();

  await sql`CREATE TABLE ledger_entry_seal (
    entry_id INTEGER PRIMARY KEY REFERENCES ledger_entry (id),
    line_count INTEGER NOT NULL,
    total_minor INTEGER NOT NULL
  )`.execute(db);

  await sql`CREATE TRIGGER ledger_entry_next BEFORE INSERT ON ledger_entry
    WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM ledger_entry)
      OR NEW.number IS NOT (SELECT coalesce(max(number), 0) + 1 FROM ledger_entry)
      OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM ledger_entry ORDER BY number DESC LIMIT 1), ${sql.lit(GENESIS)})
    BEGIN SELECT RAISE(ABORT, 'a journal entry must follow the last one: next number, chained to its hash'); END`.execute(db);
  await sql`CREATE TRIGGER ledger_entry_open_period BEFORE INSERT ON ledger_entry
    WHEN NEW.date <= (SELECT max(closed_through) FROM ledger_period_close)
    BEGIN SELECT RAISE(ABORT, 'the books are closed for that date'); END`.execute(db);
  await never('ledger_entry', 'updated', 'a posted journal entry is never changed; post a reversal').execute(db);
  await never('ledger_entry', 'deleted', 'a posted journal entry is never deleted; post a reversal').execute(db);

  await sql`CREATE TRIGGER ledger_line_before_seal BEFORE INSERT ON ledger_line
    WHEN EXISTS (SELECT 1 FROM ledger_entry_seal WHERE entry_id = NEW.entry_id)
    BEGIN SELECT RAISE(ABORT, 'a sealed journal entry takes no more lines'); END`.execute(db);
  await never('ledger_line', 'updated', 'a posted journal line is never changed; post a reversal').execute(db);
  await never('ledger_line', 'deleted', 'a posted journal line is never deleted; post a reversal').execute(db);

  await sql`CREATE TRIGGER ledger_entry_seal_balanced BEFORE INSERT ON ledger_entry_seal
    WHEN NEW.line_count < 2 OR NEW.total_minor <= 0
      OR NEW.line_count IS NOT (SELECT count(*) FROM ledger_line WHERE entry_id = NEW.entry_id)
      OR NEW.total_minor IS NOT (SELECT sum(debit_minor) FROM ledger_line WHERE entry_id = NEW.entry_id)
      OR NEW.total_minor IS NOT (SELECT sum(credit_minor) FROM ledger_line WHERE entry_id = NEW.entry_id)
    BEGIN SELECT RAISE(ABORT, 'a journal entry must balance: debits equal credits over two lines at least'); END`.execute(db);
  await never('ledger_entry_seal', 'updated', 'a journal entry seal is never changed').execute(db);
  await never('ledger_entry_seal', 'deleted', 'a journal entry seal is never deleted').execute(db);
}
