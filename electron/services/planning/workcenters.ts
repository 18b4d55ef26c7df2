/** Work centres: lanes, efficiency, weekly shifts with dated exceptions, maintenance plans and breakdowns. */
import type { z } from 'zod';
import { inTransaction, type ServiceContext } from '../core';
import type { breakdownInput, maintenanceInput, workcenterInput } from '../../../shared/contract/planning';
import { loadWorkcenters, type WorkcenterRow } from './rows';
import { mustExist, refuse } from './refusals';

type WorkcenterInput = z.output<typeof workcenterInput>;

async function workcenterById(ctx: ServiceContext, id: number): Promise<WorkcenterRow> {
  return mustExist((await loadWorkcenters(ctx.db)).find((wc) => wc.id === id), 'work centre', id);
}

export async function saveWorkcenter(ctx: ServiceContext, input: WorkcenterInput): Promise<WorkcenterRow> {
  // A work centre that can never work would leave every operation on it unplaceable: refused here, by name.
  if (input.lanes === 0 || (input.shifts.length === 0 && !input.exceptions.some((e) => e.kind === 'extra'))) {
    refuse('BAD_INPUT', 'WORKCENTER_NO_CAPACITY', `Work centre ${input.code} would never have capacity: give it at least one lane and one shift.`, { wc: input.code });
  }
  const id = await inTransaction(ctx, async (trx, audit) => {
    const clash = await trx.selectFrom('planning_workcenter').select('id').where('code', '=', input.code).executeTakeFirst();
    if (clash && clash.id !== input.id) refuse('DUPLICATE', 'DUPLICATE_CODE', `The code ${input.code} is already taken.`, { code: input.code });
    const values = { code: input.code, name: input.name, lanes: input.lanes, efficiency: input.efficiency };
    let wcId: number;
    let before: unknown = null;
    if (input.id === null) {
      wcId = (await trx.insertInto('planning_workcenter').values(values).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      before = mustExist(await trx.selectFrom('planning_workcenter').selectAll().where('id', '=', input.id).executeTakeFirst(), 'work centre', input.id);
      const lanesUsed = await trx.selectFrom('planning_maintenance').select('lane').where('workcenter_id', '=', input.id).where('lane', '>=', input.lanes).executeTakeFirst();
      if (lanesUsed) refuse('CONFLICT', 'LANE_IN_USE', `Lane ${lanesUsed.lane} of ${input.code} has a maintenance plan; move it before removing the lane.`, { wc: input.code, lane: lanesUsed.lane });
      await trx.updateTable('planning_workcenter').set(values).where('id', '=', input.id).execute();
      await trx.deleteFrom('planning_shift').where('workcenter_id', '=', input.id).execute();
      await trx.deleteFrom('planning_calendar_exception').where('workcenter_id', '=', input.id).execute();
      wcId = input.id;
    }
    if (input.shifts.length > 0) {
      await trx.insertInto('planning_shift').values(input.shifts.map((s) => ({ workcenter_id: wcId, weekday: s.weekday, start_minute: s.start, end_minute: s.end }))).execute();
    }
    if (input.exceptions.length > 0) {
      await trx
        .insertInto('planning_calendar_exception')
        .values(input.exceptions.map((e) => ({ workcenter_id: wcId, date: e.date, kind: e.kind, start_minute: e.start, end_minute: e.end, note: e.note })))
        .execute();
    }
    await audit({ action: input.id === null ? 'planning.workcenter.create' : 'planning.workcenter.update', entity: 'planning_workcenter', entityId: wcId, before, after: input });
    return wcId;
  });
  return workcenterById(ctx, id);
}

export async function removeWorkcenter(ctx: ServiceContext, id: number): Promise<{ removed: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = mustExist(await trx.selectFrom('planning_workcenter').selectAll().where('id', '=', id).executeTakeFirst(), 'work centre', id);
    const used = await trx.selectFrom('planning_operation as o').innerJoin('planning_product as p', 'p.id', 'o.product_id').select(['p.code', 'o.code as op']).where('o.workcenter_id', '=', id).executeTakeFirst();
    if (used) refuse('CONFLICT', 'WORKCENTER_IN_USE', `Work centre ${row.code} is used by operation ${used.op} of ${used.code}.`, { wc: row.code, product: used.code, op: used.op });
    await trx.deleteFrom('planning_workcenter').where('id', '=', id).execute();
    await audit({ action: 'planning.workcenter.remove', entity: 'planning_workcenter', entityId: id, before: row, after: null });
    return { removed: true as const };
  });
}

