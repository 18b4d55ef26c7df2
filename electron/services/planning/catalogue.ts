/** Purchased items (stock, supplier lead time, scheduled receipts) and partner cooperatives. */
import type { z } from 'zod';
import { inTransaction, type ServiceContext } from '../core';
import type { itemInput, partnerInput } from '../../../shared/contract/planning';
import { loadItems, loadPartners, type ItemRow, type PartnerRow } from './rows';
import { mustExist, refuse } from './refusals';

export async function saveItem(ctx: ServiceContext, input: z.output<typeof itemInput>): Promise<ItemRow> {
  const id = await inTransaction(ctx, async (trx, audit) => {
    const clash = await trx.selectFrom('planning_item').select('id').where('code', '=', input.code).executeTakeFirst();
    if (clash && clash.id !== input.id) refuse('DUPLICATE', 'DUPLICATE_CODE', `The code ${input.code} is already taken.`, { code: input.code });
    const product = await trx.selectFrom('planning_product').select('id').where('code', '=', input.code).executeTakeFirst();
    if (product) refuse('DUPLICATE', 'DUPLICATE_CODE', `The code ${input.code} is already taken.`, { code: input.code });
    const values = { code: input.code, name: input.name, unit: input.unit, on_hand: input.onHand, lead_time_days: input.leadTimeDays, supplier: input.supplier };
    let itemId = input.id;
    let before: unknown = null;
    if (itemId === null) itemId = (await trx.insertInto('planning_item').values(values).returning('id').executeTakeFirstOrThrow()).id;
    else {
      before = mustExist(await trx.selectFrom('planning_item').selectAll().where('id', '=', itemId).executeTakeFirst(), 'item', itemId);
      await trx.updateTable('planning_item').set(values).where('id', '=', itemId).execute();
      await trx.deleteFrom('planning_receipt').where('item_id', '=', itemId).execute();
    }
    const owner = itemId;
    if (input.receipts.length > 0) await trx.insertInto('planning_receipt').values(input.receipts.map((r) => ({ item_id: owner, date: r.date, qty: r.qty }))).execute();
    await audit({ action: input.id === null ? 'planning.item.create' : 'planning.item.update', entity: 'planning_item', entityId: itemId, before, after: input });
    return itemId;
  });
  return (await loadItems(ctx.db)).find((i) => i.id === id)!;
}

export async function removeItem(ctx: ServiceContext, id: number): Promise<{ removed: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = mustExist(await trx.selectFrom('planning_item').selectAll().where('id', '=', id).executeTakeFirst(), 'item', id);
    const used = await trx.selectFrom('planning_material as m').innerJoin('planning_product as p', 'p.id', 'm.product_id').select('p.code').where('m.item_id', '=', id).executeTakeFirst();
    if (used) refuse('CONFLICT', 'ITEM_IN_USE', `Item ${row.code} is in the bill of materials of ${used.code}.`, { item: row.code, product: used.code });
    await trx.deleteFrom('planning_item').where('id', '=', id).execute();
    await audit({ action: 'planning.item.remove', entity: 'planning_item', entityId: id, before: row, after: null });
    return { removed: true as const };
  });
}

export async function savePartner(ctx: ServiceContext, input: z.output<typeof partnerInput>): Promise<PartnerRow> {
  const id = await inTransaction(ctx, async (trx, audit) => {
    const clash = await trx.selectFrom('planning_partner').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== input.id) refuse('DUPLICATE', 'DUPLICATE_CODE', `The code ${input.name} is already taken.`, { code: input.name });
    const values = {
      name: input.name,
      takes_json: JSON.stringify(input.takes),
      capacity_per_week: input.capacityPerWeek,
      lead_time_days: input.leadTimeDays,
      price_minor: input.priceMinor,
      contact: input.contact,
    };
    let partnerId = input.id;
    let before: unknown = null;
    if (partnerId === null) partnerId = (await trx.insertInto('planning_partner').values(values).returning('id').executeTakeFirstOrThrow()).id;
    else {
      before = mustExist(await trx.selectFrom('planning_partner').selectAll().where('id', '=', partnerId).executeTakeFirst(), 'partner', partnerId);
      await trx.updateTable('planning_partner').set(values).where('id', '=', partnerId).execute();
    }
    await audit({ action: input.id === null ? 'planning.partner.create' : 'planning.partner.update', entity: 'planning_partner', entityId: partnerId, before, after: input });
    return partnerId;
  });
  return (await loadPartners(ctx.db)).find((p) => p.id === id)!;
}

export async function removePartner(ctx: ServiceContext, id: number): Promise<{ removed: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = mustExist(await trx.selectFrom('planning_partner').selectAll().where('id', '=', id).executeTakeFirst(), 'partner', id);
    const used = await trx.selectFrom('planning_operation as o').innerJoin('planning_product as p', 'p.id', 'o.product_id').select(['p.code', 'o.code as op']).where('o.partner_id', '=', id).executeTakeFirst();
    if (used) refuse('CONFLICT', 'PARTNER_IN_USE', `${row.name} takes operation ${used.op} of ${used.code}.`, { partner: row.name, product: used.code, op: used.op });
    await trx.deleteFrom('planning_partner').where('id', '=', id).execute();
    await audit({ action: 'planning.partner.remove', entity: 'planning_partner', entityId: id, before: row, after: null });
    return { removed: true as const };
  });
}
