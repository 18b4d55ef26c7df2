/**
 * The members register: create, edit, change status with dated history, list and search.
 * Every write records its audit row in the same transaction.
 */
import type { Member, MemberRow } from '../../../shared/contract/members';
import type { ParsedInput } from '../../../shared/contract';
import { DomainError } from '../../../shared/contract/errors';
import { checkTransition, isLeaving } from '../../../shared/domain/members';
import { auditTrail, inTransaction, nowIso, recordAudit, type ServiceContext } from '../core';
import { auditedMember } from './audited';
import { editableColumns, toMember, toStatusChange } from './rows';
import { refuseFutureDates } from './future-dates';
import { listMembersQueries, membersWithIdentity, type ListInput } from './search';
import { latestStatusDateOf } from './settings';
import { transitionError } from './transition-errors';

type CreateInput = ParsedInput<'members.create'>;
type UpdateInput = ParsedInput<'members.update'>;
type ChangeStatusInput = ParsedInput<'members.changeStatus'>;

/** The count and page queries of the members list (search.ts); the benchmark runs the same SQL on the raw handle. */
export { listMembersQueries } from './search';

export async function listMembers(ctx: ServiceContext, input: ListInput): Promise<{ total: number; rows: MemberRow[] }> {
  const queries = listMembersQueries(ctx.db, input);
  const [{ rows: counted }, { rows }] = [await ctx.db.executeQuery(queries.count), await ctx.db.executeQuery(queries.page)];
  return {
    total: Number(counted[0]?.total ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      memberNumber: r.member_number,
      lastNames: r.last_names,
      firstNames: r.first_names,
      nationalId: r.national_id,
      category: r.category,
      status: r.status,
      joinDate: r.join_date,
    })),
  };
}

export async function memberCategories(ctx: ServiceContext): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('member')
    .select('category')
    .distinct()
    .where('category', 'is not', null)
    .orderBy('category')
    .execute();
  return rows.map((r) => r.category!);
}

async function findMember(db: ServiceContext['db'], id: number): Promise<Member> {
  const row = await db.selectFrom('member').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `No member with id ${id}.`, { key: 'members:errors.MEMBER_NOT_FOUND' });
  return toMember(row);
}

export function getMember(ctx: ServiceContext, id: number): Promise<Member> {
  return findMember(ctx.db, id);
}

/** The member's change log, with the corrections of its status history (which say why) among them. */
export async function memberAuditTrail(ctx: ServiceContext, id: number) {
  await findMember(ctx.db, id);
  const [member, history] = [await auditTrail(ctx, 'member', String(id)), await auditTrail(ctx, 'member_status_history', String(id))];
  return [...member, ...history].sort((a, b) => b.id - a.id);
}

/** The whole register in book order (member number), for printing and export. */
export async function memberRegister(ctx: ServiceContext): Promise<Member[]> {
  const rows = await ctx.db.selectFrom('member').selectAll().orderBy('member_number').execute();
  return rows.map(toMember);
}

/** The next free member number: numbers are never reused, not even those of removed applicants. */
export async function nextMemberNumber(db: ServiceContext['db']): Promise<number> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('member').select((e) => e.fn.max('member_number').as('m')).as('members'),
      eb.selectFrom('retired_member_number').select((e) => e.fn.max('member_number').as('m')).as('retired'),
    ])
    .executeTakeFirstOrThrow();
  return Math.max(Number(row.members ?? 0), Number(row.retired ?? 0)) + 1;
}

const duplicateFields = [
  { field: 'nationalId', column: 'national_id', code: 'DUPLICATE_NATIONAL_ID', label: 'national id' },
  { field: 'taxId', column: 'tax_id', code: 'DUPLICATE_TAX_ID', label: 'tax id' },
] as const;

async function refuseDuplicates(
  trx: ServiceContext['db'],
  values: { nationalId: string | null; taxId: string | null; memberNumber?: number },
  exceptId: number | null,
): Promise<void> {
  if (values.memberNumber !== undefined) {
    const taken =
      (await trx.selectFrom('member').select('id').where('member_number', '=', values.memberNumber).executeTakeFirst()) ??
      (await trx
        .selectFrom('retired_member_number')
        .select('member_number as id')
        .where('member_number', '=', values.memberNumber)
        .executeTakeFirst());
    if (taken) {
      throw new DomainError('DUPLICATE', `Member number ${values.memberNumber} is already used.`, {
        key: 'members:errors.DUPLICATE_NUMBER',
        params: { value: values.memberNumber },
        issues: [{ path: 'memberNumber', message: 'members:errors.DUPLICATE_NUMBER' }],
      });
    }
  }
  for (const d of duplicateFields) {
    const value = values[d.field];
    if (value === null) continue;
    // "30123456" and "30.123.456" are the same id, however each was typed.
    const other = (await membersWithIdentity(trx, d.column, value)).find((m) => m.id !== exceptId);
    if (other) {
      throw new DomainError('DUPLICATE', `Member ${other.member_number} already has ${d.label} ${value}.`, {
        key: `members:errors.${d.code}`,
        params: { value, memberNumber: other.member_number },
        issues: [{ path: d.field, message: `members:errors.${d.code}` }],
      });
    }
  }
}

