import { describe, expect, it } from 'vitest';
import { openDatabaseSession } from '../../electron/services/core/session';
import { readSchemaTypes } from './schema-types';

async function migratedSchema() {
  const session = await openDatabaseSession({ path: ':memory:', actor: 't' });
  const handle = session.ctx().handle;
  const rows = handle.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as {
    type: string;
    name: string;
    sql: string | null;
  }[];
  // Full-text tables are reached by raw SQL in their domain's hot-path file, not through Kysely's types;
  // their shadow tables (<name>_data, _idx, …) belong to SQLite.
  const virtual = rows.filter((r) => r.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  const typed = rows.filter((r) => (r.type === 'table' || r.type === 'view') && !virtual.some((v) => r.name === v || r.name.startsWith(`${v}_`)));
  const tables: Record<string, Record<string, { nullable: boolean } | { generated: true }> | string[]> = {};
  for (const { name, type } of typed) {
    // table_xinfo, not table_info: it lists generated columns too (hidden 2 and 3).
    const columns = handle.prepare(`SELECT name, "notnull", pk, hidden FROM pragma_table_xinfo(?)`).all(name) as {
      name: string;
      notnull: number;
      pk: number;
      hidden: number;
    }[];
    // A view's columns say nothing of null (SQLite reports every one nullable): compare their names only.
    if (type === 'view') tables[name] = columns.map((c) => c.name).sort();
    // An INTEGER PRIMARY KEY is the rowid: never null, whatever table_xinfo says.
    // A generated column's nullability is its expression's: `generated` marks it, compared by name only.
    else tables[name] = Object.fromEntries(columns.map((c) => [c.name, c.hidden >= 2 ? { generated: true } : { nullable: c.notnull === 0 && c.pk === 0 }]));
  }
  session.close();
  return { rows, tables };
}

describe('schema', () => {
  it('matches the committed snapshot, so a schema change is always a reviewed migration', async () => {
    const { rows } = await migratedSchema();
    const text = rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql ?? '(automatic)'};\n`).join('\n');
    await expect(text).toMatchFileSnapshot('../fixtures/schema.sql');
  });

  it('electron/db/schema/ types every table and view the migrations make, column for column, null where the database allows null', async () => {
    const { tables } = await migratedSchema();
    const types = readSchemaTypes();
    const comparable = Object.fromEntries(
      Object.entries(types).map(([name, columns]) => {
        const inDb = tables[name];
        if (Array.isArray(inDb)) return [name, Object.keys(columns).sort()];
        return [name, Object.fromEntries(Object.entries(columns).map(([c, typed]) => [c, inDb?.[c] && 'generated' in inDb[c] ? inDb[c] : typed]))];
      }),
    );
    expect(comparable).toEqual(tables);
  });
});
