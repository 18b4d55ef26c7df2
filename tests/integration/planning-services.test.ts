/**
 * Production planning through the services on a real SQLite file: the two public cases of rules/planning.md
 * entered as a shop reproduce the scenario file's answers; refusals write nothing; firm work stays where the
 * applied plan put it; maintenance moves work; scenarios are compared beside the current plan.
 */
import { describe, expect, it } from 'vitest';
import { planFromScenario } from '../../shared/domain/planning';
import { openAttendanceSession } from './attendance-session';
import { useTempDir } from './helpers';

const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: 0, end: 1440 }));
const T0 = '2026-03-02';
const at = (minute: number) => `${T0}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
type Session = Awaited<ReturnType<typeof openAttendanceSession>>;
interface View {
  ops: { order: string; op: string; wc: string; lane: number | null; start: number; end: number; fixed: boolean }[];
  orders: { id: string; end: number; tardiness: number; reasons: string[]; capacityDelay: number }[];
  metrics: { makespan: number; totalTardiness: number; lateOrders: number; bottleneck: string | null; capacityDelay: number };
  utilisation: { wc: string; booked: number; available: number }[];
}

async function workcenter(s: Session, code: string, lanes = 1) {
  const wc: { id: number } = await s.call('planning.saveWorkcenter', { code, name: code, lanes, efficiency: 1, shifts: everyDay, exceptions: [] });
  return wc.id;
}
async function product(s: Session, code: string, ops: { code: string; wc: number; setup: number }[]) {
  const p: { id: number } = await s.call('planning.saveProduct', {
    code,
    name: code,
    operations: ops.map((op) => ({ code: op.code, name: op.code, workcenterId: op.wc, partnerId: null, setupMinutes: op.setup, runMinutesPerUnit: 0 })),
    materials: [],
  });
  return p.id;
}
const order = (s: Session, code: string, productId: number, due: number, priority = 1) => s.call('planning.saveOrder', { code, productId, qty: 1, release: T0, due: at(due), priority }) as Promise<{ id: number }>;
const plan = (s: Session) => s.call('planning.plan', { start: T0, weeks: 1 }) as Promise<View>;
const pick = (ops: View['ops']) => ops.filter((o) => !o.fixed).map(({ order, op, wc, lane, start, end }) => ({ order, op, wc, lane, start, end }));

async function onePress(s: Session) {
  const press = await workcenter(s, 'PRESS');
  const ids = [];
  for (const [i, setup] of [60, 120, 180, 240].entries()) ids.push(await product(s, `p${i + 1}`, [{ code: 'press', wc: press, setup }]));
  await order(s, 'O1', ids[3]!, 540);
  await order(s, 'O2', ids[2]!, 360);
  await order(s, 'O3', ids[1]!, 480);
  await order(s, 'O4', ids[0]!, 420);
  return { press, ids };
}

describe('planning services', () => {
  const dir = useTempDir();

  it('plans the one-machine public case as the scenario file does (EDD: O2, O4, O3, O1; O1 late by 1 h for capacity)', async () => {
    const s = await openAttendanceSession(dir());
    await onePress(s);
    const view = await plan(s);
    const file = planFromScenario({
      model: {
        workcenters: { PRESS: { capacity: 1 } },
        products: Object.fromEntries([60, 120, 180, 240].map((setup, i) => [`p${i + 1}`, { ops: [{ id: 'press', wc: 'PRESS', setup }] }])),
        orders: [
          { id: 'O1', product: 'p4', qty: 1, due: 540 },
          { id: 'O2', product: 'p3', qty: 1, due: 360 },
          { id: 'O3', product: 'p2', qty: 1, due: 480 },
          { id: 'O4', product: 'p1', qty: 1, due: 420 },
        ],
      },
    });
    expect(view.orders.map((o) => o.id)).toEqual(file.sequence);
    expect(view.orders.map((o) => o.id)).toEqual(['O2', 'O4', 'O3', 'O1']);
    expect(pick(view.ops)).toEqual(file.ops.map(({ order, op, wc, lane, start, end }) => ({ order, op, wc, lane, start, end })));
    const o1 = view.orders.find((o) => o.id === 'O1')!;
    expect([o1.end, o1.tardiness, o1.reasons]).toEqual([600, 60, ['capacity']]);
    expect(view.metrics.lateOrders).toBe(1);
    expect(view.utilisation).toEqual([{ wc: 'PRESS', booked: 600, available: 600 }]);
    expect(view.metrics.capacityDelay).toBeGreaterThan(0);
  });

  it('plans the flow shop public case with gap filling (D welds 0–2 h; WELD the bottleneck at 13/14)', async () => {
    const s = await openAttendanceSession(dir());
    const cut = await workcenter(s, 'CUT');
    const weld = await workcenter(s, 'WELD');
    const h = 60;
    await order(s, 'A', await product(s, 'a', [{ code: 'cut', wc: cut, setup: 3 * h }, { code: 'weld', wc: weld, setup: 4 * h }]), 9 * h);
    await order(s, 'B', await product(s, 'b', [{ code: 'cut', wc: cut, setup: 2 * h }, { code: 'weld', wc: weld, setup: 2 * h }]), 12 * h);
    await order(s, 'C', await product(s, 'c', [{ code: 'cut', wc: cut, setup: 1 * h }, { code: 'weld', wc: weld, setup: 5 * h }]), 14 * h);
    await order(s, 'D', await product(s, 'd', [{ code: 'weld', wc: weld, setup: 2 * h }]), 20 * h);
    const view = await plan(s);
    const spans = Object.fromEntries(pick(view.ops).map((o) => [`${o.order}.${o.op}`, [o.start / h, o.end / h]]));
    expect(spans).toEqual({ 'A.cut': [0, 3], 'A.weld': [3, 7], 'B.cut': [3, 5], 'B.weld': [7, 9], 'C.cut': [5, 6], 'C.weld': [9, 14], 'D.weld': [0, 2] });
    expect(view.metrics.bottleneck).toBe('WELD');
    expect(view.utilisation).toEqual([
      { wc: 'CUT', booked: 6 * h, available: 14 * h },
      { wc: 'WELD', booked: 13 * h, available: 14 * h },
    ]);
  });

  it('refuses a routing cycle, a bill of materials cycle and a work centre with no capacity, writing nothing', async () => {
    const s = await openAttendanceSession(dir());
    const press = await workcenter(s, 'PRESS');
    const count = (table: string) => s.handle().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const snapshot = () => [count('planning_product'), count('planning_operation'), count('planning_material'), count('planning_workcenter'), s.audits()];
    const before = snapshot();
    const cyclic = await s.dispatch('planning.saveProduct', {
      code: 'X',
      name: 'X',
      operations: [
        { code: 'a', name: 'a', workcenterId: press, partnerId: null, setupMinutes: 1, runMinutesPerUnit: 0, after: ['b'] },
        { code: 'b', name: 'b', workcenterId: press, partnerId: null, setupMinutes: 1, runMinutesPerUnit: 0, after: ['a'] },
      ],
      materials: [],
    });
    expect(cyclic.ok ? null : cyclic.error.key).toBe('planning:errors.ROUTING_CYCLE');
    expect(snapshot()).toEqual(before);
    const noCapacity = await s.dispatch('planning.saveWorkcenter', { code: 'IDLE', name: 'Idle', lanes: 1, efficiency: 1, shifts: [], exceptions: [] });
    expect(noCapacity.ok ? null : noCapacity.error.key).toBe('planning:errors.WORKCENTER_NO_CAPACITY');
    expect(snapshot()).toEqual(before);
    const y = await product(s, 'Y', [{ code: 'a', wc: press, setup: 1 }]);
    const x: { id: number } = await s.call('planning.saveProduct', { code: 'X', name: 'X', operations: [], materials: [{ itemId: null, productId: y, qty: 1 }] });
    const middle = snapshot();
    const bom = await s.dispatch('planning.saveProduct', { id: y, code: 'Y', name: 'Y', operations: [], materials: [{ itemId: null, productId: x.id, qty: 1 }] });
    expect(bom.ok ? null : bom.error.key).toBe('planning:errors.BOM_CYCLE');
    expect(snapshot()).toEqual(middle);
  });

  it('refuses to plan or apply an operation needing a skill nobody has, and applies nothing', async () => {
    const s = await openAttendanceSession(dir());
    const press = await workcenter(s, 'PRESS');
    const p: { id: number } = await s.call('planning.saveProduct', {
      code: 'P',
      name: 'P',
      operations: [{ code: 'weld', name: 'weld', workcenterId: press, partnerId: null, setupMinutes: 10, runMinutesPerUnit: 1, skill: 'welding' }],
      materials: [],
    });
    await order(s, 'O1', p.id, 600);
    const planned = await s.dispatch('planning.plan', { start: T0 });
    expect(planned.ok ? null : planned.error.key).toBe('planning:errors.NO_SKILL');
    const audits = s.audits();
    const applied = await s.dispatch('planning.apply', { start: T0 });
    expect(applied.ok ? null : applied.error.key).toBe('planning:errors.NO_SKILL');
    expect(s.audits()).toBe(audits);
    expect(s.handle().prepare('SELECT count(*) FROM planning_applied').pluck().get()).toBe(0);
    const member = await s.addMember(1);
    await s.call('planning.setSkills', { memberId: member, skills: ['welding'] });
    const view = (await s.call('planning.plan', { start: T0 })) as View & { members: { memberId: number; booked: number }[] };
    expect(view.members).toEqual([expect.objectContaining({ memberId: member, booked: 11 })]);
    // 2026-03-02 is a Monday: the member's committed 40 h a week start at 08:00.
    expect(pick(view.ops)[0]).toMatchObject({ start: 480, end: 491 });
  });

  it('keeps firm work where the applied plan put it when a more urgent order arrives', async () => {
    const s = await openAttendanceSession(dir());
    const { ids } = await onePress(s);
    await s.call('planning.apply', { start: T0, weeks: 1 });
    const before = await plan(s);
    const o3 = (await s.call('planning.orders', {}) as { id: number; code: string }[]).find((o) => o.code === 'O3')!;
    await s.call('planning.setOrderStatus', { id: o3.id, status: 'firm' });
    await order(s, 'RUSH', ids[3]!, 300, 0);
    const after = await plan(s);
    const span = (v: View, id: string) => v.ops.filter((o) => o.order === id).map((o) => [o.start, o.end]);
    expect(span(after, 'O3')).toEqual(span(before, 'O3'));
    expect(after.ops.find((o) => o.order === 'O3')!.fixed).toBe(true);
    expect(span(after, 'RUSH')).toEqual([[0, 240]]);
    expect(span(after, 'O2')).not.toEqual(span(before, 'O2'));
    const [[heldFrom, heldTo]] = span(before, 'O3') as [[number, number]];
    for (const op of pick(after.ops)) expect(op.end <= heldFrom || op.start >= heldTo).toBe(true);
  });

  it('moves work out of a maintenance block, and compares scenarios beside the current plan', async () => {
    const s = await openAttendanceSession(dir());
    const { press } = await onePress(s);
    await s.call('planning.saveMaintenance', { workcenterId: press, lane: 0, name: 'Oil', everyWeeks: 1, everyRunHours: null, durationMinutes: 120, firstDate: T0, startMinute: 0 });
    const view = await plan(s);
    expect(pick(view.ops)[0]).toMatchObject({ order: 'O2', start: 120, end: 300 });
    expect(view.ops.find((o) => o.op === 'block')).toMatchObject({ order: 'Oil', start: 0, end: 120, fixed: true });
    const down: { id: number } = await s.call('planning.saveScenario', { name: 'Press down', kind: 'machine-down', params: { workcenterId: press, from: T0, to: T0 } });
    const rush: { id: number } = await s.call('planning.saveScenario', { name: 'Double demand', kind: 'demand-factor', params: { factor: 2 } });
    const rows = (await s.call('planning.compare', { scenarioIds: [down.id, rush.id], start: T0 })) as { name: string; metrics: View['metrics'] }[];
    expect(rows.map((r) => r.name)).toEqual(['current', 'Press down', 'Double demand']);
    expect(rows[0]!.metrics.makespan).toBe(720);
    expect(rows[1]!.metrics.makespan).toBe(1440 + 600);
    // Setup-only operations do not grow with quantity: doubling demand changes nothing here.
    expect(rows[2]!.metrics.makespan).toBe(720);
    const quote = (await s.call('planning.quote', { productId: (await s.call('planning.products', {}) as { id: number }[])[0]!.id, qty: 1, start: T0 })) as { end: number };
    expect(quote.end).toBe(780);
  });
});
