/**
 * The plan's invariants (rules/planning.md; issue 11), for random models: no overlap on any lane or member
 * (blocks included), precedence and waits respected, working minutes equal to durations, starts after
 * release and material, skills respected, finite completion ≥ infinite, determinism, and a lower-priority
 * order never moving a higher-priority one. Seeded by tests/setup/fast-check-seed.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersect, modelOf, parseScenario, schedule, workingMinutes, type Plan, type PlanModel } from '../../shared/domain/planning';
import { RuleRefusal } from '../../shared/domain/rule-refusal';

const DAY = 1440;
const shifts = (from: number, to: number) => Array.from({ length: 40 }, (_, d) => [d * DAY + from, d * DAY + to]);

const modelArb = fc
  .record({
    wcs: fc.array(fc.record({ lanes: fc.integer({ min: 1, max: 3 }), shift: fc.option(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 120, max: 600 })), { nil: undefined }), block: fc.option(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 600 })), { nil: undefined }), efficiency: fc.constantFrom(1, 0.8, 1.25) }), { minLength: 1, maxLength: 4 }),
    members: fc.array(fc.record({ skills: fc.subarray(['s1', 's2']), shift: fc.option(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 240, max: 720 })), { nil: undefined }) }), { maxLength: 5 }),
    products: fc.array(fc.array(fc.record({ wc: fc.nat(), setup: fc.integer({ min: 0, max: 120 }), run: fc.integer({ min: 0, max: 10 }), skill: fc.nat(), wait: fc.integer({ min: 0, max: 300 }), outsourced: fc.boolean(), parallel: fc.boolean() }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    orders: fc.array(fc.record({ product: fc.nat(), qty: fc.integer({ min: 1, max: 5 }), due: fc.integer({ min: 0, max: 20_000 }), release: fc.integer({ min: 0, max: 3000 }), priority: fc.integer({ min: 0, max: 2 }), steel: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 15 }),
  })
  .map((g) => {
    const skills = [...new Set(g.members.flatMap((m) => m.skills))];
    const workcenters: Record<string, unknown> = { OUT: { outsourced: true } };
    g.wcs.forEach((wc, i) => {
      workcenters[`W${i}`] = {
        capacity: wc.lanes,
        efficiency: wc.efficiency,
        ...(wc.shift ? { calendar: shifts(wc.shift[0], wc.shift[0] + wc.shift[1]) } : {}),
        ...(wc.block ? { blocks: [[0, wc.block[0], wc.block[0] + wc.block[1], 'maintenance']] } : {}),
      };
    });
    const members = Object.fromEntries(g.members.map((m, i) => [`M${i}`, { skills: m.skills, ...(m.shift ? { calendar: shifts(m.shift[0], m.shift[0] + m.shift[1]) } : {}) }]));
    const products = Object.fromEntries(
      g.products.map((ops, p) => [
        `P${p}`,
        {
          materials: { STEEL: 1 },
          ops: ops.map((op, i) => ({
            id: `op${i}`,
            wc: op.outsourced ? 'OUT' : `W${op.wc % g.wcs.length}`,
            setup: op.setup,
            run: op.run,
            wait_after: op.wait,
            ...(op.outsourced ? { outsourced: true, lead: op.setup * 3 } : {}),
            ...(!op.outsourced && skills.length > 0 && op.skill % 3 !== 0 ? { skill: skills[op.skill % skills.length] } : {}),
            // A parallel branch starts with the routing instead of after the previous operation.
            ...(op.parallel && i > 0 ? { after: [] } : {}),
          })),
        },
      ]),
    );
    const orders = g.orders.map((o, i) => ({ id: `O${String(i).padStart(2, '0')}`, product: `P${o.product % g.products.length}`, qty: o.qty, due: o.due, release: o.release, priority: o.priority }));
    return { options: { rule: 'EDD', fairness: true, mode: 'finite' }, model: { now: 0, workcenters, members, items: { STEEL: { on_hand: 10, lead_time: 2000, receipts: [[500, 5]] } }, products, orders } };
  });

/** Plans, or null when the random calendars leave an operation no room (a refusal, which is its own test). */
function planOf(file: unknown): { model: PlanModel; plan: Plan } | null {
  try {
    const scenario = parseScenario(file);
    const model = modelOf(scenario);
    const o = scenario.options!;
    return { model, plan: schedule(model, { rule: o.rule!, fairness: o.fairness!, mode: o.mode! }) };
  } catch (error) {
    if (error instanceof RuleRefusal && error.key === 'planning:errors.CANNOT_PLACE') return null;
    throw error;
  }
}

