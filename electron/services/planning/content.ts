/**
 * An applied plan's content (its figures and where each operation went), hashed canonically: applying
 * stores the hash and `check` recomputes it from the rows, so an edit behind the app's back shows. The same
 * hash as migrations/support/applied-plan-hash-v1.ts (which hashed the plans applied before it);
 * tests/integration/applied-plan-hash.test.ts keeps the two equal.
 */
import { createHash } from 'node:crypto';

export interface HashedPlan {
  applied_at: string;
  actor: string;
  t0: string;
  weeks: number;
  metrics_json: string;
  view_json: string;
}

export interface HashedOp {
  order_code: string;
  op_code: string;
  workcenter: string;
  lane: number | null;
  member_id: number | null;
  start_at: string;
  end_at: string;
}

const opKey = (o: HashedOp) => JSON.stringify([o.order_code, o.op_code, o.start_at, o.workcenter, o.lane, o.member_id, o.end_at]);

export function appliedPlanHash(plan: HashedPlan, ops: readonly HashedOp[]): string {
  const canonical = [[plan.applied_at, plan.actor, plan.t0, plan.weeks, plan.metrics_json, plan.view_json], ops.map(opKey).sort()];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
