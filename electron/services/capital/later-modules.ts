/**
 * What later modules call (surplus allocation, loss absorption, pay runs), each atomic and audited: it
 * joins the caller's transaction when there is one, or opens its own.
 */
import type { CapitalOperation } from '../../../shared/contract/capital';
import { inTransaction, type ServiceContext } from '../core';
import { loadMember, requireHolder, requireJoined, requireOpenPeriod, type MemberRef } from './guards';
import { mainClass } from './holdings';
import { capitalAccount, pair } from './journal';
import { readOperation } from './operations';
import { memberPosition } from './position';
import { recordOperation } from './record';
import { moneyRefusal, refusal } from './refuse';
import { payWithin } from './subscriptions';

/** A member who left may still be credited a year's return or charged its loss; an applicant was never admitted. */
const requireAdmitted = (member: MemberRef) => {
  if (member.status === 'applicant') requireHolder(member);
};

const requirePositive = (amount: number) => {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw refusal('BAD_INPUT', 'AMOUNT_NOT_POSITIVE', 'The amount must be more than zero minor units.');
};

/** Credits a member's share of a year's returns to capital (a revolving layer of `allocationYear`). */
export async function creditCapitalisedReturn(
  ctx: ServiceContext,
  input: { memberId: number; amountMinor: number; date: string; allocationYear: number },
): Promise<CapitalOperation> {
  requirePositive(input.amountMinor);
  return inTransaction(ctx, async (trx, audit) => {
    const member = await loadMember(trx, input.memberId);
    requireAdmitted(member);
    requireJoined(member, input.date);
    await requireOpenPeriod(trx, input.date);
    const shareClass = await mainClass(trx, member.id, await memberPosition(trx, member.id, null));
    const n = member.memberNumber;
    const number = await recordOperation(
      trx,
      ctx,
      audit,
      { date: input.date, kind: 'capitalised_return', memberId: member.id, classId: shareClass.id, amountMinor: input.amountMinor, allocationYear: input.allocationYear },
      { memberNumber: n, lines: pair('returns_payable', capitalAccount(shareClass.refundRight), input.amountMinor, { debit: n, credit: n }) },
    );
    return readOperation(trx, number);
  });
}

/** Charges a member's share of a loss to their capital (never more than the capital they hold). */
export async function chargeLoss(ctx: ServiceContext, input: { memberId: number; amountMinor: number; date: string }): Promise<CapitalOperation> {
  requirePositive(input.amountMinor);
  return inTransaction(ctx, async (trx, audit) => {
    const member = await loadMember(trx, input.memberId);
    requireAdmitted(member);
    requireJoined(member, input.date);
    await requireOpenPeriod(trx, input.date);
    const position = await memberPosition(trx, member.id, null);
    const shareClass = await mainClass(trx, member.id, position);
    const held = position.paidInByClass.get(shareClass.id) ?? 0;
    if (input.amountMinor > held) {
      throw await moneyRefusal(trx, 'BAD_INPUT', 'LOSS_ABOVE_HELD', `The loss (${input.amountMinor}) is more than member ${member.memberNumber}'s paid-in capital (${held}).`, {
        number: member.memberNumber,
        amount: input.amountMinor,
        held,
      });
    }
    const n = member.memberNumber;
    const number = await recordOperation(
      trx,
      ctx,
      audit,
      { date: input.date, kind: 'loss_charge', memberId: member.id, classId: shareClass.id, amountMinor: input.amountMinor },
      { memberNumber: n, lines: pair(capitalAccount(shareClass.refundRight), 'losses', input.amountMinor, { debit: n }) },
    );
    return readOperation(trx, number);
  });
}

/** A pay run's deduction line: pays an instalment out of the member's pay (debits pay payable). */
export async function deductInstalmentFromPay(
  ctx: ServiceContext,
  input: { subscriptionId: number; amountMinor: number; date: string },
): Promise<CapitalOperation> {
  requirePositive(input.amountMinor);
  return inTransaction(ctx, async (trx, audit) => readOperation(trx, await payWithin(trx, ctx, audit, { ...input, method: 'payroll' })));
}
