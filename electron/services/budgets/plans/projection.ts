/**
 * The multi-year view of a plan, per scenario (the plan itself first): the opening figures from the books
 * (members' capital paid in from capital, reserves, cash, other assets and debt from the ledger), each
 * year's revenue and result from that year's approved budget where there is one (else the plan's own
 * yearly figures), and the pure projection (shared/domain/budgets/projection.ts). Every assumption is
 * listed in the answer, with its figures, so the council sees what the numbers rest on.
 */
import { format, parseISO, subDays, subMonths } from 'date-fns';
import type { FinancingInput, PlanDetail, Projection } from '../../../../shared/contract/budgets';
import { projectPlan, type FiscalYearSpan, type ProjectedFinancing, type ProjectionOpening } from '../../../../shared/domain/budgets';
import type { AccountKey } from '../../../../shared/domain/ledger/accounts';
import { parseRational, rational } from '../../../../shared/domain/rational';
import type { ServiceContext } from '../../core';
import { requireCoop } from '../../coop';
import { paidInByMember } from '../../capital';
import { creditBalance } from '../../ledger';
import { readPlan } from './read';
import { dayOf, moneyOf, planRefusal } from './refuse';
import { listVersions } from '../versions';
import { planYears, scheduleOf } from './years';

const reserveAccounts: AccountKey[] = ['legal_reserve', 'education_fund', 'assistance_fund', 'other_reserves'];
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

async function openingFigures(ctx: ServiceContext, through: string): Promise<ProjectionOpening> {
  const balance = (account: AccountKey) => creditBalance(ctx.db, account, through);
  const debit = async (accounts: AccountKey[]) => -total(await Promise.all(accounts.map(balance)));
  return {
    membersCapitalMinor: total((await paidInByMember(ctx.db, through)).map((m) => m.paidInMinor)),
    reservesMinor: total(await Promise.all(reserveAccounts.map(balance))),
    cashMinor: await debit(['bank', 'cash']),
    otherAssetsMinor: await debit(['machinery', 'capital_receivable']),
    existingDebtMinor: await balance('loans_payable'),
  };
}

/** A loan is drawn one period before its first instalment, never before the plan's first day. */
function projected(source: FinancingInput, firstDay: string): ProjectedFinancing {
  if (source.kind !== 'loan') return source;
  const drawn = format(subMonths(parseISO(source.firstDate), 12 / source.frequency), 'yyyy-MM-dd');
  return { kind: 'loan', principalMinor: source.principalMinor, drawnOn: drawn < firstDay ? firstDay : drawn, schedule: scheduleOf(source) };
}

interface YearBase {
  year: number;
  revenueMinor: number;
  surplusMinor: number;
  /** The approved budget's version number the figures come from; null: the plan's own figures. */
  budgetVersion: number | null;
}

/** Each year's revenue and result before the plan: the year's approved budget, else the plan's figures. */
async function yearBases(ctx: ServiceContext, plan: PlanDetail, spans: readonly FiscalYearSpan[]): Promise<YearBase[]> {
  return Promise.all(
    spans.map(async ({ year }) => {
      const approved = (await listVersions(ctx, year)).find((v) => v.status === 'approved');
      return approved
        ? { year, revenueMinor: approved.incomeMinor, surplusMinor: approved.incomeMinor - approved.expenseMinor, budgetVersion: approved.number }
        : { year, revenueMinor: plan.expectedRevenueMinorPerYear, surplusMinor: plan.expectedSurplusMinorPerYear, budgetVersion: null };
    }),
  );
}

function assumptionsOf(plan: PlanDetail, opening: ProjectionOpening, openedOn: string, bases: readonly YearBase[], money: (minor: number) => string): Projection['assumptions'] {
  const a = (key: string, params: Record<string, string | number> = {}) => ({ key: `budgets:planAssumptions.${key}`, params });
  const fromBudgets = bases.flatMap((b) => (b.budgetVersion === null ? [] : [a('surplusFromBudget', { year: b.year, version: b.budgetVersion, revenue: money(b.revenueMinor), amount: money(b.surplusMinor) })]));
  const fromPlan = bases.filter((b) => b.budgetVersion === null).map((b) => b.year);
  return [
    a('openingDate', { date: openedOn }),
    a('startingCapital', { amount: money(opening.membersCapitalMinor), date: openedOn }),
    a('startingReserves', { amount: money(opening.reservesMinor), date: openedOn }),
    a('startingCash', { amount: money(opening.cashMinor), date: openedOn }),
    a('otherAssets', { amount: money(opening.otherAssetsMinor) }),
    a('existingDebt', { amount: money(opening.existingDebtMinor) }),
    ...fromBudgets,
    ...(fromPlan.length > 0 ? [a('surplusFromPlan', { years: fromPlan.join(', '), amount: money(plan.expectedSurplusMinorPerYear), revenue: money(plan.expectedRevenueMinorPerYear) })] : []),
    a('revenueBase'),
    a('wholeSurplusKept'),
    a('capitalMonthly'),
    a('loanDrawn'),
    a('straightLine'),
    a('savingsFromPurchase'),
  ];
}

export async function planProjection(ctx: ServiceContext, input: { planId: number; scenarioIds: number[] }): Promise<Projection> {
  const coop = await requireCoop(ctx);
  const plan = await readPlan(ctx.db, input.planId);
  const spans: FiscalYearSpan[] = planYears(coop.fiscalYearStart, plan.fromYear, plan.years);
  const openedOn = format(subDays(parseISO(spans[0]!.from), 1), 'yyyy-MM-dd');
  const opening = await openingFigures(ctx, openedOn);
  const bases = await yearBases(ctx, plan, spans);
  const money = moneyOf(coop);
  const investments = plan.investments;
  const project = (financing: readonly FinancingInput[], percent: string) => {
    const change = parseRational(percent) ?? rational(0);
    return projectPlan({
      years: spans,
      opening,
      baseRevenueMinor: bases.map((b) => b.revenueMinor),
      baseSurplusMinor: bases.map((b) => b.surplusMinor),
      revenueChange: rational(change.num, change.den * 100n),
      investments,
      financing: financing.map((f) => projected(f, spans[0]!.from)),
    });
  };
  const scenarios = input.scenarioIds.map((id) => {
    const scenario = plan.scenarios.find((s) => s.id === id);
    if (!scenario) throw planRefusal('NOT_FOUND', 'SCENARIO_NOT_FOUND', `Plan ${plan.id} has no scenario ${id}.`, { id });
    return { scenarioId: id, name: scenario.name, years: project(scenario.financing ?? plan.financing, scenario.revenueChangePercent) };
  });
  const scenarioAssumptions = input.scenarioIds.map((id) => {
    const scenario = plan.scenarios.find((s) => s.id === id)!;
    return { key: 'budgets:planAssumptions.scenarioRevenue', params: { name: scenario.name, percent: scenario.revenueChangePercent } };
  });
  return {
    planId: plan.id,
    assumptions: [...assumptionsOf(plan, opening, dayOf(coop)(openedOn), bases, money), ...scenarioAssumptions],
    scenarios: [{ scenarioId: null, name: plan.name, years: project(plan.financing, '0') }, ...scenarios],
  };
}
