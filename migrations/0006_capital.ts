import { sql, type Kysely } from 'kysely';

/**
 * Members' capital: share classes, the capital policy, subscriptions with their instalment plans, refunds
 * with theirs, and the capital register. The register is an append-only book numbered without gaps; the
 * plans are fixed when recorded. A correction is a new, reversing operation, never an edit.
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */

const appendOnly = async (db: Kysely<unknown>, table: string, what: string) => {
  await sql.raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} is append-only'); END`).execute(db);
  await sql.raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} is append-only'); END`).execute(db);
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE capital_share_class (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    nominal_minor INTEGER NOT NULL CHECK (nominal_minor > 0),
    minimum_subscription_minor INTEGER NOT NULL CHECK (minimum_subscription_minor >= 0),
    minimum_paid_now_num INTEGER NOT NULL CHECK (minimum_paid_now_num >= 0),
    minimum_paid_now_den INTEGER NOT NULL CHECK (minimum_paid_now_den > 0 AND minimum_paid_now_num <= minimum_paid_now_den),
    refund_right TEXT NOT NULL CHECK (refund_right IN ('automatic','council','prohibited')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`.execute(db);
  // A class's refund right decides which account its capital sits in; once capital is held in it, the
  // right may not change (the posted entries would contradict it).

  await sql`CREATE TABLE capital_policy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    refund_ceiling_num INTEGER,
    refund_ceiling_den INTEGER,
    refund_instalments INTEGER NOT NULL CHECK (refund_instalments BETWEEN 1 AND 120),
    pending_rate_num INTEGER,
    pending_rate_den INTEGER,
    forfeiture_notice_days INTEGER NOT NULL CHECK (forfeiture_notice_days >= 0),
    revolving_years INTEGER,
    updated_at TEXT NOT NULL,
    CHECK ((refund_ceiling_num IS NULL) = (refund_ceiling_den IS NULL)),
    CHECK ((pending_rate_num IS NULL) = (pending_rate_den IS NULL))
  )`.execute(db);
  await sql`INSERT INTO capital_policy (id, refund_instalments, forfeiture_notice_days, updated_at)
    VALUES (1, 1, 30, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`.execute(db);

  await sql`CREATE TABLE capital_subscription (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES member (id),
    class_id INTEGER NOT NULL REFERENCES capital_share_class (id),
    date TEXT NOT NULL,
    shares INTEGER NOT NULL CHECK (shares > 0),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0)
  )`.execute(db);
  await sql`CREATE INDEX capital_subscription_member ON capital_subscription (member_id)`.execute(db);
  await sql`CREATE TABLE capital_instalment (
    subscription_id INTEGER NOT NULL REFERENCES capital_subscription (id),
    number INTEGER NOT NULL CHECK (number > 0),
    due_date TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    PRIMARY KEY (subscription_id, number)
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX capital_instalment_due ON capital_instalment (due_date)`.execute(db);

  await sql`CREATE TABLE capital_refund (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES member (id),
    request_date TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0)
  )`.execute(db);
  await sql`CREATE INDEX capital_refund_queue ON capital_refund (request_date, id)`.execute(db);
  await sql`CREATE INDEX capital_refund_member ON capital_refund (member_id)`.execute(db);
  await sql`CREATE TABLE capital_refund_instalment (
    refund_id INTEGER NOT NULL REFERENCES capital_refund (id),
    number INTEGER NOT NULL CHECK (number > 0),
    due_date TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    PRIMARY KEY (refund_id, number)
  ) WITHOUT ROWID`.execute(db);

  // The register. amount_minor is the operation's effect in the direction its kind reads (a reversal
  // carries the negated amount and the kind it reverses), so a member's position is one GROUP BY.
  await sql`CREATE TABLE capital_operation (
    number INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('subscription','payment','transfer','capitalised_return','loss_charge',
      'refund_request','refund_instalment','revolvement','forfeiture','reversal')),
    effect_kind TEXT NOT NULL CHECK (effect_kind <> 'reversal' AND (kind = 'reversal' OR effect_kind = kind)),
    member_id INTEGER REFERENCES member (id),
    counterpart_member_id INTEGER REFERENCES member (id),
    class_id INTEGER REFERENCES capital_share_class (id),
    subscription_id INTEGER REFERENCES capital_subscription (id),
    refund_id INTEGER REFERENCES capital_refund (id),
    amount_minor INTEGER NOT NULL,
    method TEXT CHECK (method IN ('cash','bank','payroll')),
    allocation_year INTEGER,
    reference TEXT,
    reverses_number INTEGER UNIQUE REFERENCES capital_operation (number),
    journal_entry_id INTEGER,
    recorded_at TEXT NOT NULL,
    CHECK ((kind = 'reversal') = (reverses_number IS NOT NULL))
  )`.execute(db);
  await sql`CREATE TRIGGER capital_operation_numbered_without_gaps BEFORE INSERT ON capital_operation
    WHEN NEW.number IS NOT (SELECT coalesce(max(number), 0) + 1 FROM capital_operation)
    BEGIN SELECT RAISE(ABORT, 'capital register numbers run without gaps'); END`.execute(db);
  await sql`CREATE INDEX capital_operation_member ON capital_operation (member_id, date, effect_kind, amount_minor)`.execute(db);
  await sql`CREATE INDEX capital_operation_counterpart ON capital_operation (counterpart_member_id, date) WHERE counterpart_member_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX capital_operation_date ON capital_operation (date, number)`.execute(db);
  await sql`CREATE INDEX capital_operation_subscription ON capital_operation (subscription_id) WHERE subscription_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX capital_operation_refund ON capital_operation (refund_id) WHERE refund_id IS NOT NULL`.execute(db);

  await appendOnly(db, 'capital_operation', 'the capital register');
  await appendOnly(db, 'capital_subscription', 'a subscription');
  await appendOnly(db, 'capital_instalment', 'an instalment plan');
  await appendOnly(db, 'capital_refund', 'a refund');
  await appendOnly(db, 'capital_refund_instalment', 'a refund plan');
}
