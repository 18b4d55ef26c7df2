/**
 * Material netting in planning order (rules/planning.md step 2): each purchased input from stock on hand,
 * then scheduled receipts in time order, then a purchase ordered now that arrives after its lead time. An
 * order's material-ready time is when its last input is there.
 */
import type { Order, PlanModel } from './model';

export interface Purchase {
  item: string;
  qty: number;
  order_by: number;
  arrives: number;
  /** The order the purchase is for. */
  for: string;
}

/** What is left of each item: stock on hand, and each scheduled receipt's remaining quantity. */
export type MaterialState = Map<string, { onHand: number; receipts: [number, number][] }>;

export function netMaterials(model: PlanModel, state: MaterialState, order: Order, purchases: Purchase[]): number {
  let ready = model.now;
  const product = model.products.get(order.product)!;
  for (const material of product.materials) {
    if (material.made) continue;
    const item = model.items.get(material.name)!;
    let left = state.get(item.name);
    if (!left) {
      left = { onHand: item.onHand, receipts: item.receipts.map(([t, q]) => [t, q] as [number, number]) };
      state.set(item.name, left);
    }
    let need = material.qty * order.qty;
    const fromStock = Math.min(need, left.onHand);
    left.onHand -= fromStock;
    need -= fromStock;
    for (const receipt of left.receipts) {
      if (need <= 0) break;
      const take = Math.min(need, receipt[1]);
      if (take <= 0) continue;
      receipt[1] -= take;
      need -= take;
      ready = Math.max(ready, receipt[0]);
    }
    if (need > 0) {
      const arrives = model.now + item.leadTime;
      purchases.push({ item: item.name, qty: need, order_by: model.now, arrives, for: order.id });
      ready = Math.max(ready, arrives);
    }
  }
  return ready;
}
