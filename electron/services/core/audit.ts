/**
 * The audit log: every write through a service records who, when, what and before/after, in the same
 * transaction as the write itself, so a change and its record stand or fall together.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditEntry } from '../../../shared/contract/members';
import { nowIso, type ServiceContext } from './context';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export async function recordAudit(trx: Kysely<DB>, ctx: ServiceContext, record: AuditRecord): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: nowIso(ctx),
      actor: ctx.actor,
      action: record.action,
      entity: record.entity,
      entity_id: record.entityId === null ? null : String(record.entityId),
      before_json: json(record.before),
      after_json: json(record.after),
    })
    .execute();
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
