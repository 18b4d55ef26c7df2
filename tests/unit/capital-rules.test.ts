import { describe, expect, it } from 'vitest';
import {
  applyPayments,
  capitalAccountOf,
  canHoldCapital,
  ceilingBelowFloor,
  checkForfeiture,
  checkSubscription,
  drawOldestFirst,
  instalmentPlan,
  lateLines,
  layersDue,
  pendingInterest,
  planAddsUp,
  refundDue,
  serveQueue,
  yearCeiling,
} from '../../shared/domain/capital';
import { money } from '../../shared/domain/money';

const m = money;
const terms = { nominal: m(1000), minimumSubscription: m(50_000), minimumPaidNow: { num: 5, den: 100 } };

describe('instalment plans: n equal parts floor(total/n), the last takes the remainder, a month apart', () => {
  it('100.00 in 3 → 33.33, 33.33, 33.34', () => {
    const plan = instalmentPlan(m(10_000), 3, '2024-01-31');
    expect(plan.map((p) => p.amount)).toEqual([3333, 3333, 3334]);
    expect(plan.map((p) => p.dueDate)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
  });
  it('a plan that does not add up to the total is refused', () => {
    expect(planAddsUp(m(10_000), [3333, 3333, 3333])).toBe(false);
    expect(planAddsUp(m(10_000), [3333, 3333, 3334])).toBe(true);
    expect(planAddsUp(m(100), [101, -1])).toBe(false);
  });
  it('payments settle the oldest instalment first; unpaid past-due ones are late', () => {
    const schedule = applyPayments(instalmentPlan(m(300), 3, '2024-01-01'), 150);
    expect(schedule.map((s) => s.paid)).toEqual([100, 50, 0]);
    expect(lateLines(schedule, '2024-02-15').map((s) => s.number)).toEqual([2]);
  });
});

describe('minimum subscription per class (AR: a minimum wage’s worth, at least 5% paid at once)', () => {
  it('below the minimum subscription is refused', () => expect(checkSubscription(m(40_000), m(40_000), terms)?.reason).toBe('below_minimum'));
  it('5% of 500.00 = 25.00 must be paid at once', () => {
    expect(checkSubscription(m(50_000), m(2499), terms)).toEqual({ reason: 'paid_now_below_minimum', minimum: 2500 });
    expect(checkSubscription(m(50_000), m(2500), terms)).toBeNull();
  });
  it('only whole shares of the nominal value', () => expect(checkSubscription(m(50_500.0 + 1), m(50_501), terms)?.reason).toBe('not_whole_shares'));
  it('refund right decides equity or liability: automatic is a liability', () => {
    expect(capitalAccountOf('automatic')).toBe('members_capital_liability');
    expect(capitalAccountOf('council')).toBe('members_capital');
    expect(capitalAccountOf('prohibited')).toBe('members_capital');
  });
});

describe('refunds: nominal paid-in less losses, within the annual ceiling (AR: not below 5%), in order of request', () => {
  it('refund = paid-in less losses charged, never negative', () => {
    expect(refundDue(m(10_000), m(2_500))).toBe(7_500);
    expect(refundDue(m(1_000), m(2_500))).toBe(0);
  });
  it('AR ceiling below 5% is refused; other frameworks and no ceiling pass', () => {
    expect(ceilingBelowFloor({ num: 4, den: 100 }, 'AR')).toBe(true);
    expect(ceilingBelowFloor({ num: 5, den: 100 }, 'AR')).toBe(false);
    expect(ceilingBelowFloor({ num: 1, den: 100 }, 'US')).toBe(false);
    expect(ceilingBelowFloor(null, 'AR')).toBe(false);
  });
  it('the year ceiling is the share of paid-in capital, rounded half up', () => expect(yearCeiling(m(1_000_010), { num: 5, den: 100 })).toBe(50_001));
  it('the queue is served by request date; an instalment that does not fit stops it', () => {
    const queue = [
      { refundId: 2, requestDate: '2024-03-01', refundSeq: 2, amount: m(300) },
      { refundId: 1, requestDate: '2024-02-01', refundSeq: 1, amount: m(500) },
      { refundId: 3, requestDate: '2024-04-01', refundSeq: 3, amount: m(100) },
    ];
    expect(serveQueue(queue, m(700)).map((q) => q.refundId)).toEqual([1]);
    expect(serveQueue(queue, null).map((q) => q.refundId)).toEqual([1, 2, 3]);
  });
  it('pending interest: 1,000.00 at 10% for 73 days of 2023 = 20.00', () =>
    expect(pendingInterest(m(100_000), { num: 10, den: 100 }, '2023-01-01', '2023-03-15')).toBe(2_000));
  it('no rate, no interest', () => expect(pendingInterest(m(100_000), null, '2023-01-01', '2024-01-01')).toBe(0));
});

describe('revolving layers are paid oldest first after the policy’s years', () => {
  const layers = [
    { allocationYear: 2020, amount: m(100) },
    { allocationYear: 2018, amount: m(200) },
    { allocationYear: 2022, amount: m(300) },
  ];
  it('with 5 years, in 2025 the 2018 and 2020 layers are due, oldest first', () =>
    expect(layersDue(layers, 2025, 5).map((l) => l.allocationYear)).toEqual([2018, 2020]));
  it('a draw takes from the oldest layer first', () =>
    expect(drawOldestFirst(layers, m(250))).toEqual([
      { allocationYear: 2018, amount: 200 },
      { allocationYear: 2020, amount: 50 },
    ]));
});

describe('forfeiture only after the notice period, and only of a late subscription', () => {
  const base = { noticeDate: '2024-01-01', noticeDays: 30, lateAtNotice: true, pending: 100 };
  it('before the notice runs out it is refused, with the earliest date', () =>
    expect(checkForfeiture({ ...base, date: '2024-01-30' })).toEqual({ reason: 'notice_running', earliest: '2024-01-31' }));
  it('on the last day of the notice it passes', () => expect(checkForfeiture({ ...base, date: '2024-01-31' })).toBeNull());
  it('without a late instalment at the notice it is refused', () =>
    expect(checkForfeiture({ ...base, lateAtNotice: false, date: '2024-06-01' })?.reason).toBe('nothing_late'));
});

describe('who may hold capital: trial, active, on leave', () => {
  it('an applicant or a member who left may not', () => {
    expect(['trial', 'active', 'on_leave'].every((s) => canHoldCapital(s as never))).toBe(true);
    expect(['applicant', 'resigned', 'excluded', 'deceased'].some((s) => canHoldCapital(s as never))).toBe(false);
  });
});
