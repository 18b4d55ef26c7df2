/**
 * Production planning (issue 11): a generated shop of 50 work centres (2 lanes, weekday shifts), 200
 * members with skills and 5,000 orders over four-operation routings, loaded to about 60% so no bottleneck
 * saturates; the plan (aim < 2 s), one added order quoted against it (aim < 50 ms), and the scaling guard
 * t(10,000) ≤ 2.2 × t(5,000) on the same density over twice the horizon. A pure function has no database
 * to compare with: each figure sits beside the aim, measured against the same clock.
 */
import { modelOf, optionsOf, parseScenario, Planner } from '../../shared/domain/planning';
import { figure, percentile, timeOnce, type Figure } from './stats';

const DAY = 1440;
const WORKCENTRES = 50;
const MEMBERS = 200;
const SKILLS = 10;
const PRODUCTS = 25;

/** A small deterministic generator (LCG), so every run plans the same shop. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const weekdays = (days: number, from: number, to: number) =>
  Array.from({ length: days }, (_, d) => d).filter((d) => d % 7 < 5).map((d) => [d * DAY + from, d * DAY + to]);

export function generatedShop(orders: number, seed = 5) {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  // ~360 working minutes an order; 50 × 2 lanes × 480 minutes a weekday: orders spread so the shop runs near 50%.
  const horizonDays = Math.ceil(((orders * 360) / (WORKCENTRES * 2 * 480 * 0.5)) * (7 / 5));
  const calendarDays = horizonDays * 3 + 60;
  const workcenters = Object.fromEntries(
    Array.from({ length: WORKCENTRES }, (_, i) => [`WC${i}`, { capacity: 2, efficiency: i % 7 === 0 ? 0.8 : 1, calendar: weekdays(calendarDays, 360, 840), blocks: [[0, (7 + (i % 20)) * DAY + 400, (7 + (i % 20)) * DAY + 640, 'preventive maintenance']] }]),
  );
  const members = Object.fromEntries(
    Array.from({ length: MEMBERS }, (_, i) => [`M${String(i).padStart(3, '0')}`, { skills: [`s${i % SKILLS}`, `s${(i * 3 + 1) % SKILLS}`], calendar: weekdays(calendarDays, 360, 840) }]),
  );
  // 25 products × 4 operations: each work centre serves exactly two routings' operations, so the load is even.
  const products = Object.fromEntries(
    Array.from({ length: PRODUCTS }, (_, p) => [
      `P${p}`,
      {
        ops: Array.from({ length: 4 }, (_, k) => ({
          id: `op${k}`,
          wc: `WC${(p * 4 + k) % WORKCENTRES}`,
          setup: 15 + ((p + k) % 4) * 10,
          run: 2 + ((p * k) % 5),
          ...((p + k) % 2 === 0 ? { skill: `s${(p + k) % SKILLS}` } : {}),
          wait_after: k === 1 ? 120 : 0,
        })),
      },
    ]),
  );
  const list = Array.from({ length: orders }, (_, i) => {
    const release = pick(horizonDays) * DAY;
    return { id: `O${String(i).padStart(6, '0')}`, product: `P${pick(PRODUCTS)}`, qty: 5 + pick(20), release, due: release + (5 + pick(20)) * DAY, priority: pick(3) };
  });
  return { options: { rule: 'EDD', fairness: true, mode: 'finite' }, model: { now: 0, workcenters, members, products, orders: list } };
}

function timedPlan(orders: number) {
  const scenario = parseScenario(generatedShop(orders));
  const options = optionsOf(scenario);
  let planner: Planner | null = null;
  // The model is built inside the timing: checking references and routings is part of planning.
  const ms = timeOnce(() => (planner = new Planner(modelOf(scenario), options)).planAll());
  return { ms, planner: planner! };
}

export function planningFigures(): Figure[] {
  timedPlan(500); // warm up the JIT
  const five = [timedPlan(5_000), timedPlan(5_000), timedPlan(5_000)];
  const fiveMs = percentile(five.map((r) => r.ms), 50);
  const tenMs = percentile([timedPlan(10_000).ms, timedPlan(10_000).ms, timedPlan(10_000).ms], 50);
  const planner = five[0]!.planner;
  const quotes: number[] = [];
  for (let i = 0; i < 50; i++) {
    quotes.push(timeOnce(() => planner.quote({ id: `Q${i}`, product: `P${i % PRODUCTS}`, qty: 10, due: 30 * DAY, release: (i % 10) * DAY, priority: 0 })));
  }
  return [
    figure(`plan 5,000 orders × ${WORKCENTRES} work centres × ${MEMBERS} members, finite, median of 3`, fiveMs, 'ms', 'issue 11 aim', 2000, 1),
    figure('quote one added order against that plan, p95 of 50', percentile(quotes, 95), 'ms', 'issue 11 aim', 50, 1),
    figure('plan 10,000 orders (same density, twice the horizon), median of 3', tenMs, 'ms', 't(5,000) in this run; scaling guard', fiveMs, 2.2),
  ];
}
