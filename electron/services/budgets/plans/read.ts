/** Plans as the council reads them: the list with their totals, and one plan whole with its loans' schedules. */
import type { Kysely } from 'kysely';
import type { PlanDetail } from '../../../../shared/contract/budgets';
import type { DB } from '../../../db/schema';
import type { ServiceContext } from '../../core';
import { planRefusal } from './refuse';
import { financingOf, investmentOf } from './rows';
import { scheduleOf } from './years';

export async function listPlans(ctx: ServiceContext) {
  const plans = await ctx.db.selectFrom('budget_plan').selectAll().orderBy('from_year').orderBy('id').execute();
  const invested = await ctx.db.selectFrom('budget_plan_investment').select(['plan_id', (eb) => eb.fn.sum<number>('cost_minor').as('total')]).groupBy('plan_id').execute();
  const financed = await ctx.db
    .selectFrom('budget_plan_financing')
    .select(['plan_id', (eb) => eb.fn.sum<number>('amount_minor').as('total')])
    .where('scenario_id', 'is', null)
    .groupBy('plan_id')
    .execute();
  const byPlan = (rows: { plan_id: number; total: number }[]) => new Map(rows.map((r) => [r.plan_id, Number(r.total)]));
  const [investments, financing] = [byPlan(invested), byPlan(financed)];
  return plans.map((p) => ({
    id: p.id,
    name: p.name,
    fromYear: p.from_year,
    years: p.years,
    investmentMinor: investments.get(p.id) ?? 0,
    financedMinor: financing.get(p.id) ?? 0,
    updatedAt: p.updated_at,
  }));
}

export async function readPlan(db: Kysely<DB>, id: number): Promise<PlanDetail> {
  const plan = await db.selectFrom('budget_plan').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) throw planRefusal('NOT_FOUND', 'PLAN_NOT_FOUND', `There is no plan ${id}.`, { id });
  const investments = await db.selectFrom('budget_plan_investment').selectAll().where('plan_id', '=', id).orderBy('position').execute();
  const financingRows = await db.selectFrom('budget_plan_financing').selectAll().where('plan_id', '=', id).orderBy('position').execute();
  const scenarios = await db.selectFrom('budget_plan_scenario').selectAll().where('plan_id', '=', id).orderBy('id').execute();
  const financing = financingRows.filter((r) => r.scenario_id === null).map(financingOf);
  return {
    id: plan.id,
    name: plan.name,
    fromYear: plan.from_year,
    years: plan.years,
    note: plan.note,
    expectedRevenueMinorPerYear: plan.expected_revenue_minor,
    expectedSurplusMinorPerYear: plan.expected_surplus_minor,
    investments: investments.map(investmentOf),
    financing,
    schedules: financing.flatMap((f) => (f.kind === 'loan' ? [{ financingId: f.id, lender: f.lender, instalments: scheduleOf(f) }] : [])),
    scenarios: scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      revenueChangePercent: s.revenue_change_percent,
      financing: s.has_own_financing === 1 ? financingRows.filter((r) => r.scenario_id === s.id).map(financingOf) : null,
    })),
    updatedAt: plan.updated_at,
  };
}

export const getPlan = (ctx: ServiceContext, id: number) => readPlan(ctx.db, id);

