/** Rows of the capital tables as the contract shows them. */
import type { Kysely } from 'kysely';
import type { CapitalPolicy, ShareClass } from '../../../shared/contract/capital';
import { presentationOf } from '../../../shared/domain/capital';
import type { DB } from '../../db/schema';
import type { CapitalPolicyTable, CapitalShareClassTable } from '../../db/schema/capital';
import { refusal } from './refuse';

type ClassRow = Omit<CapitalShareClassTable, 'id'> & { id: number };

export function toShareClass(row: ClassRow): ShareClass {
  return {
    id: row.id,
    name: row.name,
    nominalMinor: row.nominal_minor,
    minimumSubscriptionMinor: row.minimum_subscription_minor,
    minimumPaidNow: { num: row.minimum_paid_now_num, den: row.minimum_paid_now_den },
    refundRight: row.refund_right,
    presentation: presentationOf(row.refund_right),
    active: row.active === 1,
  };
}

const fractionOf = (num: number | null, den: number | null) => (num === null || den === null ? null : { num, den });

export function toPolicy(row: CapitalPolicyTable): CapitalPolicy {
  return {
    refundCeiling: fractionOf(row.refund_ceiling_num, row.refund_ceiling_den),
    refundInstalments: row.refund_instalments,
    pendingRefundRate: fractionOf(row.pending_rate_num, row.pending_rate_den),
    forfeitureNoticeDays: row.forfeiture_notice_days,
    revolvingYears: row.revolving_years,
  };
}

export async function readPolicy(db: Kysely<DB>): Promise<CapitalPolicy> {
  return toPolicy(await db.selectFrom('capital_policy').selectAll().where('id', '=', 1).executeTakeFirstOrThrow());
}

export async function readClass(db: Kysely<DB>, id: number): Promise<ShareClass> {
  const row = await db.selectFrom('capital_share_class').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'CLASS_NOT_FOUND', `No share class has id ${id}.`, { id });
  return toShareClass(row);
}
