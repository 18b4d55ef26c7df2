import { sql, type Kysely } from 'kysely';

/**
 * Surplus and loss distribution: the year's result as the treasurer closed it, the distribution policies
 * (versioned, never rewritten), and each posted distribution with its steps and every member's share. A
 * posted distribution is final: a correction is a reversing distribution and a new one. Returns paid in
 * cash, or turned into capital when not collected in time, are events appended after the posting.
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */

const appendOnly = async (db: Kysely<unknown>, table: string, what: string) => {
  await sql.raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} is final'); END`).execute(db);
  await sql.raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} is final'); END`).execute(db);
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE surplus_policy (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    effective_year INTEGER NOT NULL,
    framework TEXT NOT NULL CHECK (framework IN ('AR','ES','BR','US','custom')),
    policy_json TEXT NOT NULL CHECK (json_valid(policy_json)),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
  )`.execute(db);
  await appendOnly(db, 'surplus_policy', 'a distribution policy version');

  await sql`CREATE TABLE surplus_year (
    year INTEGER PRIMARY KEY,
    members_result_minor INTEGER NOT NULL,
    non_members_result_minor INTEGER NOT NULL,
    tax_minor INTEGER NOT NULL CHECK (tax_minor >= 0),
    prior_losses_minor INTEGER NOT NULL CHECK (prior_losses_minor >= 0),
    source TEXT NOT NULL CHECK (source IN ('typed','imported')),
    closed_at TEXT NOT NULL
  )`.execute(db);
  // The year's figures may be corrected while no distribution of the year stands posted (none yet, or the
  // last one reversed); while one stands, they are the books'.
  const standing = `EXISTS (SELECT 1 FROM surplus_distribution d WHERE d.year = OLD.year AND d.reverses_id IS NULL
    AND NOT EXISTS (SELECT 1 FROM surplus_distribution r WHERE r.reverses_id = d.id))`;
  await sql.raw(`CREATE TRIGGER surplus_year_final_update BEFORE UPDATE ON surplus_year WHEN ${standing}
    BEGIN SELECT RAISE(ABORT, 'the year has a posted distribution: its result is final'); END`).execute(db);
  await sql.raw(`CREATE TRIGGER surplus_year_final_delete BEFORE DELETE ON surplus_year WHEN ${standing}
    BEGIN SELECT RAISE(ABORT, 'the year has a posted distribution: its result is final'); END`).execute(db);

  await sql`CREATE TABLE surplus_distribution (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    year INTEGER NOT NULL REFERENCES surplus_year (year),
    policy_id INTEGER NOT NULL REFERENCES surplus_policy (id),
    resolution_id INTEGER NOT NULL,
    resolution_reference TEXT NOT NULL,
    posted_on TEXT NOT NULL,
    journal_entry_id INTEGER NOT NULL REFERENCES ledger_entry (id),
    reverses_id INTEGER UNIQUE REFERENCES surplus_distribution (id),
    unabsorbed_loss_minor INTEGER NOT NULL CHECK (unabsorbed_loss_minor >= 0),
    offset_minor INTEGER NOT NULL CHECK (offset_minor >= 0),
    content_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX surplus_distribution_year ON surplus_distribution (year)`.execute(db);
  await appendOnly(db, 'surplus_distribution', 'a posted distribution');

  await sql`CREATE TABLE surplus_step (
    distribution_id INTEGER NOT NULL REFERENCES surplus_distribution (id),
    ord INTEGER NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    basis TEXT NOT NULL,
    subtotal INTEGER NOT NULL CHECK (subtotal IN (0, 1)),
    PRIMARY KEY (distribution_id, ord)
  )`.execute(db);
  await appendOnly(db, 'surplus_step', 'a step of a posted distribution');

  await sql`CREATE TABLE surplus_allocation (
    distribution_id INTEGER NOT NULL REFERENCES surplus_distribution (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    weight TEXT NOT NULL,
    interest_minor INTEGER NOT NULL,
    return_minor INTEGER NOT NULL,
    cash_minor INTEGER NOT NULL,
    capitalised_minor INTEGER NOT NULL,
    -- The capital register operation that credited the capitalised part (or charged the loss), if any.
    capital_operation_number INTEGER,
    PRIMARY KEY (distribution_id, member_id)
  )`.execute(db);
  await appendOnly(db, 'surplus_allocation', 'a share of a posted distribution');

  await sql`CREATE TABLE surplus_return_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    distribution_id INTEGER NOT NULL REFERENCES surplus_distribution (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    kind TEXT NOT NULL CHECK (kind IN ('collected','converted')),
    date TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    created_at TEXT NOT NULL,
    UNIQUE (distribution_id, member_id)
  )`.execute(db);
  await appendOnly(db, 'surplus_return_event', 'the collection or conversion of a return');
}
