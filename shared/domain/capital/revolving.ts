/**
 * Revolving capital (US internal capital accounts): capital credited from a year's allocation is kept as a
 * layer of that year and paid out oldest first once the policy's number of years has passed.
 */
import { money, type Money } from '../money';

export interface Layer {
  allocationYear: number;
  amount: Money;
}

/** The layers due in `year`: those allocated at least `years` years before, oldest first. */
export function layersDue(layers: readonly Layer[], year: number, years: number): Layer[] {
  return layers
    .filter((layer) => layer.amount > 0 && layer.allocationYear + years <= year)
    .sort((a, b) => a.allocationYear - b.allocationYear);
}

/** Takes an amount out of the layers oldest first (a loss, a transfer): what each layer gives. */
export function drawOldestFirst(layers: readonly Layer[], amount: Money): Layer[] {
  let left = amount as number;
  const drawn: Layer[] = [];
  for (const layer of [...layers].sort((a, b) => a.allocationYear - b.allocationYear)) {
    if (left <= 0) break;
    const take = Math.min(layer.amount, left);
    if (take > 0) drawn.push({ allocationYear: layer.allocationYear, amount: money(take) });
    left -= take;
  }
  return drawn;
}
