/**
 * Products: a routing (operations in the shop or sent to a partner, parallel branches by naming their
 * predecessors, a wait after each) and a bill of materials (items and other products). A routing with a
 * cycle, or a bill of materials in which a product is made of itself at some level, is refused with the
 * pure planner's own refusal, and nothing is written.
 */
import type { z } from 'zod';
import { inTransaction, type ServiceContext } from '../core';
import type { productInput } from '../../../shared/contract/planning';
import { precedenceOrder, refuseBomCycles, type Operation, type Product } from '../../../shared/domain/planning/model';
import { asDomainError } from './build';
import { loadProducts, type ProductRow } from './rows';
import { mustExist, refuse } from './refusals';

type ProductInput = z.output<typeof productInput>;

function checkRouting(input: ProductInput): void {
  const ops: Operation[] = input.operations.map((op, i) => ({
    id: op.code,
    wc: '',
    setup: 0,
    run: 0,
    skill: null,
    waitAfter: 0,
    outsourced: false,
    lead: 0,
    after: op.after ?? (i > 0 ? [input.operations[i - 1]!.code] : []),
  }));
  try {
    precedenceOrder(input.code, ops);
  } catch (error) {
    asDomainError(error);
  }
}

export async function saveProduct(ctx: ServiceContext, input: ProductInput): Promise<ProductRow> {
  checkRouting(input);
  const id = await inTransaction(ctx, async (trx, audit) => {
    const clash = await trx.selectFrom('planning_product').select('id').where('code', '=', input.code).executeTakeFirst();
    if (clash && clash.id !== input.id) refuse('DUPLICATE', 'DUPLICATE_CODE', `The code ${input.code} is already taken.`, { code: input.code });
    const item = await trx.selectFrom('planning_item').select('id').where('code', '=', input.code).executeTakeFirst();
    if (item) refuse('DUPLICATE', 'DUPLICATE_CODE', `The code ${input.code} is already taken.`, { code: input.code });
    for (const op of input.operations) {
      if (op.workcenterId !== null) mustExist(await trx.selectFrom('planning_workcenter').select('id').where('id', '=', op.workcenterId).executeTakeFirst(), 'work centre', op.workcenterId);
      if (op.partnerId !== null) mustExist(await trx.selectFrom('planning_partner').select('id').where('id', '=', op.partnerId).executeTakeFirst(), 'partner', op.partnerId);
    }
    for (const m of input.materials) {
      if (m.itemId !== null) mustExist(await trx.selectFrom('planning_item').select('id').where('id', '=', m.itemId).executeTakeFirst(), 'item', m.itemId);
      if (m.productId !== null && m.productId !== input.id) mustExist(await trx.selectFrom('planning_product').select('id').where('id', '=', m.productId).executeTakeFirst(), 'product', m.productId);
    }
    let productId = input.id;
    let before: unknown = null;
    if (productId === null) productId = (await trx.insertInto('planning_product').values({ code: input.code, name: input.name }).returning('id').executeTakeFirstOrThrow()).id;
    else {
      before = mustExist(await trx.selectFrom('planning_product').selectAll().where('id', '=', productId).executeTakeFirst(), 'product', productId);
      await trx.updateTable('planning_product').set({ code: input.code, name: input.name }).where('id', '=', productId).execute();
      await trx.deleteFrom('planning_operation').where('product_id', '=', productId).execute();
      await trx.deleteFrom('planning_material').where('product_id', '=', productId).execute();
    }
    const owner = productId;
    if (input.operations.length > 0) {
      await trx
        .insertInto('planning_operation')
        .values(
          input.operations.map((op, seq) => ({
            product_id: owner,
            seq,
            code: op.code,
            name: op.name,
            workcenter_id: op.workcenterId,
            partner_id: op.partnerId,
            setup_minutes: op.setupMinutes,
            run_minutes: op.runMinutesPerUnit,
            skill: op.skill,
            wait_after_minutes: op.waitAfterMinutes,
            lead_time_days: op.leadTimeDays,
            cost_minor: op.costMinor,
            after_json: op.after === null ? null : JSON.stringify(op.after),
          })),
        )
        .execute();
    }
    if (input.materials.length > 0) {
      await trx
        .insertInto('planning_material')
        .values(input.materials.map((m, seq) => ({ product_id: owner, seq, item_id: m.itemId, component_id: m.productId, qty: m.qty })))
        .execute();
    }
    // The whole bill of materials as it would stand: a cycle throws, and the transaction writes nothing.
    const graph = new Map<string, Product>();
    for (const p of await loadProducts(trx)) {
      graph.set(String(p.id), { name: String(p.id), ops: [], materials: p.materials.filter((m) => m.productId !== null).map((m) => ({ name: String(m.productId), qty: m.qty, made: true })) });
    }
    try {
      refuseBomCycles(graph);
    } catch (error) {
      const codes = new Map((await loadProducts(trx)).map((p) => [String(p.id), p.code]));
      const cycle = String((error as { params?: { cycle?: string } }).params?.cycle ?? '')
        .split(' → ')
        .map((pid) => codes.get(pid) ?? pid)
        .join(' → ');
      refuse('BAD_INPUT', 'BOM_CYCLE', `The bill of materials goes round in a cycle: ${cycle}.`, { cycle });
    }
    await audit({ action: input.id === null ? 'planning.product.create' : 'planning.product.update', entity: 'planning_product', entityId: owner, before, after: input });
    return owner;
  });
  return (await loadProducts(ctx.db)).find((p) => p.id === id)!;
}

export async function removeProduct(ctx: ServiceContext, id: number): Promise<{ removed: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = mustExist(await trx.selectFrom('planning_product').selectAll().where('id', '=', id).executeTakeFirst(), 'product', id);
    const ordered = await trx.selectFrom('planning_order').select('code').where('product_id', '=', id).executeTakeFirst();
    if (ordered) refuse('CONFLICT', 'PRODUCT_IN_USE', `Product ${row.code} has order ${ordered.code}.`, { product: row.code, used: ordered.code });
    const parent = await trx.selectFrom('planning_material as m').innerJoin('planning_product as p', 'p.id', 'm.product_id').select('p.code').where('m.component_id', '=', id).executeTakeFirst();
    if (parent) refuse('CONFLICT', 'PRODUCT_IN_USE', `Product ${row.code} is a component of ${parent.code}.`, { product: row.code, used: parent.code });
    await trx.deleteFrom('planning_product').where('id', '=', id).execute();
    await audit({ action: 'planning.product.remove', entity: 'planning_product', entityId: id, before: row, after: null });
    return { removed: true as const };
  });
}
