/**
 * Named what-ifs: a change applied to a copy of the shop (never to the database), planned by the same
 * function and set beside the current plan on the metrics. Kinds: an extra shift on a work centre, a
 * machine down for a span, demand × factor for a season, a longer supplier lead time, and an operation
 * sent to a partner.
 */
import type { z } from 'zod';
import { inTransaction, type ServiceContext } from '../core';
import type { comparison, compareInput, scenario, scenarioInput, scenarioParams } from '../../../shared/contract/planning';
import { metricsView, planShop } from './run';
import { mustExist, refuse } from './refusals';
import { dateOfDay, dayNumber, weekdayOf } from './time';
import type { Shop } from './rows';

type Scenario = z.infer<typeof scenario>;
type Params = z.output<typeof scenarioParams>;

const parseParams = (json: string): Params => JSON.parse(json) as Params;

export async function listScenarios(ctx: ServiceContext): Promise<Scenario[]> {
  const rows = await ctx.db.selectFrom('planning_scenario').selectAll().orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, params: parseParams(r.params_json) }));
}

/** What each kind needs; a scenario that names nothing to change is refused rather than compared as-is. */
function checkParams(input: z.output<typeof scenarioInput>): void {
  const p = input.params;
  const missing = (field: string) => refuse('BAD_INPUT', 'SCENARIO_PARAMS', `A scenario of kind ${input.kind} needs ${field}.`, { kind: input.kind, field });
  if ((input.kind === 'extra-shift' || input.kind === 'machine-down') && p.workcenterId === null) missing('workcenterId');
  if (input.kind === 'extra-shift' && (p.weekday === null || p.startMinute === null || p.endMinute === null || p.endMinute <= p.startMinute)) missing('weekday, startMinute, endMinute');
  if (input.kind === 'machine-down' && (p.from === null || p.to === null)) missing('from, to');
  if (input.kind === 'demand-factor' && p.factor === null) missing('factor');
  if (input.kind === 'supplier-delay' && p.extraDays === null) missing('extraDays');
  if (input.kind === 'outsource' && (p.productId === null || p.operation === null || p.partnerId === null)) missing('productId, operation, partnerId');
}

export async function saveScenario(ctx: ServiceContext, input: z.output<typeof scenarioInput>): Promise<Scenario> {
  checkParams(input);
  const id = await inTransaction(ctx, async (trx, audit) => {
    const clash = await trx.selectFrom('planning_scenario').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== input.id) refuse('DUPLICATE', 'DUPLICATE_CODE', `The code ${input.name} is already taken.`, { code: input.name });
    const values = { name: input.name, kind: input.kind, params_json: JSON.stringify(input.params) };
    let sId = input.id;
    let before: unknown = null;
    if (sId === null) sId = (await trx.insertInto('planning_scenario').values(values).returning('id').executeTakeFirstOrThrow()).id;
    else {
      before = mustExist(await trx.selectFrom('planning_scenario').selectAll().where('id', '=', sId).executeTakeFirst(), 'scenario', sId);
      await trx.updateTable('planning_scenario').set(values).where('id', '=', sId).execute();
    }
    await audit({ action: 'planning.scenario.save', entity: 'planning_scenario', entityId: sId, before, after: input });
    return sId;
  });
  return (await listScenarios(ctx)).find((s) => s.id === id)!;
}

export async function removeScenario(ctx: ServiceContext, id: number): Promise<{ removed: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = mustExist(await trx.selectFrom('planning_scenario').selectAll().where('id', '=', id).executeTakeFirst(), 'scenario', id);
    await trx.deleteFrom('planning_scenario').where('id', '=', id).execute();
    await audit({ action: 'planning.scenario.remove', entity: 'planning_scenario', entityId: id, before: row, after: null });
    return { removed: true as const };
  });
}

const inSeason = (p: Params, date: string) => (p.from === null || date.slice(0, 10) >= p.from) && (p.to === null || date.slice(0, 10) <= p.to);

/** The scenario's change, on a copy of the shop. */
export function transform(s: Pick<Scenario, 'kind' | 'params'>): (shop: Shop) => Shop {
  const p = s.params;
  return (stored) => {
    const shop = structuredClone(stored);
    switch (s.kind) {
      case 'extra-shift': {
        const wc = shop.workcenters.find((w) => w.id === p.workcenterId);
        if (!wc) break;
        if (p.from === null && p.to === null) wc.shifts.push({ weekday: p.weekday!, start: p.startMinute!, end: p.endMinute! });
        else {
          // A shift for a season: one dated extra for each matching day of it.
          const first = dayNumber(p.from ?? p.to!);
          const last = dayNumber(p.to ?? p.from!);
          for (let d = first; d <= last; d += 1) {
            if (weekdayOf(d) === p.weekday) wc.exceptions.push({ date: dateOfDay(d), kind: 'extra', start: p.startMinute!, end: p.endMinute!, note: null });
          }
        }
        break;
      }
      case 'machine-down': {
        const wc = shop.workcenters.find((w) => w.id === p.workcenterId);
        if (!wc) break;
        const lanes = Math.min(wc.lanes, p.lanes ?? wc.lanes);
        for (let lane = 0; lane < lanes; lane += 1) wc.breakdowns.push({ id: 0, workcenterId: wc.id, lane, from: `${p.from}T00:00`, to: `${dateOfDay(dayNumber(p.to!) + 1)}T00:00`, note: null });
        break;
      }
      case 'demand-factor':
        for (const o of shop.orders) if (o.status === 'planned' && (p.productId === null || o.productId === p.productId) && inSeason(p, o.due)) o.qty *= p.factor!;
        break;
      case 'supplier-delay':
        for (const i of shop.items) if (p.itemId === null || i.id === p.itemId) i.leadTimeDays += p.extraDays!;
        break;
      case 'outsource': {
        const product = shop.products.find((x) => x.id === p.productId);
        const op = product?.operations.find((o) => o.code === p.operation);
        if (op) {
          op.workcenterId = null;
          op.partnerId = p.partnerId;
          op.skill = null;
        }
        break;
      }
    }
    return shop;
  };
}

export async function compareScenarios(ctx: ServiceContext, input: z.output<typeof compareInput>): Promise<z.infer<typeof comparison>> {
  const all = await listScenarios(ctx);
  const options = { start: input.start, weeks: input.weeks, rule: 'EDD' as const, fairness: true };
  const row = async (name: string, scenarioId: number | null, change?: (shop: Shop) => Shop) => {
    const result = await planShop(ctx, options, change);
    return {
      scenarioId,
      name,
      metrics: metricsView(result),
      utilisation: Object.entries(result.metrics.utilisation).map(([wc, u]) => ({ wc, booked: u.booked, available: u.available })),
    };
  };
  const out = [await row('current', null)];
  for (const id of input.scenarioIds) {
    const s = mustExist(all.find((x) => x.id === id), 'scenario', id);
    out.push(await row(s.name, s.id, transform(s)));
  }
  return out;
}
