/**
 * Why an operation starts when it does (rules/planning.md, step 3): it is ready at the latest of now, its
 * order's release, its materials' arrival and each predecessor's end plus its wait; anything after that
 * is time the calendar, the lane or the member was not free (the details dialog tells the calendar apart).
 */
import type { PlanView } from '../../../../shared/contract/planning';
import { minuteOf } from './time';

export type Bound = 'now' | 'release' | 'material' | 'predecessor';
export interface Why {
  ready: number;
  bound: Bound;
  /** The predecessor that made it ready last, with its wait after. */
  predecessor: { op: string; end: number; wait: number } | null;
}

export function whyStart(plan: Pick<PlanView, 't0' | 'now' | 'ops' | 'purchases'>, index: number, context: { release: string | null; waitAfter: (op: string) => number }): Why {
  const op = plan.ops[index]!;
  let ready = plan.now;
  let bound: Bound = 'now';
  let predecessor: Why['predecessor'] = null;
  if (context.release !== null) {
    const release = minuteOf(plan.t0, context.release);
    if (release > ready) [ready, bound] = [release, 'release'];
  }
  for (const p of plan.purchases) {
    if (p.for !== op.order) continue;
    const arrives = minuteOf(plan.t0, p.arrives);
    if (arrives > ready) [ready, bound] = [arrives, 'material'];
  }
  for (const other of plan.ops) {
    if (other.order !== op.order || !op.after.includes(other.op)) continue;
    const wait = context.waitAfter(other.op);
    if (other.end + wait > ready || (bound === 'predecessor' && other.end + wait === ready)) {
      ready = other.end + wait;
      bound = 'predecessor';
      predecessor = { op: other.op, end: other.end, wait };
    }
  }
  return { ready, bound, predecessor };
}
