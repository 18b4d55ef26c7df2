/** What a print of the statement or the register must be: a range the right way round, not empty, not too large to print at once. */
import { DomainError } from '../../../shared/contract/errors';
import type { ServiceContext } from '../core';
import { loadMember } from './guards';
import { refusal } from './refuse';

/** Register rows one printed part may hold (about the members book's part: seconds, not minutes, for Chromium). */
export const MAX_REGISTER_PART = 2_000;

const requireOrdered = (from: string, to: string) => {
  if (from > to) throw refusal('BAD_INPUT', 'RANGE_REVERSED', `${from} comes after ${to}.`, { from, to });
};

export async function checkStatementRange(ctx: ServiceContext, input: { memberId: number; from: string; to: string }): Promise<void> {
  requireOrdered(input.from, input.to);
  await loadMember(ctx.db, input.memberId);
}

export async function checkRegisterRange(ctx: ServiceContext, input: { from: string; to: string }): Promise<number> {
  requireOrdered(input.from, input.to);
  const row = await ctx.db
    .selectFrom('capital_operation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('date', '>=', input.from)
    .where('date', '<=', input.to)
    .executeTakeFirstOrThrow();
  const count = Number(row.n);
  if (count === 0) throw refusal('BAD_INPUT', 'REGISTER_PART_EMPTY', 'The capital register has no operation in that range.');
  if (count > MAX_REGISTER_PART) {
    throw new DomainError('BAD_INPUT', `That range holds ${count} operations; print at most ${MAX_REGISTER_PART} at a time.`, {
      key: 'capital:errors.REGISTER_PART_TOO_LARGE',
      params: { count, max: MAX_REGISTER_PART },
    });
  }
  return count;
}
