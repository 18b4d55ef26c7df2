/**
 * The printed members book is made in parts (a bound book is printed as it fills): a part runs over a
 * range of member numbers and holds at most MAX_BOOK_PART members, so its PDF is made in seconds.
 */
import { DomainError } from '../../../shared/contract/errors';
import { MAX_BOOK_PART, type BookPart } from '../../../shared/print';
import type { ServiceContext } from '../core';

/** How many members a part holds; refuses an empty part, a reversed range, or one too large to print at once. */
export async function checkBookPart(ctx: ServiceContext, { fromNumber, toNumber }: Omit<BookPart, 'firstFolio'>): Promise<number> {
  if (fromNumber !== null && toNumber !== null && fromNumber > toNumber) {
    throw new DomainError('BAD_INPUT', `Member number ${fromNumber} comes after ${toNumber}.`, {
      key: 'members:errors.BOOK_PART_REVERSED',
      params: { from: fromNumber, to: toNumber },
    });
  }
  let query = ctx.db.selectFrom('member').select((eb) => eb.fn.countAll<number>().as('members'));
  if (fromNumber !== null) query = query.where('member_number', '>=', fromNumber);
  if (toNumber !== null) query = query.where('member_number', '<=', toNumber);
  const members = Number((await query.executeTakeFirstOrThrow()).members);
  if (members === 0) throw new DomainError('BAD_INPUT', 'No member has a number in that range.', { key: 'members:errors.BOOK_PART_EMPTY' });
  if (members > MAX_BOOK_PART) {
    throw new DomainError('BAD_INPUT', `That part holds ${members} members; print at most ${MAX_BOOK_PART} at a time.`, {
      key: 'members:errors.BOOK_PART_TOO_LARGE',
      params: { count: members, max: MAX_BOOK_PART },
    });
  }
  return members;
}
