/**
 * Finite-capacity forward list scheduling, one order at a time (rules/planning.md): orders sorted by the
 * rule, materials netted in that order, then each operation in precedence order into the earliest gap
 * where its lane, its member and both calendars allow it. Ties: earliest end, then the least-booked member
 * (when fairness is on), then member id, then lane index. Deterministic: no clock, no randomness.
 */
import { advance, firstWorkingInstant, intersect, normalise, type Calendar } from './calendar';
import type { Member, Operation, Order, PlanModel, PlanOptions, Workcenter } from './model';
import { refuse } from './model';
import { netMaterials, type MaterialState, type Purchase } from './materials';
import { Timeline } from './timeline';

export type LateReason = 'material' | 'capacity' | 'lead_time';

export interface PlannedOp {
  order: string;
  op: string;
  wc: string;
  lane: number | null;
  member: string | null;
  start: number;
  end: number;
  /** Working minutes booked (0 for an outsourced operation, which takes calendar time). */
  minutes: number;
  /** When it could have started: predecessors, waits, release and material; and the first working instant after that. */
  ready: number;
  earliest: number;
}

export interface PlannedOrder {
  id: string;
  product: string;
  parent: string | null;
  start: number;
  end: number;
  due: number;
  lateness: number;
  tardiness: number;
  reasons: LateReason[];
  materialReady: number;
}

export interface Plan {
  sequence: string[];
  ops: PlannedOp[];
  orders: PlannedOrder[];
  purchases: Purchase[];
}

/** Sub-assemblies of a multi-level bill of materials become orders planned just before the order they are for. */
function expand(model: PlanModel, order: Order): Order[] {
  const product = model.products.get(order.product)!;
  const children = product.materials
    .filter((m) => m.made)
    .flatMap((m) => expand(model, { ...order, id: `${order.id}/${m.name}`, product: m.name, qty: m.qty * order.qty, parent: order.id }));
  return [...children, order];
}

