/**
 * The capitalisation plan as typed in the editor: amounts in the coop's format, rates with either decimal
 * separator, hours of capacity, and a plan moved to another first year (issue 12).
 */
import { describe, expect, it } from 'vitest';
import { draftSchedule } from '../../renderer/src/screens/budgets/plans/LoanSchedule';
import { balanceOf, capacityMinutesOf, emptyPlan, movePlanYear, newFinancing, planInputOf, rateOf, type FinancingDraft } from '../../renderer/src/screens/budgets/plans/plan-draft';

const es = { locale: 'es', minorDigits: 2 };

describe('the plan editor reads what is typed', () => {
  it('reads an annual rate written with a comma or a dot exactly, and refuses anything else', () => {
    expect(rateOf('9,5')).toBe('9.5');
    expect(rateOf(' 4.75 ')).toBe('4.75');
    expect(rateOf('9,5%')).toBeNull();
    expect(rateOf('-1')).toBeNull();
  });

  it('keeps capacity in hours for people and in minutes for the plan', () => {
    expect(capacityMinutesOf('1600')).toBe(96_000);
    expect(capacityMinutesOf('1,5')).toBe(90);
    expect(capacityMinutesOf('')).toBeNull();
    expect(capacityMinutesOf('mucho')).toBe('invalid');
  });

  it('says by how much the financing is short, from the amounts typed in the coop’s format', () => {
    const plan = emptyPlan(2027);
    plan.investments[0]!.cost = '5.000.000,00';
    const loan = { ...newFinancing('loan', 2027), principal: '3.000.000,00' } as FinancingDraft;
    const capital = { ...newFinancing('capital', 2027), amount: '1.500.000,00' } as FinancingDraft;
    expect(balanceOf({ investments: plan.investments, financing: [capital, loan] }, es)).toEqual({ investmentMinor: 500_000_000, financedMinor: 450_000_000, gapMinor: -50_000_000 });
  });

  it('sends an unreadable amount as no number, so the service names that very field', () => {
    const plan = emptyPlan(2027);
    plan.investments[0]!.cost = '5.000,000';
    const input = planInputOf(plan, es);
    expect(Number.isNaN(input.investments[0]!.costMinor)).toBe(true);
    expect(input.expectedRevenueMinorPerYear).toBe(0);
  });

  it('moves the dates of the old first year with the plan, and leaves the others', () => {
    const plan = { ...emptyPlan(2027), financing: [newFinancing('loan', 2027), newFinancing('retained', 2027)] };
    plan.investments[0]!.date = '2028-05-01';
    const moved = movePlanYear(plan, 2027, 2029);
    expect(moved.investments[0]!.date).toBe('2028-05-01');
    expect(moved.financing[0]).toMatchObject({ firstDate: '2029-02-01' });
    expect(moved.financing[1]).toMatchObject({ year: '2029' });
  });
});

describe('the loan schedule under a loan’s fields', () => {
  const loan = (over: Partial<Extract<FinancingDraft, { kind: 'loan' }>>) => ({ ...(newFinancing('loan', 2027) as Extract<FinancingDraft, { kind: 'loan' }>), principal: '3.500.000,00', annualRate: '9,5', periods: '36', ...over });

  it('follows the loan rule: French, 36 monthly instalments, the last one taking the remainder', () => {
    const schedule = draftSchedule(loan({}), es);
    expect(Array.isArray(schedule) && schedule.length).toBe(36);
    const rows = schedule as Exclude<typeof schedule, { why: string }>;
    expect(rows[0]).toMatchObject({ date: '2027-02-01', paymentMinor: 11_211_532, interestMinor: 2_770_833 });
    expect(rows.at(-1)).toMatchObject({ paymentMinor: 11_211_549, balanceMinor: 0 });
  });

  it('waits for the missing figures, and says why a zero term has no schedule', () => {
    expect(draftSchedule(loan({ principal: '' }), es)).toEqual({ why: 'plans.schedule.incomplete' });
    expect(draftSchedule(loan({ periods: '0' }), es)).toMatchObject({ why: 'budgets:errors.LOAN_TERM', params: { periods: 0 } });
  });
});
