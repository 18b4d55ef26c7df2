/** Which share class an operation that names none (a return, a loss, a transfer) moves capital in. */
import type { Kysely } from 'kysely';
import type { ShareClass } from '../../../shared/contract/capital';
import type { DB } from '../../db/schema';
import type { Position } from './position';
import { refusal } from './refuse';
import { readClass } from './rows';

/** The member's class holding the most paid-in capital; else their first subscription's; else the first active class. */
export async function mainClass(db: Kysely<DB>, memberId: number, position: Position): Promise<ShareClass> {
  const held = [...position.paidInByClass.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (held && held[1] > 0) return readClass(db, held[0]);
  const first = await db.selectFrom('capital_subscription').select('class_id').where('member_id', '=', memberId).orderBy('id').limit(1).executeTakeFirst();
  if (first) return readClass(db, first.class_id);
  const any = await db.selectFrom('capital_share_class').select('id').where('active', '=', 1).orderBy('id').limit(1).executeTakeFirst();
  if (!any) throw refusal('CONFLICT', 'NO_CLASS', 'No share class is set up yet.');
  return readClass(db, any.id);
}
