/**
 * The demo cooperative's workshop: a small metal and textile shop with three products (one with a
 * sub-assembly and one operation sent to a partner), four work centres with weekly shifts, a holiday and a
 * monthly maintenance, two partner cooperatives, skills for a handful of members and a dozen open orders.
 */
import type { DemoOptions, ServiceContext } from '../core';
import { localToday } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n/catalogue';
import { saveItem, savePartner } from './catalogue';
import { saveOrder, setSkills } from './orders';
import { saveProduct } from './products';
import { dateOfDay, dayNumber, weekdayOf } from './time';
import { saveMaintenance, saveWorkcenter } from './workcenters';

const weekdays = (start: number, end: number, days = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, start, end }));

export async function generatePlanningDemo(ctx: ServiceContext, options: DemoOptions): Promise<void> {
  // A demo added to a database that already has its shop (`minga demo` run twice) adds members only.
  if (await ctx.db.selectFrom('planning_workcenter').select('id').executeTakeFirst()) return;
  const t = (key: string) => translate(options.locale, `planning:demo.${key}`);
  const w = { cut: t('cut'), weld: t('weld'), sew: t('sew'), paint: t('paint'), frame: t('frame'), chair: t('chair'), bag: t('bag'), shelf: t('shelf') };
  const today = dayNumber(localToday(ctx.now()));
  const monday = today - weekdayOf(today) + 1;
  const date = (offset: number) => dateOfDay(monday + offset);
  const none = { exceptions: [] as { date: string; kind: 'holiday'; start: number; end: number; note: string | null }[] };
  const holiday = { date: date(14 + 2), kind: 'holiday' as const, start: 0, end: 1440, note: null };
  const cut = await saveWorkcenter(ctx, { id: null, code: 'CUT', name: w.cut, lanes: 2, efficiency: 1, shifts: weekdays(480, 960), exceptions: [holiday] });
  const weld = await saveWorkcenter(ctx, { id: null, code: 'WELD', name: w.weld, lanes: 1, efficiency: 0.85, shifts: weekdays(420, 1020), exceptions: [holiday] });
  const sew = await saveWorkcenter(ctx, { id: null, code: 'SEW', name: w.sew, lanes: 4, efficiency: 1, shifts: weekdays(480, 960), ...none });
  const paint = await saveWorkcenter(ctx, { id: null, code: 'PAINT', name: w.paint, lanes: 1, efficiency: 1, shifts: [...weekdays(480, 960), { weekday: 6, start: 480, end: 720 }], ...none });
  await saveMaintenance(ctx, { id: null, workcenterId: weld.id, lane: 0, name: t('preventive'), everyWeeks: 4, everyRunHours: null, durationMinutes: 240, firstDate: date(3), startMinute: 480 });
  await saveMaintenance(ctx, { id: null, workcenterId: cut.id, lane: 1, name: t('blades'), everyWeeks: null, everyRunHours: 40, durationMinutes: 120, firstDate: date(0), startMinute: 480 });
  const galv = await savePartner(ctx, { id: null, name: 'Cooperativa Galvanizar', takes: ['galvanising'], capacityPerWeek: 400, leadTimeDays: 4, priceMinor: 35_000, contact: null });
  await savePartner(ctx, { id: null, name: 'Textil Unidos', takes: ['sewing', 'embroidery'], capacityPerWeek: 200, leadTimeDays: 6, priceMinor: 120_000, contact: null });
  const steel = await saveItem(ctx, { id: null, code: 'STEEL', name: t('steel'), unit: 'm', onHand: 120, leadTimeDays: 7, supplier: 'Aceros del Sur', receipts: [{ date: date(9), qty: 200 }] });
  const canvas = await saveItem(ctx, { id: null, code: 'CANVAS', name: t('canvas'), unit: 'm', onHand: 40, leadTimeDays: 10, supplier: null, receipts: [] });
  const op = (code: string, name: string, workcenterId: number | null, setup: number, run: number, skill: string | null, extra: Partial<{ partnerId: number; waitAfterMinutes: number; after: string[]; leadTimeDays: number }> = {}) => ({
    code,
    name,
    workcenterId,
    partnerId: extra.partnerId ?? null,
    setupMinutes: setup,
    runMinutesPerUnit: run,
    skill,
    waitAfterMinutes: extra.waitAfterMinutes ?? 0,
    leadTimeDays: extra.leadTimeDays ?? 0,
    costMinor: 0,
    after: extra.after ?? null,
  });
  const frame = await saveProduct(ctx, {
    id: null,
    code: 'FRAME',
    name: w.frame,
    operations: [op('cut', w.cut, cut.id, 30, 6, null), op('weld', w.weld, weld.id, 45, 12, 'welding')],
    materials: [{ itemId: steel.id, productId: null, qty: 2 }],
  });
  const chair = await saveProduct(ctx, {
    id: null,
    code: 'CHAIR',
    name: w.chair,
    operations: [
      op('galvanise', t('galvanise'), null, 0, 0, null, { partnerId: galv.id, after: [] }),
      op('upholster', w.sew, sew.id, 20, 15, 'sewing', { after: [] }),
      op('paint', w.paint, paint.id, 30, 8, null, { after: ['galvanise'], waitAfterMinutes: 720 }),
      op('assemble', t('assemble'), weld.id, 15, 10, 'welding', { after: ['paint', 'upholster'] }),
    ],
    materials: [
      { itemId: null, productId: frame.id, qty: 1 },
      { itemId: canvas.id, productId: null, qty: 0.5 },
    ],
  });
  const bag = await saveProduct(ctx, { id: null, code: 'BAG', name: w.bag, operations: [op('cut', w.cut, cut.id, 20, 3, null), op('sew', w.sew, sew.id, 15, 20, 'sewing')], materials: [{ itemId: canvas.id, productId: null, qty: 1 }] });
  const shelf = await saveProduct(ctx, { id: null, code: 'SHELF', name: w.shelf, operations: [op('cut', w.cut, cut.id, 30, 10, null), op('weld', w.weld, weld.id, 30, 20, 'welding'), op('paint', w.paint, paint.id, 20, 10, null)], materials: [{ itemId: steel.id, productId: null, qty: 4 }] });
  const members = await ctx.db.selectFrom('member').select('id').where('status', '=', 'active').orderBy('member_number').limit(8).execute();
  const skillSets = [['welding'], ['welding', 'sewing'], ['sewing'], ['sewing'], ['welding'], ['sewing', 'painting']];
  for (const [i, m] of members.slice(0, skillSets.length).entries()) await setSkills(ctx, { memberId: m.id, skills: skillSets[i]! });
  if (members.length === 0) return;
  const plan = [
    [chair, 20, 0, 12, 1],
    [bag, 60, 0, 9, 1],
    [shelf, 10, 2, 16, 0],
    [chair, 30, 7, 25, 1],
    [bag, 40, 5, 19, 2],
    [frame, 50, 0, 10, 1],
    [shelf, 15, 9, 30, 1],
    [bag, 80, 14, 33, 1],
    [chair, 12, 14, 40, 0],
    [frame, 30, 21, 45, 2],
    [shelf, 20, 21, 52, 1],
    [bag, 50, 28, 60, 1],
  ] as const;
  for (const [i, [product, qty, release, due, priority]] of plan.entries()) {
    await saveOrder(ctx, { id: null, code: `OF-${String(i + 1).padStart(3, '0')}`, productId: product.id, qty, release: date(release), due: date(due), priority, customer: null });
  }
}
