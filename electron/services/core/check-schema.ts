/**
 * The schema must be exactly what the migrations make: a trigger dropped or emptied ("neutered"), an index
 * dropped, a table added or altered with another SQLite tool all change `sqlite_schema`. The reference
 * is a fresh in-memory database migrated by this version, compared object by object with its SQL.
 */
import { openHandle, type SqliteHandle } from '../../db/connection';
import { migrate, MINGA_APPLICATION_ID } from '../../db/migrator';
import { latestVersion } from '../../../migrations';
import { finding, type Finding } from './domain';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

type Kind = 'table' | 'index' | 'trigger' | 'view';

/** sqlite_stat* tables are SQLite's own query-planner statistics (ANALYZE), not part of the design. */
const readSchema = (handle: SqliteHandle) =>
  handle
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name")
    .all() as SchemaObject[];

let expected: Promise<SchemaObject[]> | null = null;

/** What this version's migrations make; computed once per process (it depends on the code alone). */
function expectedSchema(): Promise<SchemaObject[]> {
  expected ??= (async () => {
    const fresh = openHandle(':memory:');
    try {
      await migrate(fresh, { targetVersion: latestVersion });
      return readSchema(fresh);
    } finally {
      fresh.close();
    }
  })();
  return expected;
}

const differs = (situation: 'missing' | 'changed' | 'extra', o: SchemaObject): Finding => {
  const kind: Kind = (['table', 'index', 'trigger', 'view'] as const).find((k) => k === o.type) ?? 'table';
  return finding(`backups:check.schema.${situation}.${kind}`, { name: o.name });
};

/** Whose and which version the file is; null when it is this version's Minga database. */
export function identityFinding(handle: SqliteHandle): Finding | null {
  const applicationId = handle.pragma('application_id', { simple: true }) as number;
  const version = handle.pragma('user_version', { simple: true }) as number;
  if (applicationId !== MINGA_APPLICATION_ID) return finding('backups:check.schema.foreign');
  if (version !== latestVersion) return finding('backups:check.schema.version', { version, expected: latestVersion });
  return null;
}

export async function schemaFindings(handle: SqliteHandle): Promise<Finding[]> {
  const wanted = await expectedSchema();
  const found = new Map(readSchema(handle).map((o) => [`${o.type} ${o.name}`, o]));
  const findings: Finding[] = [];
  // A missing table takes its indexes and triggers with it: the table is the finding, not each of them.
  const missingTables = new Set(wanted.filter((o) => o.type === 'table' && !found.has(`table ${o.name}`)).map((o) => o.name));
  for (const o of wanted) {
    const actual = found.get(`${o.type} ${o.name}`);
    found.delete(`${o.type} ${o.name}`);
    if (!actual && o.type !== 'table' && missingTables.has(o.tbl_name)) continue;
    if (!actual) findings.push(differs('missing', o));
    else if (actual.sql !== o.sql || actual.tbl_name !== o.tbl_name) findings.push(differs('changed', o));
  }
  for (const extra of found.values()) findings.push(differs('extra', extra));
  return findings;
}
