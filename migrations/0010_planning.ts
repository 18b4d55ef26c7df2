import { sql, type Kysely } from 'kysely';

/**
 * Production planning: the shop (work centres with weekly shifts and dated exceptions, maintenance plans,
 * a breakdown log), purchased items with scheduled receipts, partner cooperatives, products with their
 * routing and bill of materials, members' skills, orders, named what-if scenarios, and the applied plans.
 * An applied plan is a record of what the coop decided to do: append-only, like the books.
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */
const appendOnly = async (db: Kysely<unknown>, table: string, what: string) => {
  await sql.raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} is append-only'); END`).execute(db);
  await sql.raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} is append-only'); END`).execute(db);
};
const dayMinute = (column: string) => `${column} INTEGER NOT NULL CHECK (${column} BETWEEN 0 AND 1440)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`CREATE TABLE planning_workcenter (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    lanes INTEGER NOT NULL CHECK (lanes BETWEEN 0 AND 1000),
    efficiency REAL NOT NULL CHECK (efficiency > 0 AND efficiency <= 10)
  )`).execute(db);
  await sql.raw(`CREATE TABLE planning_shift (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workcenter_id INTEGER NOT NULL REFERENCES planning_workcenter (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    ${dayMinute('start_minute')},
    ${dayMinute('end_minute')},
    CHECK (end_minute > start_minute)
  )`).execute(db);
  await sql`CREATE INDEX planning_shift_workcenter ON planning_shift (workcenter_id)`.execute(db);
  await sql.raw(`CREATE TABLE planning_calendar_exception (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workcenter_id INTEGER NOT NULL REFERENCES planning_workcenter (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('holiday','closure','extra')),
    ${dayMinute('start_minute')},
    ${dayMinute('end_minute')},
    note TEXT,
    CHECK (end_minute > start_minute)
  )`).execute(db);
  await sql`CREATE INDEX planning_calendar_exception_workcenter ON planning_calendar_exception (workcenter_id, date)`.execute(db);
  await sql.raw(`CREATE TABLE planning_maintenance (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workcenter_id INTEGER NOT NULL REFERENCES planning_workcenter (id) ON DELETE CASCADE,
    lane INTEGER NOT NULL CHECK (lane >= 0),
    name TEXT NOT NULL,
    every_weeks INTEGER CHECK (every_weeks >= 1),
    every_run_hours INTEGER CHECK (every_run_hours >= 1),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 1),
    first_date TEXT NOT NULL,
    ${dayMinute('start_minute')},
    CHECK ((every_weeks IS NULL) <> (every_run_hours IS NULL))
  )`).execute(db);
  await sql.raw(`CREATE TABLE planning_breakdown (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workcenter_id INTEGER NOT NULL REFERENCES planning_workcenter (id) ON DELETE CASCADE,
    lane INTEGER NOT NULL CHECK (lane >= 0),
    from_at TEXT NOT NULL,
    to_at TEXT CHECK (to_at IS NULL OR to_at > from_at),
    note TEXT
  )`).execute(db);

  await sql.raw(`CREATE TABLE planning_item (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    on_hand REAL NOT NULL CHECK (on_hand >= 0),
    lead_time_days INTEGER NOT NULL CHECK (lead_time_days >= 0),
    supplier TEXT
  )`).execute(db);
  await sql.raw(`CREATE TABLE planning_receipt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id INTEGER NOT NULL REFERENCES planning_item (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    qty REAL NOT NULL CHECK (qty > 0)
  )`).execute(db);
  await sql`CREATE INDEX planning_receipt_item ON planning_receipt (item_id, date)`.execute(db);
  await sql.raw(`CREATE TABLE planning_partner (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    takes_json TEXT NOT NULL,
    capacity_per_week INTEGER CHECK (capacity_per_week IS NULL OR capacity_per_week >= 0),
    lead_time_days INTEGER NOT NULL CHECK (lead_time_days >= 0),
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    contact TEXT
  )`).execute(db);

  await sql.raw(`CREATE TABLE planning_product (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
  )`).execute(db);
  await sql.raw(`CREATE TABLE planning_operation (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id INTEGER NOT NULL REFERENCES planning_product (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    workcenter_id INTEGER REFERENCES planning_workcenter (id),
    partner_id INTEGER REFERENCES planning_partner (id),
    setup_minutes INTEGER NOT NULL CHECK (setup_minutes >= 0),
    run_minutes REAL NOT NULL CHECK (run_minutes >= 0),
    skill TEXT,
    wait_after_minutes INTEGER NOT NULL CHECK (wait_after_minutes >= 0),
    lead_time_days INTEGER NOT NULL CHECK (lead_time_days >= 0),
    cost_minor INTEGER NOT NULL CHECK (cost_minor >= 0),
    after_json TEXT,
    UNIQUE (product_id, code),
    UNIQUE (product_id, seq),
    CHECK ((workcenter_id IS NULL) <> (partner_id IS NULL))
  )`).execute(db);
  await sql.raw(`CREATE TABLE planning_material (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id INTEGER NOT NULL REFERENCES planning_product (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    item_id INTEGER REFERENCES planning_item (id),
    component_id INTEGER REFERENCES planning_product (id),
    qty REAL NOT NULL CHECK (qty > 0),
    UNIQUE (product_id, seq),
    CHECK ((item_id IS NULL) <> (component_id IS NULL))
  )`).execute(db);
  await sql.raw(`CREATE TABLE planning_skill (
    member_id INTEGER NOT NULL REFERENCES member (id),
    skill TEXT NOT NULL,
    PRIMARY KEY (member_id, skill)
  )`).execute(db);

  await sql.raw(`CREATE TABLE planning_order (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    product_id INTEGER NOT NULL REFERENCES planning_product (id),
    qty REAL NOT NULL CHECK (qty > 0),
    release_at TEXT NOT NULL,
    due_at TEXT NOT NULL CHECK (due_at >= release_at),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 9),
    status TEXT NOT NULL CHECK (status IN ('planned','firm','started','done')),
    customer TEXT
  )`).execute(db);
  await sql`CREATE INDEX planning_order_status ON planning_order (status, due_at)`.execute(db);
  await sql.raw(`CREATE TABLE planning_scenario (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('extra-shift','machine-down','demand-factor','supplier-delay','outsource')),
    params_json TEXT NOT NULL
  )`).execute(db);

  await sql.raw(`CREATE TABLE planning_applied (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    applied_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    t0 TEXT NOT NULL,
    weeks INTEGER NOT NULL CHECK (weeks >= 1),
    metrics_json TEXT NOT NULL,
    view_json TEXT NOT NULL
  )`).execute(db);
  await appendOnly(db, 'planning_applied', 'an applied plan');
  // Where each order's operations were put, in wall-clock time: firm and started orders are held there.
  await sql.raw(`CREATE TABLE planning_applied_op (
    plan_id INTEGER NOT NULL REFERENCES planning_applied (id),
    order_code TEXT NOT NULL,
    op_code TEXT NOT NULL,
    workcenter TEXT NOT NULL,
    lane INTEGER,
    member_id INTEGER,
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL
  )`).execute(db);
  await sql`CREATE INDEX planning_applied_op_order ON planning_applied_op (plan_id, order_code)`.execute(db);
  await appendOnly(db, 'planning_applied_op', 'an applied plan');
}