export async function createMember(ctx: ServiceContext, input: CreateInput): Promise<Member> {
  refuseFutureDates(ctx, input);
  return inTransaction(ctx, async (trx) => {
    const memberNumber = input.memberNumber ?? (await nextMemberNumber(trx));
    await refuseDuplicates(trx, { ...input, memberNumber }, null);
    const at = nowIso(ctx);
    const { id } = await trx
      .insertInto('member')
      .values({
        ...editableColumns(input, memberNumber),
        member_number: memberNumber,
        status: input.status,
        status_since: input.joinDate,
        leaving_date: null,
        leaving_cause: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const change = await trx
      .insertInto('member_status_change')
      .values({
        member_id: id,
        status: input.status,
        effective_date: input.joinDate,
        cause: null,
        resolution: input.admissionResolution,
        recorded_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const created = await findMember(trx, id);
    const after = auditedMember(created, [toStatusChange(change)]);
    await recordAudit(trx, ctx, { action: 'member.create', entity: 'member', entityId: id, before: null, after });
    return created;
  });
}

export async function updateMember(ctx: ServiceContext, input: UpdateInput): Promise<Member> {
  refuseFutureDates(ctx, input);
  return inTransaction(ctx, async (trx) => {
    const before = await findMember(trx, input.id);
    if (input.expectedUpdatedAt !== null && input.expectedUpdatedAt !== before.updatedAt) {
      throw new DomainError('CONFLICT', 'Someone changed this member since you opened it; reload and try again.');
    }
    await refuseDuplicates(trx, input, input.id);
    await trx
      .updateTable('member')
      .set({ ...editableColumns(input, before.memberNumber), updated_at: nowIso(ctx) })
      .where('id', '=', input.id)
      .execute();
    const after = await findMember(trx, input.id);
    await recordAudit(trx, ctx, { action: 'member.update', entity: 'member', entityId: input.id, before, after });
    return after;
  });
}

export async function changeMemberStatus(ctx: ServiceContext, input: ChangeStatusInput): Promise<Member> {
  return inTransaction(ctx, async (trx) => {
    const before = await findMember(trx, input.id);
    const refusal = checkTransition({
      from: before.status,
      to: input.status,
      date: input.date,
      lastChange: before.statusSince,
      cause: input.cause,
      resolution: input.resolution,
      latest: await latestStatusDateOf(ctx, trx),
    });
    if (refusal) throw transitionError(refusal, before.status, input.status);
    const at = nowIso(ctx);
    const leaving = isLeaving(input.status);
    await trx
      .updateTable('member')
      .set({
        status: input.status,
        status_since: input.date,
        leaving_date: leaving ? input.date : null,
        leaving_cause: leaving ? input.cause : null,
        updated_at: at,
      })
      .where('id', '=', input.id)
      .execute();
    const change = await trx
      .insertInto('member_status_change')
      .values({
        member_id: input.id,
        status: input.status,
        effective_date: input.date,
        cause: input.cause,
        resolution: input.resolution,
        recorded_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = await findMember(trx, input.id);
    await recordAudit(trx, ctx, {
      action: 'member.changeStatus',
      entity: 'member',
      entityId: input.id,
      before,
      after: auditedMember(after, [toStatusChange(change)]),
    });
    return after;
  });
}

/**
 * Removes an applicant entered by mistake. A member with any history beyond the application is never
 * deleted (the legal book keeps them); the number is retired so it is never given again.
 */
export async function removeMember(ctx: ServiceContext, id: number): Promise<{ removed: true }> {
  return inTransaction(ctx, async (trx) => {
    const before = await findMember(trx, id);
    const history = await trx.selectFrom('member_status_change').selectAll().where('member_id', '=', id).execute();
    // A corrected entry is history too: the correction and its reason stay on record.
    const corrected = await trx
      .selectFrom('member_status_correction')
      .select('id')
      .where('status_change_id', 'in', history.length > 0 ? history.map((h) => h.id) : [0])
      .executeTakeFirst();
    if (before.status !== 'applicant' || history.length > 1 || corrected !== undefined) {
      throw new DomainError('HAS_HISTORY', 'A member with history is never deleted; record a status change instead.', {
        key: 'members:errors.HAS_HISTORY',
      });
    }
    await trx.deleteFrom('member_status_change').where('member_id', '=', id).execute();
    await trx.deleteFrom('member').where('id', '=', id).execute();
    await trx.insertInto('retired_member_number').values({ member_number: before.memberNumber, retired_at: nowIso(ctx) }).execute();
    // The deleted history rows go in the record, so check knows they were removed by the app.
    const removed = auditedMember(before, history.map(toStatusChange));
    await recordAudit(trx, ctx, { action: 'member.remove', entity: 'member', entityId: id, before: removed, after: null });
    return { removed: true as const };
  });
}
