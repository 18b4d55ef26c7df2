/**
 * The shop turned into the planner's model (the scenario file's form, then `modelOf`, so the database and
 * the file are planned by the same function and refused by the same rules). T0 is 00:00 of the plan's
 * first day; calendars are expanded over the horizon; maintenance plans and breakdowns become blocks on
 * their lane; firm and started orders keep the places the last applied plan gave them, as blocks.
 */
import type { Kysely } from 'kysely';
import type { ServiceContext } from '../core';
import type { DB } from '../../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import { RuleRefusal } from '../../../shared/domain/rule-refusal';
import { modelOf, type Interval, type PlanModel, type PlanScenario } from '../../../shared/domain/planning';
import { memberCalendars, without, workcenterCalendar } from './capacity';
import { Clock } from './time';
import type { Shop } from './rows';

const DAY = 1440;
const WEEK = 7 * DAY;
export const memberKey = (id: number) => String(id).padStart(9, '0');
export const partnerKey = (name: string) => `@${name}`;

/** An operation held where the last applied plan put it. */
export interface FixedOp {
  order: string;
  op: string;
  wc: string;
  lane: number | null;
  memberId: number | null;
  start: number;
  end: number;
}

export interface Block {
  wc: string;
  lane: number;
  start: number;
  end: number;
  reason: string;
  kind: 'maintenance' | 'breakdown';
}

export interface Built {
  clock: Clock;
  horizon: number;
  scenario: PlanScenario;
  model: PlanModel;
  fixed: FixedOp[];
  blocks: Block[];
  /** Run-hour maintenance, placed once the first pass shows where the run hours fall. */
  runHourPlans: { wc: string; lane: number; everyMinutes: number; duration: number; reason: string }[];
  memberCalendars: Map<number, Interval[]>;
}

export function asDomainError(error: unknown): never {
  if (error instanceof RuleRefusal) throw new DomainError('BAD_INPUT', error.message, { key: error.key, ...(error.params ? { params: error.params } : {}) });
  throw error;
}

/** Where the last applied plan put the operations of firm and started orders. */
export async function fixedOps(db: Kysely<DB>, shop: Shop, clock: Clock): Promise<FixedOp[]> {
  const held = new Set(shop.orders.filter((o) => o.status === 'firm' || o.status === 'started').map((o) => o.code));
  if (held.size === 0) return [];
  const last = await db.selectFrom('planning_applied').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!last) return [];
  const rows = await db.selectFrom('planning_applied_op').selectAll().where('plan_id', '=', last.id).execute();
  return rows
    .filter((r) => held.has(r.order_code.split('/')[0]!))
    .map((r) => ({ order: r.order_code, op: r.op_code, wc: r.workcenter, lane: r.lane, memberId: r.member_id, start: clock.minuteOf(r.start_at), end: clock.minuteOf(r.end_at) }));
}

export interface BuildOptions {
  t0: string;
  weeks: number;
  /** Extra blocks placed by an earlier pass (run-hour maintenance). */
  extraBlocks?: readonly Block[];
}

export async function buildModel(ctx: ServiceContext, shop: Shop, options: BuildOptions, fixed?: FixedOp[]): Promise<Built> {
  const clock = new Clock(options.t0);
  const open = shop.orders.filter((o) => o.status !== 'done');
  const lastDue = open.reduce((max, o) => Math.max(max, clock.dueMinuteOf(o.due)), 0);
  // The calendars reach past the last due date, so a late order still finds working time to end in.
  const days = Math.min(730, Math.max(options.weeks * 7, Math.ceil(lastDue / DAY) + 8 * 7));
  const horizon = days * DAY;
  const held = fixed ?? (await fixedOps(ctx.db, shop, clock));
  const heldOrders = new Set(held.map((f) => f.order.split('/')[0]!));
  const calendars = await memberCalendars(ctx, shop.members, clock, days);
  return assemble(shop, clock, horizon, days, held, heldOrders, calendars, options.extraBlocks ?? []);
}

