import { createHash } from 'node:crypto';

/**
 * An applied plan's content as stored (its figures and where each operation went), hashed canonically, as
 * migration 0016 introduced it. Written out here rather than imported from services: migrations stay what
 * they were when they shipped (electron/services/planning/content.ts computes the same hash for plans
 * applied later; a test checks that the two agree).
 */
export interface AppliedPlanRow {
  id: number;
  applied_at: string;
  actor: string;
  t0: string;
  weeks: number;
  metrics_json: string;
  view_json: string;
}

export interface AppliedOpRow {
  order_code: string;
  op_code: string;
  workcenter: string;
  lane: number | null;
  member_id: number | null;
  start_at: string;
  end_at: string;
}

const opKey = (o: AppliedOpRow) => JSON.stringify([o.order_code, o.op_code, o.start_at, o.workcenter, o.lane, o.member_id, o.end_at]);

export function appliedPlanHashV1(plan: Omit<AppliedPlanRow, 'id'>, ops: readonly AppliedOpRow[]): string {
  const canonical = [[plan.applied_at, plan.actor, plan.t0, plan.weeks, plan.metrics_json, plan.view_json], ops.map(opKey).sort()];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
