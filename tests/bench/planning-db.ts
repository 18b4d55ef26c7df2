/**
 * Production planning from the database (issue 11): a shop of 50 work centres (2 lanes, weekday shifts, a
 * maintenance plan each), 200 demo members (their committed hours from the register through attendance),
 * 10 skills, 25 products of four operations and 5,000 orders, written into a real SQLite file. The figure
 * is reading the shop, building the model (calendars expanded, members' time) and planning it finite and
 * infinite, as `planning.plan` does; beside it, the pure planner on the same model doing the same two
 * plans, so the ratio is what the database costs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { generateDemo } from '../../electron/services/members/demo';
import { planShop } from '../../electron/services/planning';
import { Planner } from '../../shared/domain/planning';
import { figure, timeOnce, timeOnceAsync, type Figure } from './stats';

const ORDERS = 5_000;
const WORKCENTRES = 50;
const MEMBERS = 200;
const SKILLS = 10;
const PRODUCTS = 25;
const START = '2026-03-02';

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const dayOf = (offset: number) => new Date(Date.parse(`${START}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

export async function planningDbFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-planning-bench-'));
  try {
    const session = await openDatabaseSession({ path: join(dir, 'planning.sqlite'), actor: 'bench' });
    const ctx = session.ctx();
    await setupCoop(ctx, { name: 'Bench', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
    await generateDemo(ctx, { members: MEMBERS, years: 1, locale: 'es', seed: 7 });
    const db = ctx.handle;
    const next = random(5);
    const pick = (n: number) => Math.floor(next() * n);
    // ~360 working minutes an order against 50 × 2 lanes × 480 minutes a weekday: the shop runs near 50%.
    const horizonDays = Math.ceil(((ORDERS * 360) / (WORKCENTRES * 2 * 480 * 0.5)) * (7 / 5));
    db.transaction(() => {
      const wc = db.prepare('INSERT INTO planning_workcenter (code, name, lanes, efficiency) VALUES (?, ?, 2, ?)');
      const shift = db.prepare('INSERT INTO planning_shift (workcenter_id, weekday, start_minute, end_minute) VALUES (?, ?, 360, 840)');
      const maintenance = db.prepare("INSERT INTO planning_maintenance (workcenter_id, lane, name, every_weeks, duration_minutes, first_date, start_minute) VALUES (?, 0, 'preventive', 4, 240, ?, 400)");
      for (let i = 0; i < WORKCENTRES; i += 1) {
        const id = Number(wc.run(`WC${i}`, `Work centre ${i}`, i % 7 === 0 ? 0.8 : 1).lastInsertRowid);
        for (let d = 1; d <= 5; d += 1) shift.run(id, d);
        maintenance.run(id, dayOf(7 + (i % 20)));
      }
      const members = db.prepare("SELECT id FROM member WHERE status IN ('active','trial') ORDER BY member_number").pluck().all() as number[];
      const skill = db.prepare('INSERT INTO planning_skill (member_id, skill) VALUES (?, ?)');
      members.forEach((id, i) => {
        skill.run(id, `s${i % SKILLS}`);
        if ((i * 3 + 1) % SKILLS !== i % SKILLS) skill.run(id, `s${(i * 3 + 1) % SKILLS}`);
      });
      const product = db.prepare('INSERT INTO planning_product (code, name) VALUES (?, ?)');
      const op = db.prepare(
        'INSERT INTO planning_operation (product_id, seq, code, name, workcenter_id, setup_minutes, run_minutes, skill, wait_after_minutes, lead_time_days, cost_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)',
      );
      for (let p = 0; p < PRODUCTS; p += 1) {
        const id = Number(product.run(`P${p}`, `Product ${p}`).lastInsertRowid);
        for (let k = 0; k < 4; k += 1) op.run(id, k, `op${k}`, `op${k}`, ((p * 4 + k) % WORKCENTRES) + 1, 15 + ((p + k) % 4) * 10, 2 + ((p * k) % 5), (p + k) % 2 === 0 ? `s${(p + k) % SKILLS}` : null, k === 1 ? 120 : 0);
      }
      const order = db.prepare("INSERT INTO planning_order (code, product_id, qty, release_at, due_at, priority, status) VALUES (?, ?, ?, ?, ?, ?, 'planned')");
      for (let i = 0; i < ORDERS; i += 1) {
        const release = pick(horizonDays);
        order.run(`O${String(i).padStart(6, '0')}`, pick(PRODUCTS) + 1, 5 + pick(20), dayOf(release), dayOf(release + 5 + pick(20)), pick(3));
      }
    })();
    const input = { start: START, weeks: 12, rule: 'EDD' as const, fairness: true };
    let result = await planShop(ctx, input); // warm up
    const fromDb: number[] = [];
    const pure: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      fromDb.push(await timeOnceAsync(async () => (result = await planShop(ctx, input))));
      const model = result.built.model;
      pure.push(timeOnce(() => [new Planner(model, result.options).planAll(), new Planner(model, { ...result.options, mode: 'infinite' }).planAll()]));
    }
    if (result.finite.orders.filter((o) => o.parent === null).length !== ORDERS) throw new Error('the bench shop did not plan every order');
    session.close();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    return [
      figure(`plan ${ORDERS.toLocaleString('en')} orders from the database (read, build, finite + infinite), median of 3`, median(fromDb), 'ms', 'pure planner on the same model, same two plans', median(pure)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

