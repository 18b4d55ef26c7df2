/**
 * The audit log: every write through a service records who, when, what and before/after, in the same
 * transaction as the write itself, so a change and its record stand or fall together. Each row is the
 * next link of the log's hash chain (audit-chain.ts).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditEntry } from '../../../shared/contract/members';
import { chainAfter, type ChainHead } from './audit-chain';
import { nowIso, type ServiceContext } from './context';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** The last row of the log, the one a new row chains to; null while the log is empty. */
export async function chainHead(db: Kysely<DB>): Promise<ChainHead | null> {
  const last = await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return last ?? null;
}

export async function recordAudit(trx: Kysely<DB>, ctx: ServiceContext, record: AuditRecord): Promise<void> {
  const row = {
    at: nowIso(ctx),
    actor: ctx.actor,
    action: record.action,
    entity: record.entity,
    entity_id: record.entityId === null ? null : String(record.entityId),
    before_json: json(record.before),
    after_json: json(record.after),
  };
  const [link] = chainAfter(await chainHead(trx), [row]);
  await trx.insertInto('audit_log').values({ ...row, ...link! }).execute();
}

export async function auditTrail(ctx: ServiceContext, entity: string, entityId: string): Promise<AuditEntry[]> {
  const rows = await ctx.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
}
