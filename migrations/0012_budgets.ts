import { sql, type Kysely } from 'kysely';

/**
 * The yearly budget (issue 12): versions of a fiscal year's budget and their monthly lines. A draft is
 * edited freely and may be discarded; an approved version and its lines are final, here in the database:
 * triggers refuse changing or deleting them, and adding lines to them. When a later version of the same
 * year is approved, the earlier one is marked 'revised' by a row of `budget_version_revision` (itself
 * append-only) rather than by editing it: the approved row stays exactly as the assembly approved it, so
 * the hash taken at approval keeps matching, and there is no exception in the triggers to reason about.
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */

const final = (name: string, on: string, when: string, message: string) =>
  sql.raw(`CREATE TRIGGER ${name} BEFORE ${on} WHEN ${when} BEGIN SELECT RAISE(ABORT, '${message}'); END`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE budget_version (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    number INTEGER NOT NULL CHECK (number >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft','approved')),
    based_on_id INTEGER REFERENCES budget_version (id),
    note TEXT,
    created_at TEXT NOT NULL,
    approved_at TEXT,
    resolution_id INTEGER REFERENCES assembly_motion (id),
    resolution_reference TEXT,
    resolution_date TEXT,
    content_hash TEXT,
    UNIQUE (year, number),
    CHECK ((status = 'draft' AND approved_at IS NULL AND resolution_id IS NULL AND content_hash IS NULL)
      OR (status = 'approved' AND approved_at IS NOT NULL AND resolution_id IS NOT NULL AND resolution_reference IS NOT NULL
        AND resolution_date IS NOT NULL AND length(content_hash) = 64))
  )`.execute(db);
  // One draft at a time per year: two would leave the council unsure which one it is discussing.
  await sql`CREATE UNIQUE INDEX budget_version_one_draft ON budget_version (year) WHERE status = 'draft'`.execute(db);
  await final('budget_version_final_update', 'UPDATE ON budget_version', `OLD.status = 'approved'`, 'an approved budget version is final; revise it').execute(db);
  await final('budget_version_final_delete', 'DELETE ON budget_version', `OLD.status = 'approved'`, 'an approved budget version is final; revise it').execute(db);

  await sql`CREATE TABLE budget_line (
    version_id INTEGER NOT NULL REFERENCES budget_version (id),
    line_no INTEGER NOT NULL CHECK (line_no >= 1),
    account TEXT NOT NULL,
    label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    amount_minor INTEGER NOT NULL CHECK (typeof(amount_minor) = 'integer' AND amount_minor >= 0),
    PRIMARY KEY (version_id, line_no, month),
    UNIQUE (version_id, account, label, month)
  )`.execute(db);
  const approved = (version: string) => `EXISTS (SELECT 1 FROM budget_version v WHERE v.id = ${version} AND v.status = 'approved')`;
  const message = 'the lines of an approved budget version are final; revise it';
  await final('budget_line_final_insert', 'INSERT ON budget_line', approved('NEW.version_id'), message).execute(db);
  await final('budget_line_final_update', 'UPDATE ON budget_line', `${approved('OLD.version_id')} OR ${approved('NEW.version_id')}`, message).execute(db);
  await final('budget_line_final_delete', 'DELETE ON budget_line', approved('OLD.version_id'), message).execute(db);

  await sql`CREATE TABLE budget_version_revision (
    version_id INTEGER PRIMARY KEY REFERENCES budget_version (id),
    revised_by_id INTEGER NOT NULL UNIQUE REFERENCES budget_version (id),
    revised_at TEXT NOT NULL,
    CHECK (revised_by_id <> version_id)
  )`.execute(db);
  await final(
    'budget_version_revision_approved',
    'INSERT ON budget_version_revision',
    `NOT ${approved('NEW.version_id')} OR NOT ${approved('NEW.revised_by_id')}`,
    'only an approved version is revised, by another approved version',
  ).execute(db);
  await final('budget_version_revision_no_update', 'UPDATE ON budget_version_revision', '1', 'a revision of a budget is final').execute(db);
  await final('budget_version_revision_no_delete', 'DELETE ON budget_version_revision', '1', 'a revision of a budget is final').execute(db);

  // Budget against actuals reads a year of journal lines by account: the lines of each entry in the date
  // range, with their amounts, from the index alone.
  await sql`CREATE INDEX ledger_line_actuals ON ledger_line (entry_id, account, debit_minor, credit_minor)`.execute(db);
}
