import { sql, type Kysely } from 'kysely';

/**
 * Remuneration: the settings (pay label, ratio policy), dated scheme versions, members' dated assignments,
 * their bank accounts, and pay runs with a row per member holding every line of their pay. A scheme version a
 * posted run used, and a posted run with its members and lines, are final: the database refuses to change
 * or delete them (a correction is a new version or an adjusting run).
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */

const postedRunOf = (runIdExpr: string) => `(SELECT status FROM remuneration_run WHERE id = ${runIdExpr}) = 'posted'`;

const lockedWhenPosted = async (db: Kysely<unknown>, table: string, runIdOld: string, what: string) => {
  await sql.raw(`CREATE TRIGGER ${table}_posted_no_update BEFORE UPDATE ON ${table} WHEN ${postedRunOf(runIdOld)}
    BEGIN SELECT RAISE(ABORT, '${what} of a posted pay run is final'); END`).execute(db);
  await sql.raw(`CREATE TRIGGER ${table}_posted_no_delete BEFORE DELETE ON ${table} WHEN ${postedRunOf(runIdOld)}
    BEGIN SELECT RAISE(ABORT, '${what} of a posted pay run is final'); END`).execute(db);
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE remuneration_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pay_label TEXT NOT NULL CHECK (pay_label IN ('anticipos-de-retorno','retiros','anticipos-societarios','retiradas','pay')),
    ratio_policy TEXT NOT NULL CHECK (ratio_policy IN ('block','warn')),
    frequency TEXT NOT NULL CHECK (frequency IN ('monthly','weekly')),
    deduct_capital_instalments INTEGER NOT NULL CHECK (deduct_capital_instalments IN (0, 1)),
    updated_at TEXT NOT NULL
  )`.execute(db);

  await sql`CREATE TABLE remuneration_scheme_version (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    effective_from TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('hourly','annual','matrix')),
    rules_json TEXT NOT NULL CHECK (json_valid(rules_json)),
    resolution_id INTEGER,
    resolution_reference TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`.execute(db);

  await sql`CREATE TABLE remuneration_assignment (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES member (id),
    effective_from TEXT NOT NULL,
    category TEXT NOT NULL,
    steps_json TEXT NOT NULL CHECK (json_valid(steps_json)),
    modifiers_json TEXT NOT NULL CHECK (json_valid(modifiers_json)),
    commitment_num INTEGER NOT NULL CHECK (commitment_num > 0),
    commitment_den INTEGER NOT NULL CHECK (commitment_den > 0 AND commitment_num <= commitment_den),
    add_ons_json TEXT NOT NULL CHECK (json_valid(add_ons_json)),
    recorded_at TEXT NOT NULL,
    UNIQUE (member_id, effective_from)
  )`.execute(db);

  await sql`CREATE TABLE remuneration_bank_account (
    member_id INTEGER PRIMARY KEY REFERENCES member (id),
    bank_account TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`.execute(db);

  await sql`CREATE TABLE remuneration_run (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    period TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL CHECK (period_to >= period_from),
    kind TEXT NOT NULL CHECK (kind IN ('regular','adjusting')),
    status TEXT NOT NULL CHECK (status IN ('draft','posted')),
    scheme_version_id INTEGER NOT NULL REFERENCES remuneration_scheme_version (id),
    member_count INTEGER NOT NULL,
    gross_minor INTEGER NOT NULL,
    deductions_minor INTEGER NOT NULL,
    net_minor INTEGER NOT NULL,
    ratio_json TEXT NOT NULL CHECK (json_valid(ratio_json)),
    warnings_json TEXT NOT NULL CHECK (json_valid(warnings_json)),
    -- What the draft was computed from; approval recomputes and refuses a draft the data has moved under.
    inputs_hash TEXT NOT NULL,
    resolution_id INTEGER,
    resolution_reference TEXT,
    ratio_warning_accepted INTEGER NOT NULL DEFAULT 0 CHECK (ratio_warning_accepted IN (0, 1)),
    posting_date TEXT,
    journal_entry_id INTEGER REFERENCES ledger_entry (id),
    created_at TEXT NOT NULL,
    posted_at TEXT,
    CHECK ((status = 'posted') = (posted_at IS NOT NULL AND posting_date IS NOT NULL))
  )`.execute(db);
  // One draft per period at a time, one regular run per period ever posted (corrections are adjusting runs).
  await sql`CREATE UNIQUE INDEX remuneration_run_one_draft ON remuneration_run (period) WHERE status = 'draft'`.execute(db);
  await sql`CREATE UNIQUE INDEX remuneration_run_one_regular ON remuneration_run (period) WHERE kind = 'regular' AND status = 'posted'`.execute(db);
  await sql`CREATE INDEX remuneration_run_scheme ON remuneration_run (scheme_version_id, status)`.execute(db);
  await sql`CREATE TRIGGER remuneration_run_posted_no_update BEFORE UPDATE ON remuneration_run WHEN OLD.status = 'posted'
    BEGIN SELECT RAISE(ABORT, 'a posted pay run is final'); END`.execute(db);
  await sql`CREATE TRIGGER remuneration_run_posted_no_delete BEFORE DELETE ON remuneration_run WHEN OLD.status = 'posted'
    BEGIN SELECT RAISE(ABORT, 'a posted pay run is final'); END`.execute(db);

  await sql`CREATE TABLE remuneration_run_member (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES remuneration_run (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    member_number INTEGER NOT NULL,
    member_name TEXT NOT NULL,
    category TEXT NOT NULL,
    minutes_json TEXT NOT NULL CHECK (json_valid(minutes_json)),
    paid_minutes INTEGER NOT NULL CHECK (paid_minutes >= 0),
    gross_minor INTEGER NOT NULL,
    deductions_minor INTEGER NOT NULL,
    net_minor INTEGER NOT NULL CHECK (net_minor = gross_minor - deductions_minor),
    -- Every line of the member pay, in order ({ kind, key, params, amountMinor, subscriptionId }), read
    -- and written whole with the member: a run of 1,000 members writes 1,000 rows, not 10,000.
    lines_json TEXT NOT NULL CHECK (json_valid(lines_json)),
    payslip_number INTEGER UNIQUE,
    UNIQUE (run_id, member_id)
  )`.execute(db);
  await sql`CREATE INDEX remuneration_run_member_member ON remuneration_run_member (member_id)`.execute(db);
  await lockedWhenPosted(db, 'remuneration_run_member', 'OLD.run_id', 'a member');

  // Changing a scheme never rewrites a past run: a version a posted run used is final.
  for (const [event, action] of [['UPDATE', 'changed'], ['DELETE', 'deleted']] as const) {
    await sql.raw(`CREATE TRIGGER remuneration_scheme_version_used_no_${event.toLowerCase()} BEFORE ${event} ON remuneration_scheme_version
      WHEN EXISTS (SELECT 1 FROM remuneration_run WHERE scheme_version_id = OLD.id AND status = 'posted')
      BEGIN SELECT RAISE(ABORT, 'a scheme version a posted pay run used cannot be ${action}; save a new version'); END`).execute(db);
  }
}
