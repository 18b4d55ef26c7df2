import { sql, type Kysely } from 'kysely';
import { chainHash, GENESIS, type AuditRow } from './support/audit-chain-v2';

/**
 * The audit log becomes a hash chain: each row carries the hash of the row before it and its own hash
 * over its content, so an edit, a removal or an insertion anywhere but at the end shows up in `check`,
 * and the last hash (the chain head) can be recorded outside the file.
 *
 * The hash lives in migrations/support/, not in services: a migration must stay what it was when it
 * shipped (electron/services/core/audit-chain.ts computes the same one; a test checks a backfilled chain).
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  // Rebuilt rather than altered: SQLite adds a NOT NULL column only with a default, and a hash has none.
  await sql`ALTER TABLE audit_log RENAME TO audit_log_unchained`.execute(db);
  await db.schema
    .createTable('audit_log')
    // AUTOINCREMENT: sqlite_sequence remembers the highest id ever written, so rows cut from the end show.
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull().check(sql`length(prev_hash) = 64`))
    .addColumn('hash', 'text', (c) => c.notNull().check(sql`length(hash) = 64`))
    .execute();

  const { rows } = await sql<AuditRow>`SELECT id, at, actor, action, entity, entity_id, before_json, after_json
    FROM audit_log_unchained ORDER BY id`.execute(db);
  // The status history written before the chain: adopted in one audit row, so each history row is
  // accounted for by the log from here on (shaped like the contract's StatusChange, as services write it).
  const { rows: history } = await sql<Record<string, string | number | null>>`SELECT id, member_id AS memberId, status,
    effective_date AS effectiveDate, cause, resolution, recorded_at AS recordedAt
    FROM member_status_change ORDER BY id`.execute(db);
  if (history.length > 0) {
    rows.push({
      id: (rows.at(-1)?.id ?? 0) + 1,
      at: new Date().toISOString(),
      actor: 'migration 0002_audit_chain',
      action: 'member.history.adopt',
      entity: 'member',
      entity_id: null,
      before_json: null,
      after_json: JSON.stringify({ statusChanges: history }),
    });
  }
  let prevHash = GENESIS;
  for (const row of rows) {
    const hash = chainHash(prevHash, row);
    await sql`INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash)
      VALUES (${row.id}, ${row.at}, ${row.actor}, ${row.action}, ${row.entity}, ${row.entity_id}, ${row.before_json},
        ${row.after_json}, ${prevHash}, ${hash})`.execute(db);
    prevHash = hash;
  }
  // Dropping the old table drops its index and append-only triggers; they are made again on the new one.
  await sql`DROP TABLE audit_log_unchained`.execute(db);

  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
  await sql`CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);
  await sql`CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);
  // INSERT OR REPLACE deletes the row it replaces without firing delete triggers (recursive_triggers is
  // off), so an insert must itself be the next link: the next id, chained to the last row's hash.
  await sql`CREATE TRIGGER audit_log_append_only_insert BEFORE INSERT ON audit_log
    WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log)
      OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), ${sql.lit(GENESIS)})
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: a row must follow the last one'); END`.execute(db);
}
