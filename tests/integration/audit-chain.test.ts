/** The audit log as a hash chain (migrations/0002_audit_chain.ts, electron/services/core/audit-chain.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandle } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrator';
import { auditRowHash, GENESIS_HASH } from '../../electron/services/core/audit-chain';
import { verifyAuditChain } from '../../electron/services/core/check-chain';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('audit chain', () => {
  it('is backfilled over the rows written before it, in id order, with the status history adopted in one audited row', async () => {
    const handle = openHandle(join(tempDir(), 'v1.sqlite'));
    await migrate(handle, { targetVersion: 1 });
    handle.exec(`INSERT INTO member (member_number, last_names, first_names, join_date, status, status_since, search_text, created_at, updated_at)
      VALUES (1, 'Quispe', 'Rosa', '2020-01-01', 'active', '2020-01-01', '1 quispe rosa', 't', 't')`);
    handle.exec("INSERT INTO member_status_change (member_id, status, effective_date, cause, resolution, recorded_at) VALUES (1, 'active', '2020-01-01', NULL, 'Acta 1', 't')");
    const insert = handle.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('t1', 'ana', 'coop.setup', 'coop', '1', null, '{"name":"La Minga"}');
    insert.run('t2', 'ana', 'member.create', 'member', '1', null, '{"id":1,"note":"línea\\nnueva"}');
    insert.run('t3', 'luis', 'member.update', 'member', '1', '{"id":1}', '{"id":1,"email":null}');

    await migrate(handle);
    const rows = handle.prepare('SELECT * FROM audit_log ORDER BY id').all() as (Parameters<typeof auditRowHash>[1] & { prev_hash: string; hash: string })[];
    expect(rows.map((r) => [r.id, r.action])).toEqual([[1, 'coop.setup'], [2, 'member.create'], [3, 'member.update'], [4, 'member.history.adopt']]);
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    // The migration's hash is the services' hash, link by link.
    rows.forEach((row, i) => {
      expect(row.prev_hash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1]!.hash);
      expect(row.hash).toBe(auditRowHash(row.prev_hash, row));
    });
    expect(JSON.parse(rows[3]!.after_json!)).toEqual({
      statusChanges: [{ id: 1, memberId: 1, status: 'active', effectiveDate: '2020-01-01', cause: null, resolution: 'Acta 1', recordedAt: 't' }],
    });
    expect(verifyAuditChain(handle)).toEqual({ findings: [], head: { id: 4, hash: rows[3]!.hash } });
    handle.close();
  });

  it('is kept by the database itself: no update, no delete, no row out of turn (append-only triggers)', async () => {
    const handle = openHandle(join(tempDir(), 'm.sqlite'));
    await migrate(handle);
    const append = handle.prepare('INSERT INTO audit_log (id, at, actor, action, entity, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const row = { id: 1, at: 't', actor: 'a', action: 'x', entity: 'member', entity_id: null, before_json: null, after_json: null };
    const hash = auditRowHash(GENESIS_HASH, row);
    expect(() => append.run(2, 't', 'a', 'x', 'member', GENESIS_HASH, hash)).toThrow(/append-only/);
    expect(() => append.run(1, 't', 'a', 'x', 'member', 'f'.repeat(64), hash)).toThrow(/append-only/);
    append.run(1, 't', 'a', 'x', 'member', GENESIS_HASH, hash);
    expect(() => append.run(1, 't', 'a', 'y', 'member', GENESIS_HASH, hash)).toThrow(/append-only|UNIQUE/);
    expect(() => handle.exec("INSERT OR REPLACE INTO audit_log (id, at, actor, action, entity, prev_hash, hash) VALUES (1, 't', 'b', 'x', 'member', '" + GENESIS_HASH + "', '" + hash + "')")).toThrow(/append-only/);
    expect(() => handle.exec("UPDATE audit_log SET actor = 'someone else'")).toThrow(/append-only/);
    expect(() => handle.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(verifyAuditChain(handle)).toEqual({ findings: [], head: { id: 1, hash } });
    handle.close();
  });
});
