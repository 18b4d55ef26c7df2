/**
 * After posting, each member's cash return is collected, or, where the statute says so, turned into capital
 * shares when not collected in time (Argentina: 180 days). Listed when due; converted on confirmation,
 * through the capital register, one event per member and distribution.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { LegalFramework } from '../../../shared/domain/statute';
import { creditCapitalisedReturn } from '../capital';
import { inOneTransaction, inTransaction, nowIso, type ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { postJournalEntry } from '../ledger';
import { refusal } from './refuse';

/** Days within which a cash return must be collected before it becomes capital; null: the statute sets none. */
export const conversionDays: Record<LegalFramework, number | null> = { AR: 180, ES: null, BR: null, US: null, custom: null };

export interface ReturnDue {
  distributionId: number;
  year: number;
  memberId: number;
  memberNumber: number;
  name: string;
  cashMinor: number;
  postedOn: string;
  /** When it becomes capital if not collected; null where the statute sets no period. */
  convertsOn: string | null;
  due: boolean;
}

export async function uncollectedReturns(ctx: ServiceContext, input: { asOf: string }): Promise<ReturnDue[]> {
  const coop = await requireCoop(ctx);
  const days = conversionDays[coop.framework];
  const rows = await ctx.db
    .selectFrom('surplus_allocation as a')
    .innerJoin('surplus_distribution as d', 'd.id', 'a.distribution_id')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .select(['a.distribution_id', 'd.year', 'a.member_id', 'm.member_number', 'm.last_names', 'm.first_names', 'a.cash_minor', 'd.posted_on'])
    .where('a.cash_minor', '>', 0)
    .where('d.reverses_id', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('surplus_distribution as r').select('r.id').whereRef('r.reverses_id', '=', 'd.id'))))
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('surplus_return_event as e').select('e.id').whereRef('e.distribution_id', '=', 'a.distribution_id').whereRef('e.member_id', '=', 'a.member_id'))),
    )
    .orderBy('d.year')
    .orderBy('m.member_number')
    .execute();
  return rows.map((r) => {
    const convertsOn = days === null ? null : format(addDays(parseISO(r.posted_on), days), 'yyyy-MM-dd');
    return {
      distributionId: r.distribution_id,
      year: r.year,
      memberId: r.member_id,
      memberNumber: r.member_number,
      name: `${r.last_names}, ${r.first_names}`,
      cashMinor: r.cash_minor,
      postedOn: r.posted_on,
      convertsOn,
      due: convertsOn !== null && convertsOn <= input.asOf,
    };
  });
}

async function pending(ctx: ServiceContext, distributionId: number, memberId: number, asOf: string): Promise<ReturnDue> {
  const found = (await uncollectedReturns(ctx, { asOf })).find((r) => r.distributionId === distributionId && r.memberId === memberId);
  if (!found) throw refusal('NOT_FOUND', 'RETURN_NOT_PENDING', 'That return is not waiting to be collected (already collected, converted, or reversed).');
  return found;
}

export async function collectReturn(ctx: ServiceContext, input: { distributionId: number; memberId: number; date: string; method: 'cash' | 'bank' }) {
  const due = await pending(ctx, input.distributionId, input.memberId, input.date);
  return inOneTransaction(ctx, (tx) =>
    inTransaction(tx, async (trx, audit) => {
    const entry = await postJournalEntry(trx, tx, {
      date: input.date,
      memo: `Return of ${due.year} paid to member ${due.memberNumber}`,
      source: { kind: 'surplus_return', id: `${input.distributionId}/${input.memberId}` },
      lines: [
        { account: 'returns_payable', memberNumber: due.memberNumber, debitMinor: due.cashMinor },
        { account: input.method, creditMinor: due.cashMinor },
      ],
    });
    await trx.insertInto('surplus_return_event').values({ distribution_id: input.distributionId, member_id: input.memberId, kind: 'collected', date: input.date, amount_minor: due.cashMinor, created_at: nowIso(ctx) }).execute();
    await audit({ action: 'surplus.collectReturn', entity: 'surplus_allocation', entityId: `${input.distributionId}/${input.memberId}`, before: null, after: { amount: due.cashMinor, entry: entry.number } });
    return { journalEntryNumber: entry.number };
  }),
  );
}

export async function convertReturn(ctx: ServiceContext, input: { distributionId: number; memberId: number; date: string }) {
  const due = await pending(ctx, input.distributionId, input.memberId, input.date);
  if (!due.due) {
    throw refusal('CONFLICT', 'RETURN_NOT_DUE', `Member ${due.memberNumber}'s return can be collected until ${due.convertsOn ?? '—'}; it is not yet capital.`, { number: due.memberNumber, date: due.convertsOn ?? '' });
  }
  return inOneTransaction(ctx, (tx) =>
    inTransaction(tx, async (trx, audit) => {
    const operation = await creditCapitalisedReturn(tx, { memberId: input.memberId, amountMinor: due.cashMinor, date: input.date, allocationYear: due.year });
    await trx.insertInto('surplus_return_event').values({ distribution_id: input.distributionId, member_id: input.memberId, kind: 'converted', date: input.date, amount_minor: due.cashMinor, created_at: nowIso(ctx) }).execute();
    await audit({ action: 'surplus.convertReturn', entity: 'surplus_allocation', entityId: `${input.distributionId}/${input.memberId}`, before: null, after: { amount: due.cashMinor, operation: operation.number } });
    return { capitalOperationNumber: operation.number };
  }),
  );
}
