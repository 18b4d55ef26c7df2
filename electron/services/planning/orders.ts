/**
 * Orders and members' skills. An order is planned, firm, started or done; firm and started orders keep
 * the places the last applied plan gave them when the rest is re-planned, and done ones leave the plan.
 */
import type { z } from 'zod';
import { inTransaction, type ServiceContext } from '../core';
import type { orderInput, OrderStatus } from '../../../shared/contract/planning';
import { loadMembers, loadOrders, type MemberRow, type OrderRow } from './rows';
import { mustExist, refuse } from './refusals';

const orderById = async (ctx: ServiceContext, id: number): Promise<OrderRow> => (await loadOrders(ctx.db)).find((o) => o.id === id)!;

export async function saveOrder(ctx: ServiceContext, input: z.output<typeof orderInput>): Promise<OrderRow> {
  const id = await inTransaction(ctx, async (trx, audit) => {
    mustExist(await trx.selectFrom('planning_product').select('id').where('id', '=', input.productId).executeTakeFirst(), 'product', input.productId);
    const clash = await trx.selectFrom('planning_order').select('id').where('code', '=', input.code).executeTakeFirst();
    if (clash && clash.id !== input.id) refuse('DUPLICATE', 'DUPLICATE_CODE', `The code ${input.code} is already taken.`, { code: input.code });
    const values = { code: input.code, product_id: input.productId, qty: input.qty, release_at: input.release, due_at: input.due, priority: input.priority, customer: input.customer };
    let orderId = input.id;
    let before: unknown = null;
    if (orderId === null) orderId = (await trx.insertInto('planning_order').values({ ...values, status: 'planned' }).returning('id').executeTakeFirstOrThrow()).id;
    else {
      const row = mustExist(await trx.selectFrom('planning_order').selectAll().where('id', '=', orderId).executeTakeFirst(), 'order', orderId);
      if (row.status !== 'planned') refuse('INVALID_TRANSITION', 'ORDER_FIXED', `Order ${row.code} is ${row.status}; set it back to planned to change it.`, { order: row.code, status: row.status });
      before = row;
      await trx.updateTable('planning_order').set(values).where('id', '=', orderId).execute();
    }
    await audit({ action: input.id === null ? 'planning.order.create' : 'planning.order.update', entity: 'planning_order', entityId: orderId, before, after: input });
    return orderId;
  });
  return orderById(ctx, id);
}

/** Planned ↔ firm → started → done; done is final. */
const allowed: Record<OrderStatus, readonly OrderStatus[]> = { planned: ['firm', 'started'], firm: ['planned', 'started'], started: ['done', 'firm'], done: [] };

export async function setOrderStatus(ctx: ServiceContext, input: { id: number; status: OrderStatus }): Promise<OrderRow> {
  await inTransaction(ctx, async (trx, audit) => {
    const row = mustExist(await trx.selectFrom('planning_order').selectAll().where('id', '=', input.id).executeTakeFirst(), 'order', input.id);
    if (row.status === input.status) return;
    if (!allowed[row.status].includes(input.status)) {
      refuse('INVALID_TRANSITION', 'ORDER_TRANSITION', `Order ${row.code} cannot go from ${row.status} to ${input.status}.`, { order: row.code, from: row.status, to: input.status });
    }
    await trx.updateTable('planning_order').set({ status: input.status }).where('id', '=', input.id).execute();
    await audit({ action: 'planning.order.status', entity: 'planning_order', entityId: input.id, before: { status: row.status }, after: { status: input.status } });
  });
  return orderById(ctx, input.id);
}

export async function removeOrder(ctx: ServiceContext, id: number): Promise<{ removed: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = mustExist(await trx.selectFrom('planning_order').selectAll().where('id', '=', id).executeTakeFirst(), 'order', id);
    if (row.status === 'started' || row.status === 'done') refuse('CONFLICT', 'ORDER_FIXED', `Order ${row.code} is ${row.status}; it stays on record.`, { order: row.code, status: row.status });
    await trx.deleteFrom('planning_order').where('id', '=', id).execute();
    await audit({ action: 'planning.order.remove', entity: 'planning_order', entityId: id, before: row, after: null });
    return { removed: true as const };
  });
}

export async function setSkills(ctx: ServiceContext, input: { memberId: number; skills: string[] }): Promise<MemberRow> {
  await inTransaction(ctx, async (trx, audit) => {
    mustExist(await trx.selectFrom('member').select('id').where('id', '=', input.memberId).executeTakeFirst(), 'member', input.memberId);
    const before = await trx.selectFrom('planning_skill').select('skill').where('member_id', '=', input.memberId).execute();
    await trx.deleteFrom('planning_skill').where('member_id', '=', input.memberId).execute();
    const skills = [...new Set(input.skills)];
    if (skills.length > 0) await trx.insertInto('planning_skill').values(skills.map((skill) => ({ member_id: input.memberId, skill }))).execute();
    await audit({ action: 'planning.skills.set', entity: 'planning_skill', entityId: input.memberId, before: before.map((s) => s.skill), after: skills });
  });
  return (await loadMembers(ctx.db, true)).find((m) => m.id === input.memberId)!;
}

export const skillsView = (m: MemberRow) => ({ memberId: m.id, memberNumber: m.number, name: m.name, skills: m.skills });
