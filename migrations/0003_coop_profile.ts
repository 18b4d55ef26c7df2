import { sql, type Kysely } from 'kysely';
import { appendAudit } from './support/audit-chain-v2';

/**
 * The coop's identity for the legal books (tax id, registration number, address), the currency's minor
 * digits fixed at setup, and dated statute versions: a past year is computed with the statute in force
 * then, and a version once written is never changed (a reform is a new version).
 */

// ISO 4217 currencies with other than two minor digits, written out here: a migration stays what it was
// when it shipped (shared/domain/currency.ts holds the currencies the app offers today).
const NO_MINOR_UNIT = ['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF'];
const THREE_DIGITS = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE coop_profile ADD COLUMN minor_digits INTEGER NOT NULL DEFAULT 2 CHECK (minor_digits BETWEEN 0 AND 4)`.execute(db);
  await sql`UPDATE coop_profile SET minor_digits = CASE
      WHEN currency IN (${sql.join(NO_MINOR_UNIT)}) THEN 0
      WHEN currency IN (${sql.join(THREE_DIGITS)}) THEN 3
      ELSE 2 END`.execute(db);
  await sql`ALTER TABLE coop_profile ADD COLUMN tax_id TEXT`.execute(db);
  await sql`ALTER TABLE coop_profile ADD COLUMN registration_number TEXT`.execute(db);
  await sql`ALTER TABLE coop_profile ADD COLUMN address TEXT`.execute(db);

  await db.schema
    .createTable('statute_version')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('effective_from', 'text', (c) =>
      c.notNull().check(sql`effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`),
    )
    .addColumn('statute_json', 'text', (c) => c.notNull().check(sql`json_valid(statute_json)`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('statute_version_effective').on('statute_version').columns(['effective_from', 'id']).execute();
  await sql`CREATE TRIGGER statute_version_never_updated BEFORE UPDATE ON statute_version
    BEGIN SELECT RAISE(ABORT, 'a statute version is never changed; add a new version'); END`.execute(db);
  await sql`CREATE TRIGGER statute_version_never_deleted BEFORE DELETE ON statute_version
    BEGIN SELECT RAISE(ABORT, 'a statute version is never deleted; add a new version'); END`.execute(db);

  // The statute kept so far becomes the first version, in force from the day the coop was set up, and
  // names its framework (a statute is never read under another one).
  await sql`INSERT INTO statute_version (effective_from, statute_json, created_at)
    SELECT substr(created_at, 1, 10), json_set(statute_json, '$.framework', framework), updated_at FROM coop_profile`.execute(db);
  await sql`ALTER TABLE coop_profile DROP COLUMN statute_json`.execute(db);

  await adoptInAuditLog(db);
}

interface ProfileV1 {
  statute: object;
  framework: string;
  currency: string;
  createdAt: string;
}

function isProfileV1(value: Record<string, unknown>): value is Record<string, unknown> & ProfileV1 {
  return (
    typeof value.statute === 'object' && value.statute !== null && typeof value.framework === 'string' &&
    typeof value.currency === 'string' && typeof value.createdAt === 'string'
  );
}

const minorDigitsOf = (currency: string) => (NO_MINOR_UNIT.includes(currency) ? 0 : THREE_DIGITS.includes(currency) ? 3 : 2);

/**
 * The profile and the first statute version change shape here, so the log adopts them: from what the app
 * last audited (not from the rows as they stand), so an edit made behind the app's back before the
 * upgrade still shows in `check` afterwards.
 */
async function adoptInAuditLog(db: Kysely<unknown>): Promise<void> {
  const { rows: audited } = await sql<{ after_json: string | null }>`SELECT after_json FROM audit_log
    WHERE entity = 'coop' AND entity_id = '1' ORDER BY id DESC LIMIT 1`.execute(db);
  const json = audited[0]?.after_json;
  if (!json) return;
  const before = JSON.parse(json) as Record<string, unknown>;
  // Only a profile as release 1 audited it is adopted; anything else is left for `check` to report.
  if (!isProfileV1(before)) return;
  const effectiveFrom = before.createdAt.slice(0, 10);
  const statute = { ...before.statute, framework: before.framework };
  const at = new Date().toISOString();
  const actor = 'migration 0003_coop_profile';
  const { rows: versions } = await sql<{ id: number }>`SELECT id FROM statute_version ORDER BY id`.execute(db);
  for (const version of versions) {
    await appendAudit(db, {
      at, actor, action: 'coop.statuteVersion', entity: 'statute_version', entity_id: String(version.id),
      before_json: null, after_json: JSON.stringify({ effectiveFrom, statute }),
    });
  }
  const after = {
    ...before,
    minorDigits: minorDigitsOf(before.currency),
    taxId: null,
    registrationNumber: null,
    address: null,
    statute,
    statuteEffectiveFrom: effectiveFrom,
  };
  await appendAudit(db, {
    at, actor, action: 'coop.adopt', entity: 'coop', entity_id: '1', before_json: json, after_json: JSON.stringify(after),
  });
}