function overlaps(spans: [number, number][]): boolean {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  return sorted.some((span, i) => i > 0 && span[0] < sorted[i - 1]![1]);
}

describe('plan invariants (rules/planning.md)', () => {
  it('no overlap on a lane (blocks included) or a member; skills, precedence, waits, release and material respected; working minutes equal durations', () => {
    fc.assert(
      fc.property(modelArb, (file) => {
        const result = planOf(file);
        fc.pre(result !== null);
        const { model, plan } = result!;
        const lanes = new Map<string, [number, number][]>();
        const members = new Map<string, [number, number][]>();
        for (const wc of model.workcenters.values()) for (const b of wc.blocks) lanes.set(`${wc.name}#${b.lane}`, [...(lanes.get(`${wc.name}#${b.lane}`) ?? []), [b.start, b.end]]);
        const byOrder = new Map(plan.orders.map((o) => [o.id, o]));
        for (const op of plan.ops) {
          const order = byOrder.get(op.order)!;
          const spec = model.products.get(order.product)!.ops.find((o) => o.id === op.op)!;
          const wc = model.workcenters.get(op.wc)!;
          expect(op.start).toBeGreaterThanOrEqual(Math.max(model.now, model.orders.find((o) => o.id === op.order)?.release ?? 0, order.materialReady));
          for (const before of spec.after) {
            const pred = plan.ops.find((o) => o.order === op.order && o.op === before)!;
            const predSpec = model.products.get(order.product)!.ops.find((o) => o.id === before)!;
            expect(op.start).toBeGreaterThanOrEqual(pred.end + predSpec.waitAfter);
          }
          if (spec.outsourced) {
            expect(op.end - op.start).toBe(spec.lead);
            continue;
          }
          const member = op.member === null ? null : model.members.find((m) => m.name === op.member)!;
          if (spec.skill !== null) expect(member?.skills.has(spec.skill)).toBe(true);
          const calendar = member ? intersect(wc.calendar, member.calendar) : wc.calendar;
          expect(workingMinutes(calendar, op.start, op.end)).toBe(op.minutes);
          expect(op.minutes).toBe(spec.setup + Math.ceil((spec.run * model.orders.find((o) => o.id === op.order)!.qty) / wc.efficiency - 1e-9));
          lanes.set(`${op.wc}#${op.lane}`, [...(lanes.get(`${op.wc}#${op.lane}`) ?? []), [op.start, op.end]]);
          if (op.member) members.set(op.member, [...(members.get(op.member) ?? []), [op.start, op.end]]);
        }
        for (const spans of [...lanes.values(), ...members.values()]) expect(overlaps(spans)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('finite completion is never before infinite completion, and the same model plans the same way twice', () => {
    fc.assert(
      fc.property(modelArb, (file) => {
        const finite = planOf(file);
        fc.pre(finite !== null);
        const infinite = planOf({ ...file, options: { ...file.options, mode: 'infinite' } })!;
        const infiniteEnd = new Map(infinite.plan.orders.map((o) => [o.id, o.end]));
        for (const o of finite!.plan.orders) expect(o.end).toBeGreaterThanOrEqual(infiniteEnd.get(o.id)!);
        expect(planOf(file)!.plan).toEqual(finite!.plan);
      }),
      { numRuns: 100 },
    );
  });

  it('adding a lower-priority order never moves a higher-priority one', () => {
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 1, max: 5 }), (file, qty) => {
        const before = planOf(file);
        fc.pre(before !== null);
        const extra = { id: 'ZZ', product: file.model.orders[0]!.product, qty, due: 0, release: 0, priority: 3 };
        const after = planOf({ ...file, model: { ...file.model, orders: [...file.model.orders, extra] } });
        fc.pre(after !== null);
        expect(after!.plan.ops.filter((o) => o.order !== 'ZZ')).toEqual(before!.plan.ops);
      }),
      { numRuns: 100 },
    );
  });
});
