/**
 * The planner of rules/planning.md: its two public worked cases exactly, the scheduling semantics it
 * fixes (pauses over non-working time, maintenance clipped to working time, calendar-time waits and
 * lead times, gap filling, the tie-breaks), material netting, and the refusals (reported, never a hang).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelOf, optionsOf, parseScenario, planFromScenario, Planner, type PlanAnswer } from '../../shared/domain/planning';
import { RuleRefusal } from '../../shared/domain/rule-refusal';

const examples = join(__dirname, '..', '..', 'docs', 'examples', 'planning');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit the example files' JSON freely
const load = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8')) as Record<string, any>;
const opOf = (answer: PlanAnswer, order: string, op: string) => answer.ops.find((o) => o.order === order && o.op === op)!;
const span = (answer: PlanAnswer, order: string, op: string) => [opOf(answer, order, op).start, opOf(answer, order, op).end];

function refusal(file: unknown): RuleRefusal {
  try {
    planFromScenario(file);
  } catch (error) {
    if (error instanceof RuleRefusal) return error;
    throw error;
  }
  throw new Error('the scenario was not refused');
}

const scenario = (model: Record<string, unknown>, options: Record<string, unknown> = {}) => ({ options, model: { now: 0, ...model } });

describe('public case "one machine, the rule matters" (rules/planning.md)', () => {
  it('earliest due date: O2 0–3 h, O4 3–4, O3 4–6, O1 6–10; only O1 late, 60 minutes, for capacity; utilisation 100%', () => {
    const answer = planFromScenario(load('one-machine-edd.json'));
    expect(answer.sequence).toEqual(['O2', 'O4', 'O3', 'O1']);
    expect([span(answer, 'O2', 'press'), span(answer, 'O4', 'press'), span(answer, 'O3', 'press'), span(answer, 'O1', 'press')]).toEqual([
      [0, 180],
      [180, 240],
      [240, 360],
      [360, 600],
    ]);
    expect(answer.orders.O1).toEqual({ start: 360, end: 600, due: 540, lateness: 60, tardiness: 60, reasons: ['capacity'] });
    expect(answer.metrics).toMatchObject({ total_tardiness: 60, late_orders: 1, bottleneck: 'PRESS', makespan: 600 });
    expect(answer.wc_utilisation.PRESS).toEqual([600, 600]);
  });

  it('in input order (FIFO) the total tardiness is 5 h with 3 orders late', () => {
    const file = load('one-machine-edd.json');
    file.options.rule = 'FIFO';
    const answer = planFromScenario(file);
    expect(answer.sequence).toEqual(['O1', 'O2', 'O3', 'O4']);
    expect(answer.metrics.total_tardiness).toBe(300);
    expect(answer.metrics.late_orders).toBe(3);
  });
});

describe('public case "flow shop with gap filling" (rules/planning.md)', () => {
  const answer = planFromScenario(load('flow-shop-gap-filling.json'));

  it('A cut 0–3 weld 3–7; B cut 3–5 weld 7–9; C cut 5–6 weld 9–14; D welds 0–2 in the gap while A is cut', () => {
    expect(span(answer, 'A', 'cut')).toEqual([0, 180]);
    expect(span(answer, 'A', 'weld')).toEqual([180, 420]);
    expect(span(answer, 'B', 'cut')).toEqual([180, 300]);
    expect(span(answer, 'B', 'weld')).toEqual([420, 540]);
    expect(span(answer, 'C', 'cut')).toEqual([300, 360]);
    expect(span(answer, 'C', 'weld')).toEqual([540, 840]);
    expect(span(answer, 'D', 'weld')).toEqual([0, 120]);
  });

  it('WELD is the bottleneck at 13/14 (92.9%), CUT 6/14 (42.9%)', () => {
    expect(answer.metrics.bottleneck).toBe('WELD');
    expect(answer.wc_utilisation).toEqual({ CUT: [360, 840], WELD: [780, 840] });
  });

  it('removing D leaves A, B and C unchanged', () => {
    const file = load('flow-shop-gap-filling.json');
    file.model.orders = file.model.orders.filter((o: { id: string }) => o.id !== 'D');
    const without = planFromScenario(file);
    expect(without.ops).toEqual(answer.ops.filter((o) => o.order !== 'D'));
  });
});

describe('semantics (rules/planning.md, "fixed; tests depend on them")', () => {
  const product = (ops: unknown[], materials?: Record<string, number>) => ({ ops, ...(materials ? { materials } : {}) });
  const days = [[0, 480], [1440, 1920], [2880, 3360]];

  it('an operation starts at the first working instant and pauses over the night, its lane held across the pause; gaps before it are filled', () => {
    const answer = planFromScenario(
      scenario({
        workcenters: { PRESS: { capacity: 1, calendar: days } },
        products: { long: product([{ id: 'op', wc: 'PRESS', setup: 30, run: 4 }]), short: product([{ id: 'op', wc: 'PRESS', setup: 60 }]), mid: product([{ id: 'op', wc: 'PRESS', setup: 200 }]), tail: product([{ id: 'op', wc: 'PRESS', setup: 100 }]) },
        orders: [
          { id: 'L', product: 'long', qty: 100, due: 100, release: 300 },
          { id: 'S', product: 'short', qty: 1, due: 200 },
          { id: 'M', product: 'mid', qty: 1, due: 300 },
          { id: 'T', product: 'tail', qty: 1, due: 400 },
        ],
      }),
    );
    // 30 + 4·100 = 430 working minutes from 300: 180 on day one, 250 on day two.
    expect(span(answer, 'L', 'op')).toEqual([300, 1690]);
    expect(span(answer, 'S', 'op')).toEqual([0, 60]);
    expect(span(answer, 'M', 'op')).toEqual([60, 260]);
    // 100 minutes from 260 would run into L at 300: the next gap is after L ends.
    expect(span(answer, 'T', 'op')).toEqual([1690, 1790]);
  });

  it('maintenance on a holiday costs no capacity; maintenance in working time is worked around and taken from what is available', () => {
    const answer = planFromScenario(
      scenario({
        workcenters: { PRESS: { capacity: 1, calendar: [[0, 480], [1440, 1920]], blocks: [[0, 480, 1440, 'night service'], [0, 100, 200, 'preventive maintenance']] } },
        products: { p: product([{ id: 'op', wc: 'PRESS', setup: 150 }]) },
        orders: [{ id: 'O', product: 'p', qty: 1, due: 1000 }],
      }),
    );
    expect(span(answer, 'O', 'op')).toEqual([200, 350]);
    // Window [0, 350): 350 working minutes less the 100 of maintenance inside it; the night block is outside working time.
    expect(answer.wc_utilisation.PRESS).toEqual([150, 250]);
  });

  it('a wait-after and an outsourced lead time are calendar time, with no capacity limit', () => {
    const answer = planFromScenario(
      scenario({
        workcenters: { PRESS: { capacity: 1, calendar: days }, GALV: { outsourced: true } },
        products: {
          bracket: product([
            { id: 'cut', wc: 'PRESS', setup: 60, wait_after: 1000 },
            { id: 'galvanise', wc: 'GALV', outsourced: true, lead: 500 },
            { id: 'pack', wc: 'PRESS', setup: 30 },
          ]),
        },
        orders: [
          { id: 'A', product: 'bracket', qty: 1, due: 5000 },
          { id: 'B', product: 'bracket', qty: 1, due: 6000 },
        ],
      }),
    );
    expect(span(answer, 'A', 'cut')).toEqual([0, 60]);
    expect(span(answer, 'A', 'galvanise')).toEqual([1060, 1560]);
    expect(span(answer, 'A', 'pack')).toEqual([1560, 1590]);
    // Both orders at the galvaniser at once: outsourcing has no lanes.
    expect(span(answer, 'B', 'galvanise')).toEqual([1120, 1620]);
    expect(opOf(answer, 'A', 'galvanise')).toMatchObject({ lane: null, member: null });
  });

  it('materials are netted in planning order: stock, then scheduled receipts, then a purchase after the lead time; a late order says why', () => {
    const answer = planFromScenario(
      scenario({
        workcenters: { PRESS: { capacity: 1 } },
        items: { STEEL: { on_hand: 30, lead_time: 7200, receipts: [[500, 10]] } },
        products: { bracket: product([{ id: 'cut', wc: 'PRESS', setup: 10 }], { STEEL: 20 }) },
        orders: [
          { id: 'A', product: 'bracket', qty: 1, due: 100 },
          { id: 'B', product: 'bracket', qty: 1, due: 1000 },
          { id: 'C', product: 'bracket', qty: 1, due: 300 },
        ],
      }),
    );
    expect(answer.sequence).toEqual(['A', 'C', 'B']);
    expect(span(answer, 'A', 'cut')).toEqual([0, 10]);
    // C comes before B: it takes the last 10 in stock and the receipt at 500; B must buy.
    expect(span(answer, 'C', 'cut')).toEqual([500, 510]);
    expect(answer.orders.C!.reasons).toEqual(['material']);
    expect(answer.purchases).toEqual([{ item: 'STEEL', qty: 20, order_by: 0, arrives: 7200 }]);
    expect(span(answer, 'B', 'cut')).toEqual([7200, 7210]);
  });

  it('an operation that needs a skill books a lane and a qualified member; ties go to the least-booked member when fairness is on, else to the member id', () => {
    const model = {
      workcenters: { SEW: { capacity: 2 } },
      members: { Bea: { skills: ['sew'] }, Ana: { skills: ['sew'] }, Caro: { skills: ['cut'] } },
      products: { shirt: product([{ id: 'sew', wc: 'SEW', setup: 120, skill: 'sew' }]), cap: product([{ id: 'sew', wc: 'SEW', setup: 60, skill: 'sew' }]) },
      orders: [
        { id: 'S1', product: 'shirt', qty: 1, due: 100 },
        { id: 'C1', product: 'cap', qty: 1, due: 300, release: 200 },
      ],
    };
    const fair = planFromScenario(scenario(model, { fairness: true }));
    expect(opOf(fair, 'S1', 'sew')).toMatchObject({ member: 'Ana', lane: 0 });
    expect(opOf(fair, 'C1', 'sew')).toMatchObject({ member: 'Bea', start: 200, end: 260 });
    expect(fair.member_load).toEqual({ Ana: 120, Bea: 60, Caro: 0 });
    const unfair = planFromScenario(scenario(model, { fairness: false }));
    expect(opOf(unfair, 'C1', 'sew')).toMatchObject({ member: 'Ana' });
  });

  it('a multi-level bill of materials plans the sub-assembly as its own order just before the order it is for', () => {
    const answer = planFromScenario(
      scenario({
        workcenters: { CUT: { capacity: 1 }, WELD: { capacity: 1 } },
        products: { tube: product([{ id: 'cut', wc: 'CUT', run: 10 }]), frame: product([{ id: 'weld', wc: 'WELD', setup: 30 }], { tube: 2 }) },
        orders: [{ id: 'F', product: 'frame', qty: 3, due: 1000 }],
      }),
    );
    expect(answer.sequence).toEqual(['F/tube', 'F']);
    expect(span(answer, 'F/tube', 'cut')).toEqual([0, 60]);
    expect(span(answer, 'F', 'weld')).toEqual([60, 90]);
  });

  it('infinite mode ignores bookings: its completion is never later than finite, the difference being the capacity-induced delay', () => {
    const file = load('one-machine-edd.json');
    file.options.mode = 'infinite';
    const infinite = planFromScenario(file);
    expect(Object.values(infinite.orders).map((o) => o.start)).toEqual([0, 0, 0, 0]);
    expect(infinite.orders.O1!.end).toBe(240);
    expect(planFromScenario(load('one-machine-edd.json')).orders.O1!.end - infinite.orders.O1!.end).toBe(360);
  });
});

describe('refusals: reported with what and where, never a hang', () => {
  const wc = { PRESS: { capacity: 1 } };
  it('a cycle in a routing', () => {
    const error = refusal(scenario({ workcenters: wc, products: { p: { ops: [{ id: 'a', wc: 'PRESS', after: ['b'] }, { id: 'b', wc: 'PRESS', after: ['a'] }] } }, orders: [] }));
    expect(error.key).toBe('planning:errors.ROUTING_CYCLE');
    expect(error.message).toContain('a → b → a');
  });

  it('a cycle in a bill of materials', () => {
    const products = { p: { materials: { q: 1 }, ops: [{ id: 'a', wc: 'PRESS' }] }, q: { materials: { p: 1 }, ops: [{ id: 'a', wc: 'PRESS' }] } };
    expect(refusal(scenario({ workcenters: wc, products, orders: [] })).key).toBe('planning:errors.BOM_CYCLE');
  });

  it('an operation on a work centre that never has capacity', () => {
    const model = { workcenters: { PRESS: { capacity: 1, calendar: [[-500, -10]] } }, products: { p: { ops: [{ id: 'a', wc: 'PRESS', setup: 5 }] } }, orders: [] };
    expect(refusal(scenario(model)).params).toMatchObject({ wc: 'PRESS', op: 'a' });
  });

  it('a skill nobody has', () => {
    const model = { workcenters: wc, members: { Ana: { skills: ['cut'] } }, products: { p: { ops: [{ id: 'a', wc: 'PRESS', skill: 'weld' }] } }, orders: [] };
    expect(refusal(scenario(model)).key).toBe('planning:errors.NO_SKILL');
  });

  it('a member whose hours never meet the work centre\'s: refused when it cannot be placed', () => {
    const model = {
      workcenters: { PRESS: { capacity: 1, calendar: [[0, 480]] } },
      members: { Ana: { skills: ['press'], calendar: [[600, 900]] } },
      products: { p: { ops: [{ id: 'a', wc: 'PRESS', setup: 10, skill: 'press' }] } },
      orders: [{ id: 'O', product: 'p', qty: 1, due: 100 }],
    };
    expect(refusal(scenario(model)).key).toBe('planning:errors.CANNOT_PLACE');
  });

  it('a misspelt key, with its path', () => {
    const error = refusal(scenario({ workcenters: wc, products: {}, orders: [], order: [] }));
    expect(error.key).toBe('planning:errors.SCENARIO_INVALID');
    expect(error.message).toContain('order');
  });
});

describe('"when can we deliver?": a quote for one tentative order against the current plan (issue 11)', () => {
  it('places the order after the planned ones, in the first gap that fits, and leaves the plan as it was', () => {
    const scenarioFile = parseScenario(load('flow-shop-gap-filling.json'));
    const planner = new Planner(modelOf(scenarioFile), optionsOf(scenarioFile));
    const before = structuredClone(planner.planAll());
    // WELD is free 120–180 only (60 minutes): the 120-minute weld of d goes after C, 840–960.
    const long = planner.quote({ id: 'Q', product: 'd', qty: 1, due: 900, release: 0, priority: 0 });
    expect(long.orders[0]).toMatchObject({ id: 'Q', start: 840, end: 960, tardiness: 60 });
    expect(planner.quote({ id: 'Q', product: 'd', qty: 1, due: 900, release: 0, priority: 0 }).orders[0]!.end).toBe(960);
    expect(planner.plan).toEqual(before);
  });
});
