/**
 * The shop as stored, read in one pass: each list method answers from here, and the plan is built from the
 * same snapshot (a scenario changes a copy of it, never the database).
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema';
import type { item, order, partner, product, workcenter } from '../../../shared/contract/planning';

export type WorkcenterRow = z.infer<typeof workcenter>;
export type ItemRow = z.infer<typeof item>;
export type PartnerRow = z.infer<typeof partner>;
export type ProductRow = z.infer<typeof product>;
export type OrderRow = z.infer<typeof order>;
export interface MemberRow {
  id: number;
  number: number;
  name: string;
  skills: string[];
}

export interface Shop {
  workcenters: WorkcenterRow[];
  items: ItemRow[];
  partners: PartnerRow[];
  products: ProductRow[];
  orders: OrderRow[];
  /** Members with at least one skill: the only ones an operation can need. */
  members: MemberRow[];
}

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
};

export async function loadWorkcenters(db: Kysely<DB>): Promise<WorkcenterRow[]> {
  const [wcs, shifts, exceptions, maintenance, breakdowns] = await Promise.all([
    db.selectFrom('planning_workcenter').selectAll().orderBy('code').execute(),
    db.selectFrom('planning_shift').selectAll().orderBy('weekday').orderBy('start_minute').execute(),
    db.selectFrom('planning_calendar_exception').selectAll().orderBy('date').orderBy('start_minute').execute(),
    db.selectFrom('planning_maintenance').selectAll().orderBy('id').execute(),
    db.selectFrom('planning_breakdown').selectAll().orderBy('from_at').execute(),
  ]);
  const shiftsOf = groupBy(shifts, (s) => s.workcenter_id);
  const exceptionsOf = groupBy(exceptions, (e) => e.workcenter_id);
  const maintenanceOf = groupBy(maintenance, (m) => m.workcenter_id);
  const breakdownsOf = groupBy(breakdowns, (b) => b.workcenter_id);
  return wcs.map((wc) => {
    const own = (shiftsOf.get(wc.id) ?? []).map((s) => ({ weekday: s.weekday, start: s.start_minute, end: s.end_minute }));
    return {
      id: wc.id,
      code: wc.code,
      name: wc.name,
      lanes: wc.lanes,
      efficiency: wc.efficiency,
      shifts: own,
      exceptions: (exceptionsOf.get(wc.id) ?? []).map((e) => ({ date: e.date, kind: e.kind, start: e.start_minute, end: e.end_minute, note: e.note })),
      weeklyMinutes: wc.lanes * own.reduce((sum, s) => sum + s.end - s.start, 0),
      maintenance: (maintenanceOf.get(wc.id) ?? []).map((m) => ({
        id: m.id,
        workcenterId: m.workcenter_id,
        lane: m.lane,
        name: m.name,
        everyWeeks: m.every_weeks,
        everyRunHours: m.every_run_hours,
        durationMinutes: m.duration_minutes,
        firstDate: m.first_date,
        startMinute: m.start_minute,
      })),
      breakdowns: (breakdownsOf.get(wc.id) ?? []).map((b) => ({ id: b.id, workcenterId: b.workcenter_id, lane: b.lane, from: b.from_at, to: b.to_at, note: b.note })),
    };
  });
}

export async function loadItems(db: Kysely<DB>): Promise<ItemRow[]> {
  const [items, receipts] = await Promise.all([
    db.selectFrom('planning_item').selectAll().orderBy('code').execute(),
    db.selectFrom('planning_receipt').selectAll().orderBy('date').orderBy('id').execute(),
  ]);
  const receiptsOf = groupBy(receipts, (r) => r.item_id);
  return items.map((i) => ({
    id: i.id,
    code: i.code,
    name: i.name,
    unit: i.unit,
    onHand: i.on_hand,
    leadTimeDays: i.lead_time_days,
    supplier: i.supplier,
    receipts: (receiptsOf.get(i.id) ?? []).map((r) => ({ date: r.date, qty: r.qty })),
  }));
}

