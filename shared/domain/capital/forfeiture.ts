/**
 * Forfeiture: a member late on an instalment, given notice, loses the unpaid part of the subscription only
 * once the statute's notice period has run out, and only if an instalment was already late at the notice.
 */
import { addDaysToDate, type IsoDate } from '../dates';

export type ForfeitureRefusal = { reason: 'nothing_late' } | { reason: 'notice_running'; earliest: IsoDate } | { reason: 'nothing_pending' };

export function checkForfeiture(input: {
  noticeDate: IsoDate;
  date: IsoDate;
  noticeDays: number;
  lateAtNotice: boolean;
  pending: number;
}): ForfeitureRefusal | null {
  if (input.pending <= 0) return { reason: 'nothing_pending' };
  if (!input.lateAtNotice) return { reason: 'nothing_late' };
  const earliest = addDaysToDate(input.noticeDate, input.noticeDays);
  if (input.date < earliest) return { reason: 'notice_running', earliest };
  return null;
}
