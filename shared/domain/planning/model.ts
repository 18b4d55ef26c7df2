/**
 * The planner's model in exact, checked form: work centres with their lanes and calendars, members with
 * skills, purchased items, products with routings in precedence order, and orders (sub-assemblies of a
 * multi-level bill of materials become orders of their own, planned just before their parent). Every
 * reference is resolved here, so a plan never hangs on a cycle, a work centre with no capacity or a skill
 * nobody has: each is refused with what and where.
 */
import { RuleRefusal } from '../rule-refusal';
import { ALWAYS, normalise, type Calendar } from './calendar';

export interface Workcenter {
  name: string;
  lanes: number;
  efficiency: number;
  calendar: Calendar;
  /** Maintenance and firm work per lane: wall-clock `[start, end)` with its reason. */
  blocks: readonly { lane: number; start: number; end: number; reason: string }[];
  outsourced: boolean;
}

export interface Member {
  name: string;
  skills: ReadonlySet<string>;
  calendar: Calendar;
}

export interface Item {
  name: string;
  onHand: number;
  leadTime: number;
  /** Scheduled receipts, earliest first: `[time, qty]`. */
  receipts: readonly (readonly [number, number])[];
}

export interface Operation {
  id: string;
  wc: string;
  setup: number;
  /** Minutes per unit. */
  run: number;
  skill: string | null;
  waitAfter: number;
  outsourced: boolean;
  lead: number;
  after: readonly string[];
}

export interface Product {
  name: string;
  /** Per unit of the product: purchased items and (multi-level) other products. */
  materials: readonly { name: string; qty: number; made: boolean }[];
  /** In an order where every operation comes after its predecessors. */
  ops: readonly Operation[];
}

export interface Order {
  id: string;
  product: string;
  qty: number;
  due: number;
  release: number;
  priority: number;
  /** Place in the input, for FIFO and the last tie-break. */
  index: number;
  /** For a sub-assembly: the order it is made for. */
  parent: string | null;
}

export interface PlanOptions {
  rule: 'EDD' | 'FIFO';
  fairness: boolean;
  mode: 'finite' | 'infinite';
}

export interface PlanModel {
  now: number;
  workcenters: ReadonlyMap<string, Workcenter>;
  /** Sorted by name, so "member id" ties are decided alike everywhere. */
  members: readonly Member[];
  items: ReadonlyMap<string, Item>;
  products: ReadonlyMap<string, Product>;
  orders: readonly Order[];
}

export function refuse(code: string, message: string, params: Record<string, string | number> = {}): never {
  throw new RuleRefusal(`planning:errors.${code}`, message, params);
}

export { ALWAYS, normalise };

/** Orders each routing by precedence (an op without `after` follows the previous one); refuses a cycle. */
export function precedenceOrder(product: string, ops: readonly Operation[]): Operation[] {
  const byId = new Map(ops.map((op) => [op.id, op]));
  if (byId.size !== ops.length) refuse('DUPLICATE_OPERATION', `Product ${product} has two operations with the same id.`, { product });
  for (const op of ops) {
    for (const before of op.after) {
      if (!byId.has(before)) refuse('UNKNOWN_PREDECESSOR', `Operation ${op.id} of ${product} comes after ${before}, which the routing does not have.`, { product, op: op.id, before });
    }
  }
  const done = new Set<string>();
  const visiting: string[] = [];
  const ordered: Operation[] = [];
  const visit = (op: Operation) => {
    if (done.has(op.id)) return;
    const at = visiting.indexOf(op.id);
    if (at >= 0) {
      const cycle = [...visiting.slice(at), op.id].join(' → ');
      refuse('ROUTING_CYCLE', `The routing of ${product} goes round in a cycle: ${cycle}.`, { product, cycle });
    }
    visiting.push(op.id);
    for (const before of op.after) visit(byId.get(before)!);
    visiting.pop();
    done.add(op.id);
    ordered.push(op);
  };
  for (const op of ops) visit(op);
  return ordered;
}

/** Refuses a bill of materials in which a product is, at some level, made of itself. */
export function refuseBomCycles(products: ReadonlyMap<string, Product>): void {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (name: string) => {
    if (done.has(name)) return;
    const at = path.indexOf(name);
    if (at >= 0) {
      const cycle = [...path.slice(at), name].join(' → ');
      refuse('BOM_CYCLE', `The bill of materials goes round in a cycle: ${cycle}.`, { cycle });
    }
    path.push(name);
    for (const material of products.get(name)!.materials) if (material.made) visit(material.name);
    path.pop();
    done.add(name);
  };
  for (const name of products.keys()) visit(name);
}
