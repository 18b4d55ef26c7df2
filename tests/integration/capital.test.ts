/**
 * Each capital operation through the real dispatcher over a temp-file database: what it writes to the
 * register, the journal entry it posts in the same transaction, and the refusals of issue 7's "Bad input"
 * (a sentence in the coop's language, nothing written).
 */
import { describe, expect, it } from 'vitest';
import { checkAllDomains } from '../../electron/services/domains';
import { chargeLoss, creditCapitalisedReturn, deductInstalmentFromPay } from '../../electron/services/capital';
import { formatMoney } from '../../shared/domain/money-format';
import { translate } from '../../shared/i18n/catalogue';
import { openCapitalSession } from './capital-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

async function withSubscription(dir: string) {
  const s = await openCapitalSession(dir);
  const sub = await s.subscribe(s.members[0]!.id);
  if (!sub.ok) throw new Error(sub.error.message);
  return { ...s, sub: sub.value };
}

/** A refusal: its code, its key, the sentence in Spanish (the coop's language), and nothing written. */
async function expectRefusal(s: Awaited<ReturnType<typeof openCapitalSession>>, call: () => Promise<{ ok: boolean; error?: { code: string; key: string; params?: Record<string, string | number> } }>, key: string) {
  const before = s.writes();
  const result = await call();
  expect(result.ok).toBe(false);
  expect(result.error!.key).toBe(key);
  const sentence = translate('es', result.error!.key, result.error!.params ?? {});
  expect(sentence).not.toBe(key);
  expect(sentence).not.toMatch(/{{/);
  expect(s.writes()).toEqual(before);
  return sentence;
}

describe('subscriptions and payments', () => {
  it('a subscription in instalments: paid-now line first, equal instalments with the remainder last, and its journal entries', async () => {
    const s = await withSubscription(tempDir());
    expect(s.sub.instalments.map((i) => [i.dueDate, i.amountMinor])).toEqual([
      ['2024-02-01', 20_000],
      ['2024-03-01', 60_000],
      ['2024-04-01', 60_000],
      ['2024-05-01', 60_000],
    ]);
    expect(s.linesOf(1)).toEqual([
      { account: 'capital_receivable', member: 1, debit: 200_000, credit: 0 },
      { account: 'members_capital', member: 1, debit: 0, credit: 200_000 },
    ]);
    expect(s.linesOf(2)).toEqual([
      { account: 'cash', member: null, debit: 20_000, credit: 0 },
      { account: 'capital_receivable', member: 1, debit: 0, credit: 20_000 },
    ]);
  });

  it('100.00 left in 3 instalments: 33.33, 33.33, 33.34 (the last takes the remainder)', async () => {
    const s = await openCapitalSession(tempDir());
    const sub = await s.subscribe(s.members[0]!.id, { shares: 11, paidNowMinor: 100_000 });
    expect(sub.ok && sub.value.instalments.slice(1).map((i) => i.amountMinor)).toEqual([3_333, 3_333, 3_334]);
  });

  it('a payment settles the oldest instalment first; a payment above what is due is refused', async () => {
    const s = await withSubscription(tempDir());
    const paid = await s.must('capital.pay', { subscriptionId: s.sub.id, amountMinor: 70_000, date: '2024-03-01', method: 'bank' });
    expect(s.linesOf(paid.number)).toEqual([
      { account: 'bank', member: null, debit: 70_000, credit: 0 },
      { account: 'capital_receivable', member: 1, debit: 0, credit: 70_000 },
    ]);
    const [after] = await s.must('capital.subscriptions', { memberId: s.members[0]!.id });
    expect(after!.instalments.map((i) => i.paidMinor)).toEqual([20_000, 60_000, 10_000, 0]);
    const sentence = await expectRefusal(s, () => s.call('capital.pay', { subscriptionId: s.sub.id, amountMinor: 110_001, date: '2024-04-01', method: 'bank' }), 'capital:errors.PAYMENT_ABOVE_DUE');
    // The amounts read as money in the coop's currency and language, not as bare minor units.
    expect(sentence).toContain(formatMoney(110_001, { currency: 'ARS', minorDigits: 2 }, 'es'));
    expect(sentence).not.toContain('110001');
  });

  it('a pay deduction posts against pay payable (what the pay-run module will call)', async () => {
    const s = await withSubscription(tempDir());
    const op = await deductInstalmentFromPay(s.ctx(), { subscriptionId: s.sub.id, amountMinor: 60_000, date: '2024-03-31' });
    expect(op.method).toBe('payroll');
    // Pay payable is owed member by member: the deduction names whose pay it came out of.
    expect(s.linesOf(op.number)[0]).toEqual({ account: 'pay_payable', member: 1, debit: 60_000, credit: 0 });
  });

  it('minimum subscription and 5% paid at once are refused below the class minimums', async () => {
    const s = await openCapitalSession(tempDir());
    await expectRefusal(s, () => s.subscribe(s.members[0]!.id, { shares: 9 }), 'capital:errors.SUBSCRIPTION_BELOW_MINIMUM');
    await expectRefusal(s, () => s.subscribe(s.members[0]!.id, { paidNowMinor: 9_999 }), 'capital:errors.SUBSCRIPTION_PAID_NOW_BELOW_MINIMUM');
  });

  it('a plan that does not add up is refused, nothing written', async () => {
    const s = await openCapitalSession(tempDir());
    await expectRefusal(s, () => s.subscribe(s.members[0]!.id, { planMinor: [60_000, 60_000, 59_999] }), 'capital:errors.PLAN_DOES_NOT_ADD_UP');
    const ok = await s.subscribe(s.members[0]!.id, { planMinor: [100_000, 50_000, 30_000] });
    expect(ok.ok && ok.value.instalments.map((i) => i.amountMinor)).toEqual([20_000, 100_000, 50_000, 30_000]);
  });

  it('an amount typed as text ("1.234,56") never reaches the service: a typed BAD_INPUT, nothing written', async () => {
    const s = await withSubscription(tempDir());
    const before = s.writes();
    const result = await s.dispatch('capital.pay', { subscriptionId: s.sub.id, amountMinor: '1.234,56', date: '2024-03-01', method: 'bank' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('BAD_INPUT');
    expect(s.writes()).toEqual(before);
  });

  it('a non-member (applicant) cannot subscribe; a date before joining is refused', async () => {
    const s = await openCapitalSession(tempDir());
    await expectRefusal(s, () => s.subscribe(s.members[2]!.id), 'capital:errors.NOT_A_HOLDER');
    await expectRefusal(s, () => s.subscribe(s.members[0]!.id, { date: '2024-01-14', firstDueDate: '2024-02-01' }), 'capital:errors.BEFORE_JOIN');
  });

  it('a date in a closed ledger period is refused', async () => {
    const s = await openCapitalSession(tempDir());
    await s.must('ledger.closePeriod', { through: '2024-06-30', reason: 'Cierre semestral' });
    await expectRefusal(s, () => s.subscribe(s.members[0]!.id), 'capital:errors.CLOSED_PERIOD');
  });
});

describe('transfers, returns and losses', () => {
  it('a transfer moves paid-in capital between members with the approval reference; to a non-member it is refused', async () => {
    const s = await withSubscription(tempDir());
    const op = await s.must('capital.transfer', { fromMemberId: s.members[0]!.id, toMemberId: s.members[1]!.id, amountMinor: 10_000, date: '2024-02-10', approvalReference: 'Acta 12' });
    expect(op.reference).toBe('Acta 12');
    expect(op.counterpartMemberNumber).toBe(2);
    expect(s.linesOf(op.number)).toEqual([
      { account: 'members_capital', member: 1, debit: 10_000, credit: 0 },
      { account: 'members_capital', member: 2, debit: 0, credit: 10_000 },
    ]);
    await expectRefusal(
      s,
      () => s.call('capital.transfer', { fromMemberId: s.members[0]!.id, toMemberId: s.members[2]!.id, amountMinor: 1_000, date: '2024-02-10', approvalReference: 'Acta 13' }),
      'capital:errors.NOT_A_HOLDER',
    );
    await expectRefusal(
      s,
      () => s.call('capital.transfer', { fromMemberId: s.members[0]!.id, toMemberId: s.members[1]!.id, amountMinor: 10_001, date: '2024-02-10', approvalReference: 'Acta 13' }),
      'capital:errors.TRANSFER_ABOVE_HELD',
    );
  });

  it('a capitalised return and a charged loss post to the member capital account; a loss above paid-in is refused', async () => {
    const s = await withSubscription(tempDir());
    const ret = await creditCapitalisedReturn(s.ctx(), { memberId: s.members[0]!.id, amountMinor: 5_000, date: '2024-12-31', allocationYear: 2024 });
    expect(s.linesOf(ret.number)).toEqual([
      { account: 'returns_payable', member: 1, debit: 5_000, credit: 0 },
      { account: 'members_capital', member: 1, debit: 0, credit: 5_000 },
    ]);
    const loss = await chargeLoss(s.ctx(), { memberId: s.members[0]!.id, amountMinor: 2_500, date: '2024-12-31' });
    expect(s.linesOf(loss.number)[1]).toEqual({ account: 'losses', member: null, debit: 0, credit: 2_500 });
    await expect(chargeLoss(s.ctx(), { memberId: s.members[0]!.id, amountMinor: 22_501, date: '2024-12-31' })).rejects.toMatchObject({ key: 'capital:errors.LOSS_ABOVE_HELD' });
    const statement = await s.must('capital.statement', { memberId: s.members[0]!.id, from: '2024-01-01', to: '2024-12-31' });
    expect(statement.closing).toMatchObject({ paidMinor: 20_000, capitalisedReturnsMinor: 5_000, lossesChargedMinor: 2_500, balanceMinor: 22_500, pendingMinor: 180_000 });
  });
});

describe('refunds', () => {
  async function departed(dir: string) {
    const s = await withSubscription(dir);
    await s.must('capital.pay', { subscriptionId: s.sub.id, amountMinor: 40_000, date: '2024-03-01', method: 'bank' });
    const other = await s.subscribe(s.members[1]!.id, { paidNowMinor: 200_000 });
    if (!other.ok) throw new Error(other.error.message);
    await s.must('members.changeStatus', { id: s.members[0]!.id, status: 'resigned', date: '2025-01-31', cause: 'Renuncia', resolution: null });
    return s;
  }

  it('a member who has not left cannot ask for a refund', async () => {
    const s = await withSubscription(tempDir());
    await expectRefusal(s, () => s.call('capital.requestRefund', { memberId: s.members[0]!.id, date: '2025-01-31' }), 'capital:errors.REFUND_STILL_MEMBER');
  });

  it('a departing member: unpaid capital forfeited, paid-in moved to capital to refund, in the policy instalments a year apart', async () => {
    const s = await departed(tempDir());
    await expectRefusal(s, () => s.call('capital.requestRefund', { memberId: s.members[0]!.id, date: '2025-01-30' }), 'capital:errors.REFUND_BEFORE_LEAVING');
    const refund = await s.must('capital.requestRefund', { memberId: s.members[0]!.id, date: '2025-02-01' });
    expect(refund.amountMinor).toBe(60_000);
    expect(refund.instalments.map((i) => [i.dueDate, i.amountMinor])).toEqual([
      ['2025-02-01', 20_000],
      ['2026-02-01', 20_000],
      ['2027-02-01', 20_000],
    ]);
    const kinds = s.handle().prepare('SELECT kind, amount_minor FROM capital_operation WHERE member_id = 1 ORDER BY number').all();
    expect(kinds.slice(-2)).toEqual([
      { kind: 'forfeiture', amount_minor: 140_000 },
      { kind: 'refund_request', amount_minor: 60_000 },
    ]);
    const statement = await s.must('capital.statement', { memberId: s.members[0]!.id, from: '2025-01-01', to: '2025-12-31' });
    expect(statement.closing).toMatchObject({ balanceMinor: 0, pendingMinor: 0, refundsMinor: 60_000, forfeitedMinor: 140_000 });
  });

  it('the queue is served within the year ceiling (5% of paid-in at the year start); pending amounts earn interest', async () => {
    const s = await departed(tempDir());
    const refund = await s.must('capital.requestRefund', { memberId: s.members[0]!.id, date: '2025-02-01' });
    // Paid-in at 2024-12-31: 60,000 + 200,000 = 260,000; 5% = 13,000 < the 20,000 instalment.
    const queue = await s.must('capital.refundQueue', { year: 2025 });
    expect(queue).toMatchObject({ ceilingMinor: 13_000, usedMinor: 0, leftMinor: 13_000 });
    expect(queue.queue.map((q) => [q.memberNumber, q.position, q.pendingMinor])).toEqual([[1, 1, 60_000]]);
    await expectRefusal(s, () => s.call('capital.payRefundInstalment', { refundId: refund.id, date: '2025-03-01', method: 'bank' }), 'capital:errors.CEILING_REACHED');

    await s.must('capital.updatePolicy', { refundCeiling: { num: 10, den: 100 }, refundInstalments: 3, pendingRefundRate: { num: 10, den: 100 }, forfeitureNoticeDays: 30, revolvingYears: null });
    const paid = await s.must('capital.payRefundInstalment', { refundId: refund.id, date: '2025-03-01', method: 'bank' });
    // 10% a year on 600.00 for the 28 days from 1 February: 600.00 × 0.10 × 28/365 = 4.60.
    expect(s.linesOf(paid.number)).toEqual([
      { account: 'capital_to_refund', member: 1, debit: 20_000, credit: 0 },
      { account: 'interest_expense', member: 1, debit: 460, credit: 0 },
      { account: 'bank', member: null, debit: 0, credit: 20_460 },
    ]);
    const after = await s.must('capital.refundQueue', { year: 2025 });
    expect(after).toMatchObject({ ceilingMinor: 26_000, usedMinor: 20_000, leftMinor: 6_000 });
  });
});

describe('the refund queue order', () => {
  it('refunds are paid in order of request: a later request waits while an earlier one has an instalment due', async () => {
    const s = await openCapitalSession(tempDir());
    await s.must('capital.updatePolicy', { refundCeiling: null, refundInstalments: 2, pendingRefundRate: null, forfeitureNoticeDays: 30, revolvingYears: null });
    for (const member of s.members.slice(0, 2)) {
      await s.subscribe(member.id, { paidNowMinor: 200_000 });
      await s.must('members.changeStatus', { id: member.id, status: 'resigned', date: '2025-01-31', cause: 'Renuncia', resolution: null });
    }
    const first = await s.must('capital.requestRefund', { memberId: s.members[1]!.id, date: '2025-02-01' });
    const second = await s.must('capital.requestRefund', { memberId: s.members[0]!.id, date: '2025-02-05' });
    expect((await s.must('capital.refundQueue', { year: 2025 })).queue.map((q) => [q.memberNumber, q.position])).toEqual([
      [2, 1],
      [1, 2],
    ]);
    await expectRefusal(s, () => s.call('capital.payRefundInstalment', { refundId: second.id, date: '2025-03-01', method: 'bank' }), 'capital:errors.REFUND_OUT_OF_ORDER');
    await s.must('capital.payRefundInstalment', { refundId: first.id, date: '2025-03-01', method: 'bank' });
    const paid = await s.must('capital.payRefundInstalment', { refundId: second.id, date: '2025-03-01', method: 'bank' });
    expect(paid.amountMinor).toBe(100_000);
    // A year on, the earlier request's second instalment falls due first again.
    await expectRefusal(s, () => s.call('capital.payRefundInstalment', { refundId: second.id, date: '2026-02-05', method: 'bank' }), 'capital:errors.REFUND_OUT_OF_ORDER');
    await s.must('capital.payRefundInstalment', { refundId: first.id, date: '2026-02-01', method: 'bank' });
    await s.must('capital.payRefundInstalment', { refundId: second.id, date: '2026-02-05', method: 'bank' });
    await expectRefusal(s, () => s.call('capital.payRefundInstalment', { refundId: second.id, date: '2026-03-01', method: 'bank' }), 'capital:errors.REFUND_PAID');
  });
});

describe('the register: append-only, corrected by reversal, checked', () => {
  it('the database refuses updates, deletes and a gap in the numbering', async () => {
    const s = await withSubscription(tempDir());
    const db = s.handle();
    expect(() => db.prepare('UPDATE capital_operation SET amount_minor = 1 WHERE number = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM capital_operation WHERE number = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM capital_instalment').run()).toThrow(/append-only/);
    expect(() =>
      db.prepare(`INSERT INTO capital_operation (number, date, kind, effect_kind, amount_minor, recorded_at) VALUES (9, '2024-02-01', 'payment', 'payment', 1, 'x')`).run(),
    ).toThrow(/without gaps/);
  });

  it('a reversal negates the operation and reverses its entry; it cannot be reversed twice, nor a subscription with payments', async () => {
    const s = await withSubscription(tempDir());
    const reversal = await s.must('capital.reverse', { operationNumber: 2, date: '2024-02-02', reason: 'Pago mal cargado' });
    expect(reversal).toMatchObject({ kind: 'reversal', reversesNumber: 2, amountMinor: -20_000, reference: 'Pago mal cargado' });
    expect(s.linesOf(reversal.number)).toEqual([
      { account: 'cash', member: null, debit: 0, credit: 20_000 },
      { account: 'capital_receivable', member: 1, debit: 20_000, credit: 0 },
    ]);
    await expectRefusal(s, () => s.call('capital.reverse', { operationNumber: 2, date: '2024-02-03', reason: 'Otra vez' }), 'capital:errors.ALREADY_REVERSED');
    await s.must('capital.pay', { subscriptionId: s.sub.id, amountMinor: 1_000, date: '2024-02-03', method: 'cash' });
    await expectRefusal(s, () => s.call('capital.reverse', { operationNumber: 1, date: '2024-02-04', reason: 'Suscripción errónea' }), 'capital:errors.REVERSAL_HAS_DEPENDENTS');
    const [sub] = await s.must('capital.subscriptions', { memberId: s.members[0]!.id });
    expect(sub!.paidMinor).toBe(1_000);
  });

  it('check passes on a register written through the app, and names an operation changed behind its back', async () => {
    const s = await withSubscription(tempDir());
    await s.must('capital.pay', { subscriptionId: s.sub.id, amountMinor: 60_000, date: '2024-03-01', method: 'bank' });
    expect((await checkAllDomains(s.ctx())).problems).toEqual([]);
    const db = s.handle();
    db.exec('DROP TRIGGER capital_operation_no_update');
    db.prepare('UPDATE capital_operation SET amount_minor = 1 WHERE number = 3').run();
    const problems = (await checkAllDomains(s.ctx())).problems.filter((p) => p.check.startsWith('capital'));
    expect(problems.map((p) => p.key)).toEqual(expect.arrayContaining(['capital:check.differs', 'capital:check.balance.receivable']));
  });
});

describe('revolving layers and the summary', () => {
  it('capital credited from a year is paid out oldest first once the policy years have passed, once', async () => {
    const s = await withSubscription(tempDir());
    await s.must('capital.updatePolicy', { refundCeiling: null, refundInstalments: 2, pendingRefundRate: null, forfeitureNoticeDays: 30, revolvingYears: 2 });
    const member = s.members[0]!.id;
    await creditCapitalisedReturn(s.ctx(), { memberId: member, amountMinor: 2_000, date: '2024-12-31', allocationYear: 2024 });
    await creditCapitalisedReturn(s.ctx(), { memberId: member, amountMinor: 1_000, date: '2024-03-31', allocationYear: 2023 });
    expect(await s.must('capital.revolve', { year: 2025, date: '2025-03-31', method: 'bank' })).toEqual({ operations: 1, paidMinor: 1_000 });
    expect(await s.must('capital.revolve', { year: 2025, date: '2025-04-30', method: 'bank' })).toEqual({ operations: 0, paidMinor: 0 });
    expect(await s.must('capital.revolve', { year: 2026, date: '2026-03-31', method: 'bank' })).toEqual({ operations: 1, paidMinor: 2_000 });
    const last = s.handle().prepare("SELECT number, allocation_year FROM capital_operation WHERE kind = 'revolvement' ORDER BY number").all() as { number: number; allocation_year: number }[];
    expect(last.map((r) => r.allocation_year)).toEqual([2023, 2024]);
    expect(s.linesOf(last[0]!.number)).toEqual([
      { account: 'members_capital', member: 1, debit: 1_000, credit: 0 },
      { account: 'bank', member: null, debit: 0, credit: 1_000 },
    ]);
    expect((await checkAllDomains(s.ctx())).problems).toEqual([]);
  });

  it('the summary gives capital at each year end, by class, and refunds due by year', async () => {
    const s = await withSubscription(tempDir());
    await s.must('capital.pay', { subscriptionId: s.sub.id, amountMinor: 180_000, date: '2024-05-01', method: 'bank' });
    await s.must('members.changeStatus', { id: s.members[0]!.id, status: 'resigned', date: '2025-01-31', cause: 'Renuncia', resolution: null });
    await s.must('capital.requestRefund', { memberId: s.members[0]!.id, date: '2025-02-01' });
    const summary = await s.must('capital.summary', {});
    expect(summary.capitalOverTime).toEqual([
      { year: 2024, subscribedMinor: 200_000, paidMinor: 200_000 },
      { year: 2025, subscribedMinor: 0, paidMinor: 0 },
    ]);
    expect(summary.byClass).toEqual([{ className: 'Cuotas sociales', subscribedMinor: 0, paidMinor: 0 }]);
    expect(summary.refundsDueByYear).toEqual([
      { year: 2025, dueMinor: 66_666 },
      { year: 2026, dueMinor: 66_666 },
      { year: 2027, dueMinor: 66_668 },
    ]);
  });
});

describe('late instalments and forfeiture', () => {
  it('late instalments are listed; forfeiture waits for the notice period to run out', async () => {
    const s = await withSubscription(tempDir());
    const late = await s.must('capital.lateInstalments', { asOf: '2024-04-15' });
    expect(late.map((l) => [l.memberNumber, l.number, l.dueMinor, l.daysLate])).toEqual([
      [1, 2, 60_000, 45],
      [1, 3, 60_000, 14],
    ]);
    await expectRefusal(s, () => s.call('capital.forfeit', { subscriptionId: s.sub.id, noticeDate: '2024-04-15', date: '2024-05-14' }), 'capital:errors.FORFEIT_NOTICE_RUNNING');
    await expectRefusal(s, () => s.call('capital.forfeit', { subscriptionId: s.sub.id, noticeDate: '2024-02-15', date: '2024-05-14' }), 'capital:errors.FORFEIT_NOTHING_LATE');
    const op = await s.must('capital.forfeit', { subscriptionId: s.sub.id, noticeDate: '2024-04-15', date: '2024-05-15' });
    expect(op).toMatchObject({ kind: 'forfeiture', amountMinor: 180_000 });
    expect(await s.must('capital.lateInstalments', { asOf: '2024-06-15' })).toEqual([]);
  });
});
