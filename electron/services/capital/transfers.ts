/**
 * Transfers of paid-in capital between members, with the council's approval reference: both must be
 * members who may hold capital on that date, and the giver must hold the amount in one class.
 */
import type { CapitalOperation } from '../../../shared/contract/capital';
import { inTransaction, type ServiceContext } from '../core';
import { loadMember, requireHolder, requireJoined, requireOpenPeriod } from './guards';
import { capitalAccount, pair } from './journal';
import { readOperation } from './operations';
import { memberPosition } from './position';
import { recordOperation } from './record';
import { moneyRefusal, refusal } from './refuse';
import { readClass } from './rows';

export interface TransferInput {
  fromMemberId: number;
  toMemberId: number;
  amountMinor: number;
  date: string;
  approvalReference: string;
}

export async function transfer(ctx: ServiceContext, input: TransferInput): Promise<CapitalOperation> {
  return inTransaction(ctx, async (trx, audit) => {
    if (input.fromMemberId === input.toMemberId) throw refusal('BAD_INPUT', 'TRANSFER_TO_SELF', 'A member cannot transfer capital to themselves.');
    const giver = await loadMember(trx, input.fromMemberId);
    const receiver = await loadMember(trx, input.toMemberId);
    for (const member of [giver, receiver]) {
      requireHolder(member);
      requireJoined(member, input.date);
    }
    await requireOpenPeriod(trx, input.date);
    const position = await memberPosition(trx, giver.id, null);
    const [classId, held] = [...position.paidInByClass.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [null, 0];
    if (classId === null || held < input.amountMinor) {
      throw await moneyRefusal(trx, 'BAD_INPUT', 'TRANSFER_ABOVE_HELD', `Member ${giver.memberNumber} holds ${held} of paid-in capital in one class, less than ${input.amountMinor}.`, {
        number: giver.memberNumber,
        held,
        amount: input.amountMinor,
      });
    }
    const shareClass = await readClass(trx, classId);
    const account = capitalAccount(shareClass.refundRight);
    const number = await recordOperation(
      trx,
      ctx,
      audit,
      {
        date: input.date,
        kind: 'transfer',
        memberId: giver.id,
        counterpartMemberId: receiver.id,
        classId,
        amountMinor: input.amountMinor,
        reference: input.approvalReference,
      },
      { memberNumber: giver.memberNumber, lines: pair(account, account, input.amountMinor, { debit: giver.memberNumber, credit: receiver.memberNumber }) },
    );
    return readOperation(trx, number);
  });
}
