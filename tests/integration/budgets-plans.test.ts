/**
 * Capitalisation plans through the real dispatcher over a temp-file database (issue 12): a machine financed
 * by members' capital and a French loan adds up and is saved with its audit rows; financing that does not
 * add up, a zero-term loan, a date outside the plan and a sixth year are refused with a sentence in the
 * coop's language; the five-year view matches a hand computation to the cent, and a lower revenue lowers
 * the surplus and raises debt service ÷ surplus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { translate } from '../../shared/i18n/catalogue';
import { openCapitalSession } from './capital-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

/** A 30,000.00 press in March 2026: 10,000.00 of new capital in 10 months, 20,000.00 lent at 10% over 3 years. */
const pressPlan = (overrides: Partial<Input<'budgets.savePlan'>> = {}): Input<'budgets.savePlan'> => ({
  id: null,
  name: 'Prensa nueva',
  fromYear: 2026,
  years: 5,
  note: null,
  expectedRevenueMinorPerYear: 50_000_000,
  expectedSurplusMinorPerYear: 2_000_000,
  investments: [{ name: 'Prensa', costMinor: 3_000_000, date: '2026-03-01', usefulLifeYears: 10, capacityMinutesPerYear: 120_000, savingsMinorPerYear: 120_000, note: null }],
  financing: [
    { kind: 'capital', amountMinor: 1_000_000, date: '2026-02-01', instalments: 10, note: null },
    { kind: 'loan', lender: 'Banco Credicoop', principalMinor: 2_000_000, annualRate: '10', periods: 3, frequency: 1, method: 'french', firstDate: '2027-03-01' },
  ],
  ...overrides,
});

