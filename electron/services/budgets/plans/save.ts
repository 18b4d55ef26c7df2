/**
 * Saving plans and scenarios: a plan is a working document, so a save replaces its investments and its own
 * financing whole, in one transaction, with an audit row holding the plan before and after.
 */
import type { Kysely } from 'kysely';
import type { FinancingInput, PlanDetail, PlanInput, ScenarioInput } from '../../../../shared/contract/budgets';
import type { CoopProfile } from '../../../../shared/contract/coop';
import { DomainError } from '../../../../shared/contract/errors';
import type { DB } from '../../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../../core';
import { requireCoop } from '../../coop';
import { planRefusal } from './refuse';
import { readPlan } from './read';
import { financingColumns, investmentColumns } from './rows';
import { checkFinancing, checkPlan, checkRevenueChange } from './validate';
import { planYears } from './years';

async function writeFinancing(trx: Kysely<DB>, planId: number, scenarioId: number | null, financing: readonly FinancingInput[]): Promise<void> {
  let query = trx.deleteFrom('budget_plan_financing').where('plan_id', '=', planId);
  query = scenarioId === null ? query.where('scenario_id', 'is', null) : query.where('scenario_id', '=', scenarioId);
  await query.execute();
  if (financing.length === 0) return;
  await trx
    .insertInto('budget_plan_financing')
    .values(financing.map((source, position) => ({ plan_id: planId, scenario_id: scenarioId, position, ...financingColumns(source) })))
    .execute();
}

/** A scenario's own financing mix must still pay for the plan's investments once they change. */
function refuseStaleScenarios(coop: CoopProfile, input: PlanInput, before: PlanDetail): void {
  const spans = planYears(coop.fiscalYearStart, input.fromYear, input.years);
  const investmentMinor = input.investments.reduce((sum, i) => sum + i.costMinor, 0);
  for (const scenario of before.scenarios) {
    if (!scenario.financing) continue;
    try {
      checkFinancing(coop, spans, investmentMinor, scenario.financing);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw planRefusal('BAD_INPUT', 'SCENARIO_OUT_OF_STEP', `Scenario "${scenario.name}" no longer fits the plan: ${error.message}`, { scenario: scenario.name });
    }
  }
}

export async function savePlan(ctx: ServiceContext, input: PlanInput): Promise<{ id: number }> {
  const coop = await requireCoop(ctx);
  checkPlan(coop, input);
  return inTransaction(ctx, async (trx, audit) => {
    const now = nowIso(ctx);
    const fields = {
      name: input.name,
      from_year: input.fromYear,
      years: input.years,
      note: input.note,
      expected_revenue_minor: input.expectedRevenueMinorPerYear,
      expected_surplus_minor: input.expectedSurplusMinorPerYear,
      updated_at: now,
    };
    const before = input.id === null ? null : await readPlan(trx, input.id);
    if (before) refuseStaleScenarios(coop, input, before);
    let id: number;
    if (input.id === null) {
      const row = await trx.insertInto('budget_plan').values({ ...fields, created_at: now }).returning('id').executeTakeFirstOrThrow();
      id = row.id;
    } else {
      id = input.id;
      await trx.updateTable('budget_plan').set(fields).where('id', '=', id).execute();
      await trx.deleteFrom('budget_plan_investment').where('plan_id', '=', id).execute();
    }
    await trx
      .insertInto('budget_plan_investment')
      .values(input.investments.map((investment, position) => ({ plan_id: id, position, ...investmentColumns(investment) })))
      .execute();
    await writeFinancing(trx, id, null, input.financing);
    await audit({ action: input.id === null ? 'budgets.createPlan' : 'budgets.updatePlan', entity: 'budget_plan', entityId: id, before, after: await readPlan(trx, id) });
    return { id };
  });
}

export async function removePlan(ctx: ServiceContext, id: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const before = await readPlan(trx, id);
    await trx.deleteFrom('budget_plan').where('id', '=', id).execute();
    await audit({ action: 'budgets.removePlan', entity: 'budget_plan', entityId: id, before, after: null });
    return { ok: true as const };
  });
}

export async function saveScenario(ctx: ServiceContext, input: ScenarioInput): Promise<{ id: number }> {
  const coop = await requireCoop(ctx);
  checkRevenueChange(input.revenueChangePercent);
  return inTransaction(ctx, async (trx, audit) => {
    const plan = await readPlan(trx, input.planId);
    if (input.financing) {
      const spans = planYears(coop.fiscalYearStart, plan.fromYear, plan.years);
      checkFinancing(coop, spans, plan.investments.reduce((sum, i) => sum + i.costMinor, 0), input.financing);
    }
    const before = input.id === null ? null : plan.scenarios.find((s) => s.id === input.id);
    if (before === undefined) throw planRefusal('NOT_FOUND', 'SCENARIO_NOT_FOUND', `Plan ${input.planId} has no scenario ${input.id}.`, { id: input.id ?? 0 });
    const now = nowIso(ctx);
    const fields = { name: input.name, revenue_change_percent: input.revenueChangePercent, has_own_financing: input.financing ? (1 as const) : (0 as const), updated_at: now };
    let id: number;
    if (input.id === null) {
      const row = await trx.insertInto('budget_plan_scenario').values({ ...fields, plan_id: input.planId, created_at: now }).returning('id').executeTakeFirstOrThrow();
      id = row.id;
    } else {
      id = input.id;
      await trx.updateTable('budget_plan_scenario').set(fields).where('id', '=', id).execute();
    }
    await writeFinancing(trx, input.planId, id, input.financing ?? []);
    const after = (await readPlan(trx, input.planId)).scenarios.find((s) => s.id === id);
    await audit({ action: input.id === null ? 'budgets.createScenario' : 'budgets.updateScenario', entity: 'budget_plan_scenario', entityId: id, before, after });
    return { id };
  });
}

export async function removeScenario(ctx: ServiceContext, id: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await trx.selectFrom('budget_plan_scenario').select('plan_id').where('id', '=', id).executeTakeFirst();
    if (!row) throw planRefusal('NOT_FOUND', 'SCENARIO_NOT_FOUND', `There is no scenario ${id}.`, { id });
    const before = (await readPlan(trx, row.plan_id)).scenarios.find((s) => s.id === id);
    await trx.deleteFrom('budget_plan_scenario').where('id', '=', id).execute();
    await audit({ action: 'budgets.removeScenario', entity: 'budget_plan_scenario', entityId: id, before, after: null });
    return { ok: true as const };
  });
}
