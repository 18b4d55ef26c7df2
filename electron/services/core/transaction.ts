/**
 * One transaction per use case, with an audit writer bound to it, so a change and its audit row stand or
 * fall together. Called inside an open transaction (the demo sets up the coop and its members as one
 * unit), it joins that transaction instead of nesting a second BEGIN on the one connection.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { recordAudit, type AuditRecord } from './audit';
import type { ServiceContext } from './context';

export type AuditWriter = (record: AuditRecord) => Promise<void>;

export async function inTransaction<T>(ctx: ServiceContext, work: (trx: Kysely<DB>, audit: AuditWriter) => Promise<T>): Promise<T> {
  const run = (trx: Kysely<DB>) => work(trx, (record) => recordAudit(trx, ctx, record));
  if (ctx.db.isTransaction) return run(ctx.db);
  return ctx.db.transaction().execute(run);
}

/** Runs `work` with a context whose every query (and nested use case) belongs to one transaction. */
export function inOneTransaction<T>(ctx: ServiceContext, work: (txCtx: ServiceContext) => Promise<T>): Promise<T> {
  return inTransaction(ctx, (trx) => work({ ...ctx, db: trx }));
}
