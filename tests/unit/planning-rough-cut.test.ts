/**
 * The rough-cut view of rules/planning.md's issue: a week whose load exceeds its capacity has the excess
 * suggested into earlier weeks with slack, latest first; and a lane's next free slot skips its bookings,
 * blocks and non-working time.
 */
import { describe, expect, it } from 'vitest';
import { buildAheadSuggestions, modelOf, nextFreeSlots, schedule, weeklyFigures } from '../../shared/domain/planning';

describe('rough cut', () => {
  it('moves a week’s excess load into the latest earlier weeks with slack, and leaves what none can take', () => {
    const weeks = [
      { wc: 'W', week: 0, booked: 0, available: 100, load: 40 },
      { wc: 'W', week: 1, booked: 0, available: 100, load: 90 },
      { wc: 'W', week: 2, booked: 0, available: 100, load: 170 },
    ];
    expect(buildAheadSuggestions(weeks)).toEqual([
      { wc: 'W', fromWeek: 2, toWeek: 1, minutes: 10 },
      { wc: 'W', fromWeek: 2, toWeek: 0, minutes: 60 },
    ]);
    expect(buildAheadSuggestions([{ wc: 'W', week: 0, booked: 0, available: 100, load: 150 }])).toEqual([]);
  });

  it('splits booked, available and infinite load by week, and finds each lane’s next free instant', () => {
    const model = modelOf({
      model: {
        workcenters: { PRESS: { capacity: 2, calendar: [[0, 480], [1440, 1920]], blocks: [[1, 0, 120, 'maintenance']] } },
        products: { p: { ops: [{ id: 'press', wc: 'PRESS', setup: 300 }] } },
        orders: [
          { id: 'A', product: 'p', qty: 1, due: 480 },
          { id: 'B', product: 'p', qty: 1, due: 480 },
        ],
      },
    });
    const finite = schedule(model, { rule: 'EDD', fairness: true, mode: 'finite' });
    const infinite = schedule(model, { rule: 'EDD', fairness: true, mode: 'infinite' });
    // A on lane 0 from 0 to 300; B on lane 1 after the block, 120 to 420.
    expect(finite.ops.map((o) => [o.order, o.lane, o.start, o.end])).toEqual([
      ['A', 0, 0, 300],
      ['B', 1, 120, 420],
    ]);
    const [day0, day1] = weeklyFigures(model, finite.ops, infinite.ops, [
      [0, 1440],
      [1440, 2880],
    ]);
    expect(day0).toEqual({ wc: 'PRESS', week: 0, booked: 600, available: 2 * 480 - 120, load: 600 });
    expect(day1).toEqual({ wc: 'PRESS', week: 1, booked: 0, available: 960, load: 0 });
    expect(nextFreeSlots(model, finite.ops)).toEqual([
      { wc: 'PRESS', lane: 0, minute: 300 },
      { wc: 'PRESS', lane: 1, minute: 420 },
    ]);
  });
});