export async function saveMaintenance(ctx: ServiceContext, input: z.output<typeof maintenanceInput>) {
  const wc = await workcenterById(ctx, input.workcenterId);
  if (input.lane >= wc.lanes) refuse('BAD_INPUT', 'MAINTENANCE_LANE', `${wc.code} has ${wc.lanes} lanes (numbered from 0); there is no lane ${input.lane}.`, { wc: wc.code, lane: input.lane, lanes: wc.lanes });
  const id = await inTransaction(ctx, async (trx, audit) => {
    const values = {
      workcenter_id: input.workcenterId,
      lane: input.lane,
      name: input.name,
      every_weeks: input.everyWeeks,
      every_run_hours: input.everyRunHours,
      duration_minutes: input.durationMinutes,
      first_date: input.firstDate,
      start_minute: input.startMinute,
    };
    let mId = input.id;
    let before: unknown = null;
    if (mId === null) mId = (await trx.insertInto('planning_maintenance').values(values).returning('id').executeTakeFirstOrThrow()).id;
    else {
      before = mustExist(await trx.selectFrom('planning_maintenance').selectAll().where('id', '=', mId).executeTakeFirst(), 'maintenance plan', mId);
      await trx.updateTable('planning_maintenance').set(values).where('id', '=', mId).execute();
    }
    await audit({ action: 'planning.maintenance.save', entity: 'planning_maintenance', entityId: mId, before, after: input });
    return mId;
  });
  return (await workcenterById(ctx, input.workcenterId)).maintenance.find((m) => m.id === id)!;
}

export async function removeMaintenance(ctx: ServiceContext, id: number): Promise<{ removed: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = mustExist(await trx.selectFrom('planning_maintenance').selectAll().where('id', '=', id).executeTakeFirst(), 'maintenance plan', id);
    await trx.deleteFrom('planning_maintenance').where('id', '=', id).execute();
    await audit({ action: 'planning.maintenance.remove', entity: 'planning_maintenance', entityId: id, before: row, after: null });
    return { removed: true as const };
  });
}

export async function logBreakdown(ctx: ServiceContext, input: z.output<typeof breakdownInput>) {
  const wc = await workcenterById(ctx, input.workcenterId);
  if (input.lane >= wc.lanes) refuse('BAD_INPUT', 'MAINTENANCE_LANE', `${wc.code} has ${wc.lanes} lanes (numbered from 0); there is no lane ${input.lane}.`, { wc: wc.code, lane: input.lane, lanes: wc.lanes });
  const id = await inTransaction(ctx, async (trx, audit) => {
    const row = await trx
      .insertInto('planning_breakdown')
      .values({ workcenter_id: input.workcenterId, lane: input.lane, from_at: input.from, to_at: input.to, note: input.note })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({ action: 'planning.breakdown.log', entity: 'planning_breakdown', entityId: row.id, before: null, after: input });
    return row.id;
  });
  return (await workcenterById(ctx, input.workcenterId)).breakdowns.find((b) => b.id === id)!;
}

export async function closeBreakdown(ctx: ServiceContext, input: { id: number; to: string }) {
  const wcId = await inTransaction(ctx, async (trx, audit) => {
    const row = mustExist(await trx.selectFrom('planning_breakdown').selectAll().where('id', '=', input.id).executeTakeFirst(), 'breakdown', input.id);
    if (input.to <= row.from_at) refuse('BAD_INPUT', 'BREAKDOWN_ORDER', 'A breakdown ends after it starts.');
    await trx.updateTable('planning_breakdown').set({ to_at: input.to }).where('id', '=', input.id).execute();
    await audit({ action: 'planning.breakdown.close', entity: 'planning_breakdown', entityId: input.id, before: row, after: { ...row, to_at: input.to } });
    return row.workcenter_id;
  });
  return (await workcenterById(ctx, wcId)).breakdowns.find((b) => b.id === input.id)!;
}