export async function loadPartners(db: Kysely<DB>): Promise<PartnerRow[]> {
  const rows = await db.selectFrom('planning_partner').selectAll().orderBy('name').execute();
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    takes: JSON.parse(p.takes_json) as string[],
    capacityPerWeek: p.capacity_per_week,
    leadTimeDays: p.lead_time_days,
    priceMinor: p.price_minor,
    contact: p.contact,
  }));
}

export async function loadProducts(db: Kysely<DB>): Promise<ProductRow[]> {
  const [products, ops, materials] = await Promise.all([
    db.selectFrom('planning_product').selectAll().orderBy('code').execute(),
    db.selectFrom('planning_operation').selectAll().orderBy('product_id').orderBy('seq').execute(),
    db.selectFrom('planning_material').selectAll().orderBy('product_id').orderBy('seq').execute(),
  ]);
  const opsOf = groupBy(ops, (o) => o.product_id);
  const materialsOf = groupBy(materials, (m) => m.product_id);
  return products.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    operations: (opsOf.get(p.id) ?? []).map((o) => ({
      code: o.code,
      name: o.name,
      workcenterId: o.workcenter_id,
      partnerId: o.partner_id,
      setupMinutes: o.setup_minutes,
      runMinutesPerUnit: o.run_minutes,
      skill: o.skill,
      waitAfterMinutes: o.wait_after_minutes,
      leadTimeDays: o.lead_time_days,
      costMinor: o.cost_minor,
      after: o.after_json === null ? null : (JSON.parse(o.after_json) as string[]),
    })),
    materials: (materialsOf.get(p.id) ?? []).map((m) => ({ itemId: m.item_id, productId: m.component_id, qty: m.qty })),
  }));
}

export async function loadOrders(db: Kysely<DB>, status: OrderRow['status'] | null = null): Promise<OrderRow[]> {
  let query = db
    .selectFrom('planning_order as o')
    .innerJoin('planning_product as p', 'p.id', 'o.product_id')
    .select(['o.id', 'o.code', 'o.product_id', 'p.name as product_name', 'o.qty', 'o.release_at', 'o.due_at', 'o.priority', 'o.status', 'o.customer']);
  if (status !== null) query = query.where('o.status', '=', status);
  const rows = await query.orderBy('o.due_at').orderBy('o.code').execute();
  return rows.map((o) => ({
    id: o.id,
    code: o.code,
    productId: o.product_id,
    productName: o.product_name,
    qty: o.qty,
    release: o.release_at,
    due: o.due_at,
    priority: o.priority,
    status: o.status,
    customer: o.customer,
  }));
}

/** Members and their skills (all members with `everyone`, else only the skilled), by member number. */
export async function loadMembers(db: Kysely<DB>, everyone: boolean): Promise<MemberRow[]> {
  const [members, skills] = await Promise.all([
    db.selectFrom('member').select(['id', 'member_number', 'first_names', 'last_names', 'status']).orderBy('member_number').execute(),
    db.selectFrom('planning_skill').selectAll().orderBy('skill').execute(),
  ]);
  const skillsOf = groupBy(skills, (s) => s.member_id);
  return members
    .map((m) => ({ id: m.id, number: m.member_number, name: `${m.first_names} ${m.last_names}`, skills: (skillsOf.get(m.id) ?? []).map((s) => s.skill) }))
    .filter((m) => everyone || m.skills.length > 0);
}

export async function loadShop(db: Kysely<DB>): Promise<Shop> {
  const [workcenters, items, partners, products, orders, members] = await Promise.all([
    loadWorkcenters(db),
    loadItems(db),
    loadPartners(db),
    loadProducts(db),
    loadOrders(db),
    loadMembers(db, false),
  ]);
  return { workcenters, items, partners, products, orders, members };
}