/** Two members who each paid 200.00 of a 2,000.00 subscription in 2024: the books the plan opens from. */
async function openPlansSession(dir: string) {
  const s = await openCapitalSession(dir);
  for (const member of s.members.slice(0, 2)) {
    const sub = await s.subscribe(member.id);
    if (!sub.ok) throw new Error(sub.error.message);
  }
  const auditRows = (entity: string) =>
    s.handle().prepare('SELECT action, before_json AS before, after_json AS after FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as { action: string; before: string | null; after: string | null }[];
  const planRows = () => s.handle().prepare('SELECT (SELECT count(*) FROM budget_plan) + (SELECT count(*) FROM budget_plan_financing) + (SELECT count(*) FROM budget_plan_investment)').pluck().get() as number;
  return { ...s, auditRows, planRows };
}

type Session = Awaited<ReturnType<typeof openPlansSession>>;

async function expectRefused(s: Session, input: Input<'budgets.savePlan'>, key: string) {
  const before = s.planRows();
  const result = await s.call('budgets.savePlan', input);
  expect(result.ok).toBe(false);
  if (result.ok) return null;
  expect(result.error.key).toBe(key);
  expect(translate('es', result.error.key, result.error.params ?? {})).not.toBe(key);
  expect(s.planRows()).toBe(before);
  return result.error;
}

describe('saving a capitalisation plan', () => {
  it('a machine financed by capital + a French loan adds up: saved with the loan schedule, the last instalment taking the remainder', async () => {
    const s = await openPlansSession(tempDir());
    const { id } = await s.must('budgets.savePlan', pressPlan());
    const plan = await s.must('budgets.plan', { id });
    expect(plan.financing.map((f) => f.kind)).toEqual(['capital', 'loan']);
    expect(plan.schedules[0]!.instalments.map((i) => [i.date, i.interestMinor, i.principalMinor, i.paymentMinor])).toEqual([
      ['2027-03-01', 200_000, 604_230, 804_230],
      ['2028-03-01', 139_577, 664_653, 804_230],
      ['2029-03-01', 73_112, 731_117, 804_229],
    ]);
    expect(await s.must('budgets.plans', {})).toEqual([expect.objectContaining({ id, name: 'Prensa nueva', investmentMinor: 3_000_000, financedMinor: 3_000_000 })]);
    s.session.close();
  });

  it('financing that does not add up is refused with both totals and the difference in the coop’s currency', async () => {
    const s = await openPlansSession(tempDir());
    const [capital, loan] = pressPlan().financing;
    const error = await expectRefused(s, pressPlan({ financing: [capital!, { ...loan!, principalMinor: 1_900_000 } as typeof loan & object] }), 'budgets:planErrors.FINANCING_MISMATCH');
    const sentence = translate('es', error!.key, error!.params ?? {});
    expect(sentence).toMatch(/29\.000,00/);
    expect(sentence).toMatch(/30\.000,00/);
    // Spanish groups thousands only from five digits on (CLDR minimumGroupingDigits 2): 1000,00.
    expect(sentence).toMatch(/diferencia de 1000,00/);
    s.session.close();
  });

  it('a loan with a zero term is refused by the loan rule', async () => {
    const s = await openPlansSession(tempDir());
    const [capital, loan] = pressPlan().financing;
    const error = await expectRefused(s, pressPlan({ financing: [capital!, { ...loan!, periods: 0 } as typeof loan & object] }), 'budgets:errors.LOAN_TERM');
    expect(error!.code).toBe('BAD_INPUT');
    s.session.close();
  });

  it('a date outside the plan’s years, a sixth year and a negative amount are refused', async () => {
    const s = await openPlansSession(tempDir());
    const [machine] = pressPlan().investments;
    await expectRefused(s, pressPlan({ investments: [{ ...machine!, date: '2031-01-10' }] }), 'budgets:planErrors.DATE_OUTSIDE_PLAN');
    await expectRefused(s, pressPlan({ years: 6 }), 'budgets:planErrors.PLAN_YEARS');
    await expectRefused(s, pressPlan({ years: 2 }), 'budgets:planErrors.PLAN_YEARS');
    const negative = await s.call('budgets.savePlan', pressPlan({ investments: [{ ...machine!, costMinor: -1 }] }));
    expect(negative).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(JSON.stringify(negative)).toContain('budgets:planErrors.NEGATIVE_AMOUNT');
    s.session.close();
  });

  it('each save and removal is audited with the plan before and after', async () => {
    const s = await openPlansSession(tempDir());
    const { id } = await s.must('budgets.savePlan', pressPlan());
    await s.must('budgets.savePlan', pressPlan({ id, name: 'Prensa y guillotina' }));
    const scenario = await s.must('budgets.saveScenario', { id: null, planId: id, name: 'Menos ventas', revenueChangePercent: '-2', financing: null });
    await s.must('budgets.removeScenario', { id: scenario.id });
    await s.must('budgets.removePlan', { id });
    const plans = s.auditRows('budget_plan');
    expect(plans.map((r) => r.action)).toEqual(['budgets.createPlan', 'budgets.updatePlan', 'budgets.removePlan']);
    expect(plans[0]!.before).toBeNull();
    expect(JSON.parse(plans[1]!.before!).name).toBe('Prensa nueva');
    expect(JSON.parse(plans[1]!.after!).name).toBe('Prensa y guillotina');
    expect(plans[2]!.after).toBeNull();
    expect(s.auditRows('budget_plan_scenario').map((r) => r.action)).toEqual(['budgets.createScenario', 'budgets.removeScenario']);
    expect(s.planRows()).toBe(0);
    s.session.close();
  });
});

describe('printing a plan', () => {
  it('prints the plan’s route with the chosen scenarios and saves the PDF where the person chose', async () => {
    const s = await openPlansSession(tempDir());
    const { id } = await s.must('budgets.savePlan', pressPlan());
    const scenario = await s.must('budgets.saveScenario', { id: null, planId: id, name: 'Menos ventas', revenueChangePercent: '-2', financing: null });
    const routes: string[] = [];
    s.platform.printToPdf = async ({ route }) => {
      routes.push(route);
      return new TextEncoder().encode('%PDF-1.7 plan');
    };
    const { path } = await s.must('budgets.printPlan', { planId: id, scenarioIds: [scenario.id] });
    expect(routes).toEqual([`/print/budgets/plan/${id}?scenarios=${scenario.id}`]);
    expect(path).toMatch(/-2026\.pdf$/);
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 plan');
    expect(await s.call('budgets.printPlan', { planId: id + 1, scenarioIds: [] })).toMatchObject({ ok: false, error: { key: 'budgets:planErrors.PLAN_NOT_FOUND' } });
    s.session.close();
  });
});

describe('the five-year view', () => {
  // By hand: the books open with 400.00 paid in (cash), 3,600.00 still to be paid in, no reserves, no debt.
  // The loan's instalment: 20,000.00 · 0.1 · 1.1³ / (1.1³ − 1) = 8,042.296… → 8,042.30; interest is 10% of
  // the balance (2,000.00 of 20,000.00; 1,395.77 of 13,957.70; 731.117 → 731.12 of 7,311.17), and the third
  // instalment repays the 7,311.17 left. Capital + reserves ÷ assets in 2030: 97,273.11 ÷ 100,873.11.
  // Each year: surplus = 20,000.00 + 1,200.00 savings − 3,000.00 depreciation − the loan's interest;
  // cash += surplus + depreciation + capital paid + loan drawn − the press − principal repaid.
  const expected = [
    { year: 2026, membersCapitalMinor: 1_040_000, reservesMinor: 1_820_000, debtOutstandingMinor: 2_000_000, debtServiceMinor: 0, expectedSurplusMinor: 1_820_000, cashMinor: 2_160_000, assetsMinor: 5_220_000 },
    { year: 2027, membersCapitalMinor: 1_040_000, reservesMinor: 3_440_000, debtOutstandingMinor: 1_395_770, debtServiceMinor: 804_230, expectedSurplusMinor: 1_620_000, cashMinor: 3_475_770, assetsMinor: 6_235_770 },
    { year: 2028, membersCapitalMinor: 1_040_000, reservesMinor: 5_120_423, debtOutstandingMinor: 731_117, debtServiceMinor: 804_230, expectedSurplusMinor: 1_680_423, cashMinor: 4_791_540, assetsMinor: 7_251_540 },
    { year: 2029, membersCapitalMinor: 1_040_000, reservesMinor: 6_867_311, debtOutstandingMinor: 0, debtServiceMinor: 804_229, expectedSurplusMinor: 1_746_888, cashMinor: 6_107_311, assetsMinor: 8_267_311 },
    { year: 2030, membersCapitalMinor: 1_040_000, reservesMinor: 8_687_311, debtOutstandingMinor: 0, debtServiceMinor: 0, expectedSurplusMinor: 1_820_000, cashMinor: 8_227_311, assetsMinor: 10_087_311 },
  ];

  it('the plan projected over 5 years matches the hand computation to the cent, ratios as exact fractions', async () => {
    const s = await openPlansSession(tempDir());
    const { id } = await s.must('budgets.savePlan', pressPlan());
    const projection = await s.must('budgets.projection', { planId: id, scenarioIds: [] });
    const [base] = projection.scenarios;
    expect(base!.scenarioId).toBeNull();
    base!.years.forEach((year, i) => expect(year).toMatchObject(expected[i]!));
    expect(base!.years[1]!.debtServiceToSurplus).toEqual({ fraction: '80423/162000', value: 804_230 / 1_620_000 });
    expect(base!.years[4]!.equityToAssets).toEqual({ fraction: '3242437/3362437', value: 9_727_311 / 10_087_311 });
    expect(base!.years[4]!.debtServiceToSurplus).toEqual({ fraction: '0/1', value: 0 });
    const keys = projection.assumptions.map((a) => a.key);
    expect(keys).toEqual(expect.arrayContaining(['budgets:planAssumptions.startingCapital', 'budgets:planAssumptions.surplusFromPlan', 'budgets:planAssumptions.loanDrawn']));
    const capital = projection.assumptions.find((a) => a.key === 'budgets:planAssumptions.startingCapital')!;
    expect(translate('es', capital.key, capital.params)).toContain('400,00');
    s.session.close();
  });

  it('a lower-revenue scenario lowers each year’s surplus and raises debt service ÷ surplus', async () => {
    const s = await openPlansSession(tempDir());
    const { id } = await s.must('budgets.savePlan', pressPlan());
    const lower = await s.must('budgets.saveScenario', { id: null, planId: id, name: 'Ventas −2%', revenueChangePercent: '-2', financing: null });
    const { scenarios } = await s.must('budgets.projection', { planId: id, scenarioIds: [lower.id] });
    const [base, scenario] = scenarios;
    expect(scenario!.name).toBe('Ventas −2%');
    scenario!.years.forEach((year, i) => {
      expect(year.expectedSurplusMinor).toBe(base!.years[i]!.expectedSurplusMinor - 1_000_000);
      expect(year.debtServiceMinor).toBe(base!.years[i]!.debtServiceMinor);
    });
    expect(scenario!.years[1]!.debtServiceToSurplus.value!).toBeGreaterThan(base!.years[1]!.debtServiceToSurplus.value!);
    expect(scenario!.years[1]!.debtServiceToSurplus.fraction).toBe('80423/62000');
    s.session.close();
  });

  it('a year with an approved budget takes its revenue and result; the other years keep the plan’s own figures', async () => {
    const s = await openPlansSession(tempDir());
    const { id: versionId } = await s.must('budgets.createDraft', { year: 2026, from: 'empty', versionId: null, note: null });
    await s.must('budgets.saveLines', {
      versionId,
      lines: [
        { account: 'sales', label: 'Ventas', months: Array<number>(12).fill(4_000_000) },
        { account: 'materials', label: 'Materiales', months: Array<number>(12).fill(3_800_000) },
      ],
    });
    // Approved as budgets.approve leaves it; the resolution's own path is the budget tests' concern, so the
    // motion it names is not built here (foreign keys off for this one statement).
    s.handle().pragma('foreign_keys = OFF');
    s.handle()
      .prepare("UPDATE budget_version SET status = 'approved', approved_at = ?, resolution_id = 99, resolution_reference = 'Acta 7', resolution_date = '2025-12-10', content_hash = ? WHERE id = ?")
      .run('2025-12-10T20:00:00.000Z', 'a'.repeat(64), versionId);
    s.handle().pragma('foreign_keys = ON');
    const { id } = await s.must('budgets.savePlan', pressPlan());
    const lower = await s.must('budgets.saveScenario', { id: null, planId: id, name: 'Ventas −2%', revenueChangePercent: '-2', financing: null });
    const projection = await s.must('budgets.projection', { planId: id, scenarioIds: [lower.id] });
    const [base, scenario] = projection.scenarios;
    // 2026: 480,000.00 − 456,000.00 = 24,000.00 budgeted, + 1,200.00 savings − 3,000.00 depreciation.
    expect(base!.years.map((y) => y.expectedSurplusMinor)).toEqual([2_220_000, 1_620_000, 1_680_423, 1_746_888, 1_820_000]);
    // 2% of the budget's 480,000.00 in 2026, of the plan's 500,000.00 after.
    expect(scenario!.years.map((y) => y.expectedSurplusMinor)).toEqual([2_220_000 - 960_000, 620_000, 680_423, 746_888, 820_000]);
    const fromBudget = projection.assumptions.find((a) => a.key === 'budgets:planAssumptions.surplusFromBudget')!;
    expect(fromBudget.params).toMatchObject({ year: 2026, version: 1 });
    expect(projection.assumptions.find((a) => a.key === 'budgets:planAssumptions.surplusFromPlan')!.params).toMatchObject({ years: '2027, 2028, 2029, 2030' });
    s.session.close();
  });

  it('a scenario with its own financing mix must add up too, and is projected with it', async () => {
    const s = await openPlansSession(tempDir());
    const { id } = await s.must('budgets.savePlan', pressPlan());
    const short = await s.call('budgets.saveScenario', { id: null, planId: id, name: 'Sin préstamo', revenueChangePercent: '0', financing: [{ kind: 'capital', amountMinor: 1_000_000, date: '2026-02-01', instalments: 1, note: null }] });
    expect(short).toMatchObject({ ok: false, error: { key: 'budgets:planErrors.FINANCING_MISMATCH' } });
    const allCapital = await s.must('budgets.saveScenario', { id: null, planId: id, name: 'Sin préstamo', revenueChangePercent: '0', financing: [{ kind: 'capital', amountMinor: 3_000_000, date: '2026-02-01', instalments: 10, note: null }] });
    const { scenarios } = await s.must('budgets.projection', { planId: id, scenarioIds: [allCapital.id] });
    expect(scenarios[1]!.years.map((y) => y.debtOutstandingMinor)).toEqual([0, 0, 0, 0, 0]);
    expect(scenarios[1]!.years[0]!.membersCapitalMinor).toBe(3_040_000);
    // A cheaper press would leave the scenario's 30,000.00 of capital paying for nothing: refused, naming it.
    const [machine] = pressPlan().investments;
    const [capital, loan] = pressPlan().financing;
    const cheaper = pressPlan({ id, investments: [{ ...machine!, costMinor: 2_900_000 }], financing: [capital!, { ...loan!, principalMinor: 1_900_000 } as typeof loan & object] });
    expect(await s.call('budgets.savePlan', cheaper)).toMatchObject({ ok: false, error: { key: 'budgets:planErrors.SCENARIO_OUT_OF_STEP', params: { scenario: 'Sin préstamo' } } });
    expect((await s.must('budgets.plan', { id })).investments[0]!.costMinor).toBe(3_000_000);
    s.session.close();
  });
});
