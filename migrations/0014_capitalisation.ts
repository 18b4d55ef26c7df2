import { sql, type Kysely } from 'kysely';

/**
 * Capitalisation plans (issue 12): investments (a machine, a project), the sources that finance them, and
 * scenarios (another financing mix, another revenue). Plans are working documents the council edits, so no
 * trigger makes them final; every save is audited with its before and after instead. A scenario's own
 * financing rows replace the plan's in that scenario only. Depends on no other budgets table.
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE budget_plan (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    from_year INTEGER NOT NULL,
    years INTEGER NOT NULL CHECK (years BETWEEN 3 AND 5),
    note TEXT,
    expected_revenue_minor INTEGER NOT NULL CHECK (expected_revenue_minor >= 0),
    expected_surplus_minor INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`.execute(db);

  await sql`CREATE TABLE budget_plan_investment (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES budget_plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    cost_minor INTEGER NOT NULL CHECK (cost_minor >= 0),
    date TEXT NOT NULL,
    useful_life_years INTEGER NOT NULL CHECK (useful_life_years >= 1),
    capacity_minutes_per_year INTEGER CHECK (capacity_minutes_per_year >= 0),
    savings_minor_per_year INTEGER CHECK (savings_minor_per_year >= 0),
    note TEXT,
    UNIQUE (plan_id, position)
  )`.execute(db);

  await sql`CREATE TABLE budget_plan_scenario (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES budget_plan (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    revenue_change_percent TEXT NOT NULL,
    has_own_financing INTEGER NOT NULL CHECK (has_own_financing IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`.execute(db);

  // One row per source; the columns a kind does not use stay null. A row with a scenario belongs to that
  // scenario's own financing mix, one without to the plan's.
  await sql`CREATE TABLE budget_plan_financing (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES budget_plan (id) ON DELETE CASCADE,
    scenario_id INTEGER REFERENCES budget_plan_scenario (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('capital', 'retained', 'loan', 'grant')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    date TEXT,
    year INTEGER,
    instalments INTEGER,
    source TEXT CHECK (source IN ('capitalised-returns', 'reserves')),
    lender TEXT,
    annual_rate TEXT,
    periods INTEGER,
    frequency INTEGER CHECK (frequency IN (1, 2, 4, 12)),
    method TEXT CHECK (method IN ('french', 'german')),
    name TEXT,
    note TEXT,
    CHECK (kind <> 'loan' OR (lender IS NOT NULL AND annual_rate IS NOT NULL AND periods > 0 AND frequency IS NOT NULL AND method IS NOT NULL AND date IS NOT NULL)),
    CHECK (kind <> 'capital' OR (date IS NOT NULL AND instalments >= 1)),
    CHECK (kind <> 'retained' OR (source IS NOT NULL AND year IS NOT NULL)),
    CHECK (kind <> 'grant' OR (name IS NOT NULL AND date IS NOT NULL))
  )`.execute(db);
  await sql`CREATE INDEX budget_plan_financing_plan ON budget_plan_financing (plan_id, scenario_id, position)`.execute(db);
  await sql`CREATE INDEX budget_plan_investment_plan ON budget_plan_investment (plan_id, position)`.execute(db);
  await sql`CREATE INDEX budget_plan_scenario_plan ON budget_plan_scenario (plan_id)`.execute(db);
}