export function planningOrder(model: PlanModel, rule: PlanOptions['rule']): Order[] {
  const orders = [...model.orders];
  if (rule === 'EDD') {
    orders.sort((a, b) => a.priority - b.priority || a.due - b.due || a.release - b.release || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return orders.flatMap((order) => expand(model, order));
}

const workingMinutesOf = (op: Operation, qty: number, wc: Workcenter) => op.setup + Math.ceil((op.run * qty) / wc.efficiency - 1e-9);

class Bookings {
  readonly lanes = new Map<string, Timeline[]>();
  readonly members = new Map<string, Timeline>();
  readonly load = new Map<string, number>();
  /** Each work centre's calendar shared with each member's, computed once. */
  private readonly pairs = new Map<string, Map<Member, Calendar>>();

  constructor(private readonly model: PlanModel) {
    for (const wc of model.workcenters.values()) {
      const lanes = Array.from({ length: wc.lanes }, () => new Timeline());
      for (let lane = 0; lane < wc.lanes; lane += 1) {
        for (const [s, e] of normalise(wc.blocks.filter((b) => b.lane === lane).map((b) => [b.start, b.end] as const))) lanes[lane]!.book(s, e);
      }
      this.lanes.set(wc.name, lanes);
    }
    for (const member of model.members) {
      this.members.set(member.name, new Timeline());
      this.load.set(member.name, 0);
    }
  }

  private readonly bySkill = new Map<string, Member[]>();

  /** The members who have a skill, in member-id order (computed once per skill). */
  qualified(skill: string): readonly Member[] {
    let members = this.bySkill.get(skill);
    if (!members) {
      members = this.model.members.filter((m) => m.skills.has(skill));
      this.bySkill.set(skill, members);
    }
    return members;
  }

  calendarOf(wc: Workcenter, member: Member | null): Calendar {
    if (!member) return wc.calendar;
    let byMember = this.pairs.get(wc.name);
    if (!byMember) {
      byMember = new Map();
      this.pairs.set(wc.name, byMember);
    }
    let calendar = byMember.get(member);
    if (!calendar) {
      calendar = intersect(wc.calendar, member.calendar);
      byMember.set(member, calendar);
    }
    return calendar;
  }
}

interface Placement {
  lane: number;
  member: Member | null;
  start: number;
  end: number;
  earliest: number;
}

/**
 * The earliest gap from `ready` where the lane (and the member) are free for the whole span; null if the
 * calendar runs out, or once the span would end after `bound` (a candidate already found ends by then).
 */
function earliestGap(calendar: Calendar, ready: number, minutes: number, lane: Timeline | null, member: Timeline | null, bound: number): { start: number; end: number } | null {
  let t = ready;
  for (;;) {
    const start = firstWorkingInstant(calendar, t);
    if (start === null) return null;
    const end = advance(calendar, start, minutes);
    if (end === null || end > bound) return null;
    const onLane = lane?.clash(start, end) ?? null;
    const onMember = member?.clash(start, end) ?? null;
    if (!onLane && !onMember) return { start, end };
    // A later start only ends later, so it clears a booking only from that booking's end on.
    t = Math.max(onLane?.[1] ?? t, onMember?.[1] ?? t);
  }
}

function better(a: Placement, b: Placement, options: PlanOptions, load: ReadonlyMap<string, number>): boolean {
  if (a.end !== b.end) return a.end < b.end;
  if (a.member && b.member && a.member !== b.member) {
    if (options.fairness) {
      const la = load.get(a.member.name)!;
      const lb = load.get(b.member.name)!;
      if (la !== lb) return la < lb;
    }
    return a.member.name < b.member.name;
  }
  return a.lane < b.lane;
}

function place(model: PlanModel, options: PlanOptions, bookings: Bookings, op: Operation, wc: Workcenter, ready: number, minutes: number, where: string): Placement {
  const qualified = op.skill === null ? [null] : bookings.qualified(op.skill);
  // The least-booked first: the first candidates tried usually win, and their end bounds the others' search.
  // The order tried never changes the choice, which `better` alone makes.
  const candidates = options.fairness && qualified.length > 1 ? [...qualified].sort((a, b) => bookings.load.get(a!.name)! - bookings.load.get(b!.name)!) : qualified;
  const finite = options.mode === 'finite';
  const lanes = finite ? wc.lanes : 1;
  const laneTimelines = bookings.lanes.get(wc.name)!;
  let best: Placement | null = null;
  for (const member of candidates) {
    const calendar = bookings.calendarOf(wc, member);
    const earliest = firstWorkingInstant(calendar, ready);
    if (earliest === null) continue;
    const memberTimeline = finite && member ? bookings.members.get(member.name)! : null;
    for (let lane = 0; lane < lanes; lane += 1) {
      const bound = best ? best.end : Infinity;
      const gap = earliestGap(calendar, ready, minutes, finite ? laneTimelines[lane]! : null, memberTimeline, bound);
      if (!gap) continue;
      const candidate = { lane, member, start: gap.start, end: gap.end, earliest };
      if (!best || better(candidate, best, options, bookings.load)) best = candidate;
    }
  }
  if (!best) refuse('CANNOT_PLACE', `Operation ${where} cannot be placed: its work centre and members have no working time left for ${minutes} minutes.`, { op: where, minutes });
  return best;
}

interface Undo {
  timeline: Timeline;
  start: number;
  end: number;
}

/**
 * The plan being built: its bookings, the materials left and each order's completion. `quote` places one
 * tentative order against the plan as it stands (after every planned order, so it moves none of them) and
 * takes its bookings back, so "when can we deliver?" costs one order's placement, not a re-plan.
 */
export class Planner {
  private readonly bookings: Bookings;
  private materials: MaterialState = new Map();
  private readonly completion = new Map<string, number>();
  readonly plan: Plan = { sequence: [], ops: [], orders: [], purchases: [] };

  constructor(
    private readonly model: PlanModel,
    private readonly options: PlanOptions,
  ) {
    this.bookings = new Bookings(model);
  }

  planAll(): Plan {
    for (const order of planningOrder(this.model, this.options.rule)) this.planOrder(order, this.plan, null);
    return this.plan;
  }

  /** The tentative order's plan (sub-assemblies first); the plan itself is left as it was. */
  quote(order: Omit<Order, 'index' | 'parent'>): Plan {
    if (!this.model.products.has(order.product)) refuse('UNKNOWN_PRODUCT', `Order ${order.id} is for ${order.product}, which is not a product.`, { order: order.id, product: order.product });
    const undo: Undo[] = [];
    const loads = new Map(this.bookings.load);
    const materials = this.materials;
    this.materials = new Map([...materials].map(([item, left]) => [item, { onHand: left.onHand, receipts: left.receipts.map(([t, q]) => [t, q] as [number, number]) }]));
    const quoted: Plan = { sequence: [], ops: [], orders: [], purchases: [] };
    try {
      for (const part of expand(this.model, { ...order, index: this.model.orders.length, parent: null })) this.planOrder(part, quoted, undo);
      return quoted;
    } finally {
      for (const { timeline, start, end } of undo) timeline.unbook(start, end);
      for (const [member, load] of loads) this.bookings.load.set(member, load);
      for (const part of quoted.orders) this.completion.delete(part.id);
      this.materials = materials;
    }
  }

  private book(timeline: Timeline, start: number, end: number, undo: Undo[] | null) {
    timeline.book(start, end);
    undo?.push({ timeline, start, end });
  }

  private planOrder(order: Order, plan: Plan, undo: Undo[] | null): void {
    const { model, options, bookings } = this;
    plan.sequence.push(order.id);
    const product = model.products.get(order.product)!;
    const purchased = netMaterials(model, this.materials, order, plan.purchases);
    const made = product.materials.filter((m) => m.made).map((m) => this.completion.get(`${order.id}/${m.name}`)!);
    const materialReady = Math.max(purchased, ...made);
    const ends = new Map<string, { end: number; wait: number }>();
    const opened = Math.max(model.now, order.release, materialReady);
    let capacityWait = false;
    let first = Infinity;
    let last = -Infinity;
    for (const op of product.ops) {
      const ready = Math.max(opened, ...op.after.map((id) => ends.get(id)!.end + ends.get(id)!.wait));
      const wc = model.workcenters.get(op.wc)!;
      let planned: PlannedOp;
      if (op.outsourced) {
        planned = { order: order.id, op: op.id, wc: op.wc, lane: null, member: null, start: ready, end: ready + op.lead, minutes: 0, ready, earliest: ready };
      } else {
        const minutes = workingMinutesOf(op, order.qty, wc);
        const p = place(model, options, bookings, op, wc, ready, minutes, `${op.id} of order ${order.id}`);
        if (options.mode === 'finite') {
          this.book(bookings.lanes.get(wc.name)![p.lane]!, p.start, p.end, undo);
          if (p.member) this.book(bookings.members.get(p.member.name)!, p.start, p.end, undo);
        }
        if (p.member) bookings.load.set(p.member.name, bookings.load.get(p.member.name)! + minutes);
        if (p.start > p.earliest) capacityWait = true;
        planned = { order: order.id, op: op.id, wc: op.wc, lane: p.lane, member: p.member?.name ?? null, start: p.start, end: p.end, minutes, ready, earliest: p.earliest };
      }
      plan.ops.push(planned);
      ends.set(op.id, { end: planned.end, wait: op.waitAfter });
      first = Math.min(first, planned.start);
      last = Math.max(last, planned.end);
    }
    if (product.ops.length === 0) first = last = opened;
    this.completion.set(order.id, last);
    const lateness = last - order.due;
    const reasons: LateReason[] = [];
    if (lateness > 0) {
      if (materialReady > Math.max(model.now, order.release)) reasons.push('material');
      if (capacityWait) reasons.push('capacity');
      if (reasons.length === 0) reasons.push('lead_time');
    }
    plan.orders.push({
      id: order.id,
      product: order.product,
      parent: order.parent,
      start: first,
      end: last,
      due: order.due,
      lateness,
      tardiness: Math.max(0, lateness),
      reasons,
      materialReady,
    });
  }
}

export function schedule(model: PlanModel, options: PlanOptions): Plan {
  return new Planner(model, options).planAll();
}
