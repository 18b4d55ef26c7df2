/** The scenario file turned into the planner's checked model (defaults as rules/planning.md gives them). */
import { ALWAYS, normalise, type Calendar } from './calendar';
import { precedenceOrder, refuse, refuseBomCycles, type Item, type Member, type Operation, type Order, type PlanModel, type PlanOptions, type Product, type Workcenter } from './model';
import { planScenario, type PlanScenario } from './scenario';

const calendarOf = (given: readonly (readonly [number, number])[] | undefined): Calendar => (given ? normalise(given) : ALWAYS);

export function parseScenario(file: unknown): PlanScenario {
  const parsed = planScenario.safeParse(file);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'scenario'}: ${issue.message}`).join('; ');
    refuse('SCENARIO_INVALID', `The scenario is not valid: ${reason}`, { reason });
  }
  return parsed.data;
}

export function optionsOf(scenario: PlanScenario): PlanOptions {
  return { rule: scenario.options?.rule ?? 'EDD', fairness: scenario.options?.fairness ?? true, mode: scenario.options?.mode ?? 'finite' };
}

export function modelOf(scenario: PlanScenario): PlanModel {
  const m = scenario.model;
  const now = m.now ?? 0;
  const workcenters = new Map<string, Workcenter>();
  for (const [name, wc] of Object.entries(m.workcenters)) {
    const lanes = wc.capacity ?? 1;
    const blocks = (wc.blocks ?? []).map(([lane, start, end, reason]) => {
      if (lane >= lanes) refuse('BLOCK_LANE', `A block of ${name} is on lane ${lane}, but ${name} has ${lanes} lanes (numbered from 0).`, { wc: name, lane, lanes });
      return { lane, start, end, reason };
    });
    workcenters.set(name, { name, lanes, efficiency: wc.efficiency ?? 1, calendar: calendarOf(wc.calendar), blocks, outsourced: wc.outsourced ?? false });
  }
  const members: Member[] = Object.entries(m.members ?? {})
    .map(([name, member]) => ({ name, skills: new Set(member.skills), calendar: calendarOf(member.calendar) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const items = new Map<string, Item>();
  for (const [name, item] of Object.entries(m.items ?? {})) {
    const receipts = [...(item.receipts ?? [])].sort((a, b) => a[0] - b[0]);
    items.set(name, { name, onHand: item.on_hand ?? 0, leadTime: item.lead_time ?? 0, receipts });
  }
  const products = new Map<string, Product>();
  for (const [name, product] of Object.entries(m.products)) {
    const ops: Operation[] = product.ops.map((op, i) => {
      const wc = workcenters.get(op.wc);
      if (!wc) refuse('UNKNOWN_WORKCENTER', `Operation ${op.id} of ${name} is on ${op.wc}, which is not a work centre.`, { product: name, op: op.id, wc: op.wc });
      const outsourced = op.outsourced ?? wc.outsourced;
      return {
        id: op.id,
        wc: op.wc,
        setup: op.setup ?? 0,
        run: op.run ?? 0,
        skill: outsourced ? null : (op.skill ?? null),
        waitAfter: op.wait_after ?? 0,
        outsourced,
        lead: op.lead ?? 0,
        after: op.after ?? (i > 0 ? [product.ops[i - 1]!.id] : []),
      };
    });
    const materials = Object.entries(product.materials ?? {}).map(([material, qty]) => {
      const made = material in m.products;
      if (!made && !items.has(material)) refuse('UNKNOWN_MATERIAL', `${name} needs ${material}, which is neither an item nor a product.`, { product: name, material });
      return { name: material, qty, made };
    });
    products.set(name, { name, materials, ops: precedenceOrder(name, ops) });
  }
  refuseBomCycles(products);
  refuseImpossibleOperations(now, workcenters, members, products);
  const ids = new Set<string>();
  const orders: Order[] = m.orders.map((o, index) => {
    if (ids.has(o.id)) refuse('DUPLICATE_ORDER', `Two orders have the id ${o.id}.`, { order: o.id });
    ids.add(o.id);
    if (!products.has(o.product)) refuse('UNKNOWN_PRODUCT', `Order ${o.id} is for ${o.product}, which is not a product.`, { order: o.id, product: o.product });
    return { id: o.id, product: o.product, qty: o.qty, due: o.due, release: o.release ?? now, priority: o.priority ?? 0, index, parent: null };
  });
  return { now, workcenters, members, items, products, orders };
}

/** An operation that could never be placed is refused up front (reported, never a hang). */
function refuseImpossibleOperations(now: number, workcenters: ReadonlyMap<string, Workcenter>, members: readonly Member[], products: ReadonlyMap<string, Product>) {
  for (const product of products.values()) {
    for (const op of product.ops) {
      if (op.outsourced) continue;
      const wc = workcenters.get(op.wc)!;
      const last = wc.calendar[wc.calendar.length - 1];
      if (wc.lanes === 0 || !last || last[1] <= now) {
        refuse('NO_CAPACITY', `Operation ${op.id} of ${product.name} is on ${wc.name}, which never has capacity.`, { product: product.name, op: op.id, wc: wc.name });
      }
      if (op.skill !== null && !members.some((member) => member.skills.has(op.skill!))) {
        refuse('NO_SKILL', `Operation ${op.id} of ${product.name} needs the skill ${op.skill}, which no member has.`, { product: product.name, op: op.id, skill: op.skill });
      }
    }
  }
}