function assemble(
  shop: Shop,
  clock: Clock,
  horizon: number,
  days: number,
  fixed: FixedOp[],
  heldOrders: ReadonlySet<string>,
  calendars: Map<number, Interval[]>,
  extraBlocks: readonly Block[],
): Built {
  const wcById = new Map(shop.workcenters.map((wc) => [wc.id, wc]));
  const partnerById = new Map(shop.partners.map((p) => [p.id, p]));
  const blocks: Block[] = [...extraBlocks];
  const runHourPlans: Built['runHourPlans'] = [];
  for (const wc of shop.workcenters) {
    for (const m of wc.maintenance) {
      if (m.lane >= wc.lanes) continue;
      if (m.everyWeeks !== null) {
        for (let t = clock.minuteOf(m.firstDate) + m.startMinute; t < horizon; t += m.everyWeeks * WEEK) {
          if (t + m.durationMinutes > 0) blocks.push({ wc: wc.code, lane: m.lane, start: t, end: t + m.durationMinutes, reason: m.name, kind: 'maintenance' });
        }
      } else if (m.everyRunHours !== null) {
        runHourPlans.push({ wc: wc.code, lane: m.lane, everyMinutes: m.everyRunHours * 60, duration: m.durationMinutes, reason: m.name });
      }
    }
    for (const b of wc.breakdowns) {
      if (b.lane >= wc.lanes) continue;
      const end = b.to === null ? horizon : clock.minuteOf(b.to);
      if (end > 0) blocks.push({ wc: wc.code, lane: b.lane, start: clock.minuteOf(b.from), end, reason: b.note ?? 'breakdown', kind: 'breakdown' });
    }
  }
  const workcenters: PlanScenario['model']['workcenters'] = {};
  for (const wc of shop.workcenters) {
    const own = blocks.filter((b) => b.wc === wc.code).map((b) => [b.lane, b.start, b.end, b.reason] as [number, number, number, string]);
    for (const f of fixed) if (f.wc === wc.code && f.lane !== null && f.lane < wc.lanes) own.push([f.lane, f.start, f.end, f.order]);
    workcenters[wc.code] = { capacity: wc.lanes, efficiency: wc.efficiency, calendar: workcenterCalendar(wc, clock, days).map(([s, e]) => [s, e]), blocks: own };
  }
  for (const p of shop.partners) workcenters[partnerKey(p.name)] = { outsourced: true };
  const members: NonNullable<PlanScenario['model']['members']> = {};
  for (const m of shop.members) {
    const busy = fixed.filter((f) => f.memberId === m.id).map((f) => [f.start, f.end] as const);
    members[memberKey(m.id)] = { skills: m.skills, calendar: without(calendars.get(m.id) ?? [], busy).map(([s, e]) => [s, e]) };
  }
  const items: NonNullable<PlanScenario['model']['items']> = {};
  for (const i of shop.items) items[i.code] = { on_hand: i.onHand, lead_time: i.leadTimeDays * DAY, receipts: i.receipts.map((r) => [clock.minuteOf(r.date), r.qty]) };
  const productById = new Map(shop.products.map((p) => [p.id, p]));
  const itemById = new Map(shop.items.map((i) => [i.id, i]));
  const products: PlanScenario['model']['products'] = {};
  for (const p of shop.products) {
    const materials: Record<string, number> = {};
    for (const m of p.materials) {
      const name = m.itemId !== null ? itemById.get(m.itemId)?.code : productById.get(m.productId!)?.code;
      if (name) materials[name] = (materials[name] ?? 0) + m.qty;
    }
    products[p.code] = {
      materials,
      ops: p.operations.map((op, i) => {
        const partner = op.partnerId !== null ? partnerById.get(op.partnerId) : undefined;
        const after = op.after ?? (i > 0 ? [p.operations[i - 1]!.code] : []);
        if (partner) return { id: op.code, wc: partnerKey(partner.name), outsourced: true, lead: (op.leadTimeDays || partner.leadTimeDays) * DAY, wait_after: op.waitAfterMinutes, after };
        const wc = wcById.get(op.workcenterId!)!;
        return { id: op.code, wc: wc.code, setup: op.setupMinutes, run: op.runMinutesPerUnit, ...(op.skill ? { skill: op.skill } : {}), wait_after: op.waitAfterMinutes, after };
      }),
    };
  }
  const orders = shop.orders
    .filter((o) => o.status !== 'done' && !heldOrders.has(o.code))
    .map((o) => ({ id: o.code, product: productById.get(o.productId)!.code, qty: o.qty, due: clock.dueMinuteOf(o.due), release: Math.max(0, clock.minuteOf(o.release)), priority: o.priority }));
  const scenario: PlanScenario = { model: { T0: `${clock.t0}T00:00:00`, now: 0, workcenters, members, items, products, orders } };
  let model: PlanModel;
  try {
    model = modelOf(scenario);
  } catch (error) {
    asDomainError(error);
  }
  return { clock, horizon, scenario, model, fixed, blocks, runHourPlans, memberCalendars: calendars };
}

/** The same shop with more blocks (the second pass of run-hour maintenance), without reading again. */
export function withBlocks(shop: Shop, built: Built, extra: readonly Block[]): Built {
  const heldOrders = new Set(built.fixed.map((f) => f.order.split('/')[0]!));
  return assemble(shop, built.clock, built.horizon, built.horizon / DAY, built.fixed, heldOrders, built.memberCalendars, [...extra]);
}
