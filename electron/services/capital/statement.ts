/** A member's capital statement for a date range: the position before it, its operations, the position at its end. */
import type { Statement } from '../../../shared/contract/capital';
import { addDaysToDate } from '../../../shared/domain/dates';
import type { ServiceContext } from '../core';
import { loadMember } from './guards';
import { memberOperations } from './operations';
import { memberPosition } from './position';
import { refusal } from './refuse';

export async function memberStatement(ctx: ServiceContext, input: { memberId: number; from: string; to: string }): Promise<Statement> {
  if (input.from > input.to) throw refusal('BAD_INPUT', 'RANGE_REVERSED', `${input.from} comes after ${input.to}.`, { from: input.from, to: input.to });
  const member = await loadMember(ctx.db, input.memberId);
  const [opening, operations, closing] = await Promise.all([
    memberPosition(ctx.db, member.id, addDaysToDate(input.from, -1)),
    memberOperations(ctx.db, member.id, input.from, input.to),
    memberPosition(ctx.db, member.id, input.to),
  ]);
  return {
    memberId: member.id,
    memberNumber: member.memberNumber,
    memberName: member.name,
    from: input.from,
    to: input.to,
    opening: opening.totals,
    operations,
    closing: closing.totals,
  };
}

/** The statement of a member found by number (the command line names members by number). */
export async function statementByNumber(ctx: ServiceContext, input: { memberNumber: number; from: string; to: string }): Promise<Statement> {
  const row = await ctx.db.selectFrom('member').select('id').where('member_number', '=', input.memberNumber).executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'MEMBER_NUMBER_NOT_FOUND', `No member has number ${input.memberNumber}.`, { number: input.memberNumber });
  return memberStatement(ctx, { memberId: row.id, from: input.from, to: input.to });
}
