import { describe, expect, it } from 'vitest';
import { openDatabaseSession } from '../../electron/services/core/session';

describe('schema', () => {
  it('matches the committed snapshot, so a schema change is always a reviewed migration (and electron/db/schema.ts follows it)', async () => {
    const session = await openDatabaseSession({ path: ':memory:', actor: 't' });
    const rows = session
      .ctx()
      .handle.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { type: string; name: string; sql: string | null }[];
    session.close();
    const text = rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql ?? '(automatic)'};\n`).join('\n');
    await expect(text).toMatchFileSnapshot('../fixtures/schema.sql');
  });
});
