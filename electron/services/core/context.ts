import type { Kysely, Transaction } from 'kysely';
import type { SqliteHandle } from '../../db/connection';
import type { DB } from '../../db/schema';

/** What every service is given: the typed query builder, the raw handle for measured hot paths, who acts, and a clock. */
export interface ServiceContext {
  db: Kysely<DB>;
  handle: SqliteHandle;
  actor: string;
  now(): Date;
}

export type Tx = Transaction<DB>;

export function nowIso(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}
