/**
 * Correcting a status change entered by mistake (a typo such as 01/01/2099 would otherwise lock the
 * member: every later change is refused as dated before it). The history row is never edited: a
 * correcting record that states why is appended, the member's status is recomputed from the corrected
 * history, and both are audited in the same transaction.
 */
import type { HistoryEntry, Member } from '../../../shared/contract/members';
import type { ParsedInput } from '../../../shared/contract';
import { DomainError } from '../../../shared/contract/errors';
import { checkHistory, isLeaving, type HistoryRefusal } from '../../../shared/domain/members';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { historyOf } from './history';
import { toMember } from './rows';
import { latestStatusDateOf } from './settings';
import { transitionError } from './transition-errors';

type CorrectInput = ParsedInput<'members.correctStatusChange'>;
type Db = ServiceContext['db'];

const historyMessages = {
  empty_history: 'A member’s history cannot be left empty; correct the entry instead of voiding it.',
  not_initial: 'The first entry of a member’s history must be applicant, on trial or active.',
} as const;

function historyError(refusal: HistoryRefusal, entries: readonly HistoryEntry[]): DomainError {
  if (refusal.reason === 'transition') {
    const at = entries[refusal.at]!;
    return transitionError(refusal.refusal, entries[refusal.at - 1]!.status, at.status);
  }
  const params = refusal.reason === 'not_initial' ? { status: refusal.status } : undefined;
  return new DomainError('INVALID_TRANSITION', historyMessages[refusal.reason], {
    key: `members:errors.correction.${refusal.reason}`,
    ...(params ? { params } : {}),
  });
}

async function memberById(db: Db, id: number): Promise<Member> {
  return toMember(await db.selectFrom('member').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

const sameEntry = (a: HistoryEntry, b: HistoryEntry) =>
  a.status === b.status && a.effectiveDate === b.effectiveDate && a.cause === b.cause && a.resolution === b.resolution;

export async function correctStatusChange(ctx: ServiceContext, input: CorrectInput): Promise<Member> {
  return inTransaction(ctx, async (trx, audit) => {
    const change = await trx.selectFrom('member_status_change').select('member_id').where('id', '=', input.changeId).executeTakeFirst();
    if (!change) {
      throw new DomainError('NOT_FOUND', `No status change with id ${input.changeId}.`, { key: 'members:errors.STATUS_CHANGE_NOT_FOUND' });
    }
    const memberId = change.member_id;
    const before = await memberById(trx, memberId);
    const history = await historyOf(trx, memberId);
    const current = history.find((e) => e.id === input.changeId)!;

    const corrected: HistoryEntry | null =
      input.action === 'void'
        ? null
        : {
            ...current,
            status: input.status ?? current.status,
            effectiveDate: input.date ?? current.effectiveDate,
            cause: input.cause ?? current.cause,
            resolution: input.resolution ?? current.resolution,
            voided: false,
          };
    if (corrected === null ? current.voided : !current.voided && sameEntry(corrected, current)) {
      throw new DomainError('INVALID_TRANSITION', 'The correction changes nothing in that entry.', { key: 'members:errors.correction.no_change' });
    }
    if (corrected !== null) {
      const latest = await latestStatusDateOf(ctx, trx);
      if (corrected.effectiveDate > latest) {
        throw transitionError({ reason: 'too_far_ahead', latest }, current.status, corrected.status);
      }
    }

    const path = history
      .filter((e) => !e.voided && e.id !== input.changeId)
      .concat(corrected === null ? [] : [corrected])
      .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.id - b.id);
    const refusal = checkHistory(path);
    if (refusal) throw historyError(refusal, path);

    const at = nowIso(ctx);
    const { id: correctionId } = await trx
      .insertInto('member_status_correction')
      .values({
        status_change_id: input.changeId,
        voided: corrected === null ? 1 : 0,
        status: corrected?.status ?? null,
        effective_date: corrected?.effectiveDate ?? null,
        cause: corrected?.cause ?? null,
        resolution: corrected?.resolution ?? null,
        reason: input.reason,
        recorded_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const last = path[path.length - 1]!;
    const leaving = isLeaving(last.status);
    await trx
      .updateTable('member')
      .set({
        status: last.status,
        status_since: last.effectiveDate,
        leaving_date: leaving ? last.effectiveDate : null,
        leaving_cause: leaving ? last.cause : null,
        updated_at: at,
      })
      .where('id', '=', memberId)
      .execute();
    const after = await memberById(trx, memberId);

    const entry = (e: HistoryEntry | null) =>
      e === null ? null : { status: e.status, effectiveDate: e.effectiveDate, cause: e.cause, resolution: e.resolution };
    // The member's history is the entity corrected: this row says what changed and why.
    await audit({
      action: 'member.correctStatusChange',
      entity: 'member_status_history',
      entityId: memberId,
      before: { changeId: input.changeId, entry: current.voided ? null : entry(current) },
      after: { changeId: input.changeId, correctionId, entry: entry(corrected), reason: input.reason },
    });
    await audit({ action: 'member.correctStatusChange', entity: 'member', entityId: memberId, before, after });
    return after;
  });
}
