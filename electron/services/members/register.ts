/**
 * The members register: create, edit, change status with dated history, list and search.
 * Every write records its audit row in the same transaction.
 */
import { sql } from 'kysely';
import type {
  ListMembersInput,
  Member,
  MemberRow,
  StatusChange,
} from '../../../shared/contract/members';
import type { ParsedInput } from '../../../shared/contract';
import { DomainError } from '../../../shared/contract/errors';
import { checkTransition, isLeaving } from '../../../shared/domain/members';
import { foldForSearch } from '../../../shared/domain/search';
import { auditTrail, inTransaction, nowIso, recordAudit, type ServiceContext } from '../core';
import { editableColumns, toMember } from './rows';

type CreateInput = ParsedInput<'members.create'>;
type UpdateInput = ParsedInput<'members.update'>;
type ChangeStatusInput = ParsedInput<'members.changeStatus'>;

const sortColumns = {
  memberNumber: 'member_number',
  lastNames: 'last_names',
  joinDate: 'join_date',
  status: 'status',
  category: 'category',
} as const;

function likePattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type ListInput = Required<Omit<ListMembersInput, 'category'>> & { category: string | null };

/** The count and page queries of the members list; the benchmark runs the same SQL on the raw handle. */
export function listMembersQueries(db: ServiceContext['db'], input: ListInput) {
  let query = db.selectFrom('member');
  if (input.search.trim() !== '') {
    query = query.where(sql<boolean>`search_text LIKE ${likePattern(input.search)} ESCAPE '\\'`);
  }
  if (input.statuses.length > 0) query = query.where('status', 'in', input.statuses);
  if (input.category !== null) query = query.where('category', '=', input.category);
  return {
    count: query.select((eb) => eb.fn.countAll<number>().as('total')).compile(),
    page: query
      .select(['id', 'member_number', 'last_names', 'first_names', 'national_id', 'category', 'status', 'join_date'])
      .orderBy(sortColumns[input.sort], input.direction)
      .orderBy('member_number', 'asc')
      .limit(input.limit)
      .offset(input.offset)
      .compile(),
  };
}

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
  if (!row) throw new DomainError('NOT_FOUND', `No member with id ${id}.`, { key: 'errors.MEMBER_NOT_FOUND' });
  return toMember(row);
}

export function getMember(ctx: ServiceContext, id: number): Promise<Member> {
  return findMember(ctx.db, id);
}

export async function memberHistory(ctx: ServiceContext, id: number): Promise<StatusChange[]> {
  await findMember(ctx.db, id);
  const rows = await ctx.db
    .selectFrom('member_status_change')
    .selectAll()
    .where('member_id', '=', id)
    .orderBy('effective_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    status: r.status,
    effectiveDate: r.effective_date,
    cause: r.cause,
    resolution: r.resolution,
    recordedAt: r.recorded_at,
  }));
}

export async function memberAuditTrail(ctx: ServiceContext, id: number) {
  await findMember(ctx.db, id);
  return auditTrail(ctx, 'member', String(id));
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
        key: 'errors.DUPLICATE_NUMBER',
        params: { value: values.memberNumber },
        issues: [{ path: 'memberNumber', message: 'errors.DUPLICATE_NUMBER' }],
      });
    }
  }
  for (const d of duplicateFields) {
    const value = values[d.field];
    if (value === null) continue;
    let q = trx.selectFrom('member').select(['id', 'member_number']).where(d.column, '=', value);
    if (exceptId !== null) q = q.where('id', '<>', exceptId);
    const other = await q.executeTakeFirst();
    if (other) {
      throw new DomainError('DUPLICATE', `Member ${other.member_number} already has ${d.label} ${value}.`, {
        key: `errors.${d.code}`,
        params: { value, memberNumber: other.member_number },
        issues: [{ path: d.field, message: `errors.${d.code}` }],
      });
    }
  }
}

export async function createMember(ctx: ServiceContext, input: CreateInput): Promise<Member> {
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
    await trx
      .insertInto('member_status_change')
      .values({
        member_id: id,
        status: input.status,
        effective_date: input.joinDate,
        cause: null,
        resolution: input.admissionResolution,
        recorded_at: at,
      })
      .execute();
    const created = await findMember(trx, id);
    await recordAudit(trx, ctx, { action: 'member.create', entity: 'member', entityId: id, before: null, after: created });
    return created;
  });
}

export async function updateMember(ctx: ServiceContext, input: UpdateInput): Promise<Member> {
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

const refusalMessages = {
  same_status: 'The member already has that status.',
  final_status: 'The member has left the cooperative; their status can no longer change.',
  not_allowed: 'That status change is not allowed.',
  before_last_change: 'The date is before the member’s last status change.',
  cause_required: 'Leaving the cooperative needs a cause.',
  resolution_required: 'An exclusion needs the council resolution that decided it.',
} as const;

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
    });
    if (refusal) {
      const params: Record<string, string> = { from: before.status, to: input.status };
      if (refusal.reason === 'before_last_change') params.lastChange = refusal.lastChange;
      throw new DomainError('INVALID_TRANSITION', refusalMessages[refusal.reason], {
        key: `errors.transition.${refusal.reason}`,
        params,
      });
    }
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
    await trx
      .insertInto('member_status_change')
      .values({
        member_id: input.id,
        status: input.status,
        effective_date: input.date,
        cause: input.cause,
        resolution: input.resolution,
        recorded_at: at,
      })
      .execute();
    const after = await findMember(trx, input.id);
    await recordAudit(trx, ctx, { action: 'member.changeStatus', entity: 'member', entityId: input.id, before, after });
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
    const { changes } = await trx
      .selectFrom('member_status_change')
      .select((eb) => eb.fn.countAll<number>().as('changes'))
      .where('member_id', '=', id)
      .executeTakeFirstOrThrow();
    if (before.status !== 'applicant' || Number(changes) > 1) {
      throw new DomainError('HAS_HISTORY', 'A member with history is never deleted; record a status change instead.');
    }
    await trx.deleteFrom('member_status_change').where('member_id', '=', id).execute();
    await trx.deleteFrom('member').where('id', '=', id).execute();
    await trx.insertInto('retired_member_number').values({ member_number: before.memberNumber, retired_at: nowIso(ctx) }).execute();
    await recordAudit(trx, ctx, { action: 'member.remove', entity: 'member', entityId: id, before, after: null });
    return { removed: true as const };
  });
}
