/**
 * The minutes book: an act per session, drafted from what happened and editable while a draft; finalising
 * gives it the next number, records its signatories, locks it (triggers) and chains it to the previous act
 * (hash of its content and the previous hash), keeping the audit chain's head at that moment as its anchor.
 */
import type { Kysely } from 'kysely';
import type { Minutes } from '../../../shared/contract/assemblies';
import type { SignatoryRole } from '../../../shared/domain/assemblies/kinds';
import { finalActText, FIRST_ACT_PREVIOUS } from '../../../shared/domain/assemblies/hashing';
import { draftMinutes as draftContent, redraft, type MinutesContent } from '../../../shared/domain/assemblies/minutes-content';
import { translate } from '../../../shared/i18n/catalogue';
import type { DB } from '../../db/schema';
import { chainHeadOf, inTransaction, nowIso, type ServiceContext } from '../core';
import { minutesFacts } from './minutes-facts';
import { refusal } from './refuse';
import { coopOf, fullName, meetingRow, sha256 } from './rows';

async function minutesRow(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('assembly_minutes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'assemblies:errors.MINUTES_NOT_FOUND', `There are no minutes ${id}.`, { id });
  return row;
}

function requireDraft(row: { id: number; status: string; number: number | null }): void {
  if (row.status === 'final') {
    throw refusal('CONFLICT', 'assemblies:errors.MINUTES_FINAL', `Act ${row.number} is final; it can no longer change.`, { number: row.number ?? 0 });
  }
}

async function toMinutes(db: Kysely<DB>, row: Awaited<ReturnType<typeof minutesRow>>): Promise<Minutes> {
  const content = JSON.parse(row.content_json) as MinutesContent;
  const session = await db.selectFrom('assembly_session').select('number').where('id', '=', row.session_id).executeTakeFirstOrThrow();
  const signatories = await db.selectFrom('assembly_signatory').select(['member_id', 'role', 'name']).where('minutes_id', '=', row.id).orderBy('member_id').execute();
  return {
    id: row.id,
    meetingId: row.meeting_id,
    sessionNumber: session.number,
    status: row.status,
    number: row.number,
    heading: content.heading,
    opening: content.opening,
    items: content.items.map((i) => ({ number: i.number, title: i.title, synthesis: i.synthesis })),
    closing: content.closing,
    signatories: signatories.map((s) => ({ memberId: s.member_id, memberName: s.name, role: s.role })),
    finalisedAt: row.finalised_at,
    hash: row.hash,
    anchor: row.anchor,
  };
}

/** Drafts the minutes of a session (the latest when null) from what happened, keeping what a person rewrote. */
export async function draftMinutes(ctx: ServiceContext, input: { meetingId: number; sessionNumber: number | null }): Promise<Minutes> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, input.meetingId);
    let query = trx.selectFrom('assembly_session').selectAll().where('meeting_id', '=', meeting.id);
    query = input.sessionNumber === null ? query.orderBy('number', 'desc').limit(1) : query.where('number', '=', input.sessionNumber);
    const session = await query.executeTakeFirst();
    if (!session) throw refusal('INVALID_TRANSITION', 'assemblies:errors.NOT_HELD_YET', `Meeting ${meeting.id} has not started; there is nothing to minute.`);
    const existing = await trx.selectFrom('assembly_minutes').selectAll().where('session_id', '=', session.id).executeTakeFirst();
    if (existing) requireDraft(existing);
    const { locale } = await coopOf(trx);
    const t = (key: string, params?: Record<string, string | number>) => translate(locale, `assemblies:${key}`, params);
    const fresh = draftContent(await minutesFacts(ctx, trx, meeting, session), t);
    const content = redraft(existing ? (JSON.parse(existing.content_json) as MinutesContent) : null, fresh);
    const json = JSON.stringify(content);
    let id: number;
    if (existing) {
      await trx.updateTable('assembly_minutes').set({ content_json: json }).where('id', '=', existing.id).execute();
      id = existing.id;
    } else {
      id = (await trx.insertInto('assembly_minutes').values({ meeting_id: meeting.id, session_id: session.id, status: 'draft', content_json: json }).returning('id').executeTakeFirstOrThrow()).id;
    }
    await audit({ action: 'assemblies.draftMinutes', entity: 'assembly_minutes', entityId: id, before: null, after: { session: session.number } });
    return toMinutes(trx, await minutesRow(trx, id));
  });
}

export async function minutesOfMeeting(ctx: ServiceContext, meetingId: number): Promise<Minutes[]> {
  await meetingRow(ctx.db, meetingId);
  const rows = await ctx.db.selectFrom('assembly_minutes').selectAll().where('meeting_id', '=', meetingId).orderBy('session_id').execute();
  return Promise.all(rows.map((r) => toMinutes(ctx.db, r)));
}

export async function minutesByNumber(ctx: ServiceContext, number: number): Promise<Minutes> {
  const row = await ctx.db.selectFrom('assembly_minutes').selectAll().where('number', '=', number).executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'assemblies:errors.ACT_NOT_FOUND', `The book has no act ${number}.`, { number });
  return toMinutes(ctx.db, row);
}

export async function editMinutes(
  ctx: ServiceContext,
  input: { id: number; opening: string; items: { number: number; synthesis: string }[]; closing: string },
): Promise<Minutes> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await minutesRow(trx, input.id);
    requireDraft(row);
    const before = JSON.parse(row.content_json) as MinutesContent;
    const changed = (a: string, b: string) => a.trim() !== b.trim();
    const items = before.items.map((i) => {
      const edit = input.items.find((e) => e.number === i.number);
      return edit ? { ...i, synthesis: edit.synthesis } : i;
    });
    const content: MinutesContent = {
      heading: before.heading,
      opening: input.opening,
      items,
      closing: input.closing,
      edited: {
        opening: before.edited.opening || changed(before.opening, input.opening),
        closing: before.edited.closing || changed(before.closing, input.closing),
        items: [...new Set([...before.edited.items, ...items.filter((i, n) => changed(before.items[n]!.synthesis, i.synthesis)).map((i) => i.number)])],
      },
    };
    await trx.updateTable('assembly_minutes').set({ content_json: JSON.stringify(content) }).where('id', '=', row.id).execute();
    await audit({ action: 'assemblies.editMinutes', entity: 'assembly_minutes', entityId: row.id, before, after: content });
    return toMinutes(trx, await minutesRow(trx, row.id));
  });
}

/** Who must sign: Argentina, the president, the secretary and two members designated by the assembly (Ley 20.337 art. 37). */
function signatoriesProblem(framework: string, kind: string, roles: SignatoryRole[]): boolean {
  const count = (r: SignatoryRole) => roles.filter((x) => x === r).length;
  if (count('president') !== 1 || count('secretary') !== 1) return true;
  return framework === 'AR' && kind !== 'council' && count('member') < 2;
}

export async function finaliseMinutes(ctx: ServiceContext, input: { id: number; signatories: { memberId: number; role: SignatoryRole }[] }): Promise<Minutes> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await minutesRow(trx, input.id);
    requireDraft(row);
    const meeting = await meetingRow(trx, row.meeting_id);
    const session = await trx.selectFrom('assembly_session').selectAll().where('id', '=', row.session_id).executeTakeFirstOrThrow();
    if (session.closed_at === null) throw refusal('CONFLICT', 'assemblies:errors.SESSION_OPEN', 'The session is still being held; recess or close it before finalising its minutes.');
    const { framework } = await coopOf(trx);
    const ids = input.signatories.map((s) => s.memberId);
    if (new Set(ids).size !== ids.length || signatoriesProblem(framework, meeting.kind, input.signatories.map((s) => s.role))) {
      throw refusal('BAD_INPUT', 'assemblies:errors.SIGNATORIES', 'The minutes are signed by the president, the secretary and, in Argentina, two members designated by the assembly.');
    }
    const members = await trx.selectFrom('member').select(['id', 'last_names', 'first_names']).where('id', 'in', ids).execute();
    if (members.length !== ids.length) throw refusal('NOT_FOUND', 'assemblies:errors.MEMBER_NOT_FOUND', 'A signatory is not in the register.', { id: ids.find((i) => !members.some((m) => m.id === i)) ?? 0 });
    const last = await trx.selectFrom('assembly_minutes').select(['number', 'hash']).where('status', '=', 'final').orderBy('number', 'desc').limit(1).executeTakeFirst();
    const number = (last?.number ?? 0) + 1;
    const anchor = chainHeadOf(ctx.handle);
    const finalisedAt = nowIso(ctx);
    const signatories = input.signatories
      .map((s) => [s.memberId, s.role, fullName(members.find((m) => m.id === s.memberId)!)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [memberId, role, name] of signatories) await trx.insertInto('assembly_signatory').values({ minutes_id: row.id, member_id: memberId, role, name }).execute();
    const prevHash = last?.hash ?? FIRST_ACT_PREVIOUS;
    const hash = sha256(
      finalActText({ prevHash, number, meetingId: meeting.id, sessionNumber: session.number, finalisedAt, contentJson: row.content_json, signatories, anchorId: anchor?.id ?? null, anchor: anchor?.hash ?? null }),
    );
    await trx
      .updateTable('assembly_minutes')
      .set({ status: 'final', number, finalised_at: finalisedAt, prev_hash: prevHash, hash, anchor_id: anchor?.id ?? null, anchor: anchor?.hash ?? null })
      .where('id', '=', row.id)
      .execute();
    await audit({ action: 'assemblies.finaliseMinutes', entity: 'assembly_minutes', entityId: row.id, before: null, after: { number, hash, anchor: anchor?.hash ?? null } });
    return toMinutes(trx, await minutesRow(trx, row.id));
  });
}

export async function minutesBook(ctx: ServiceContext) {
  const rows = await ctx.db
    .selectFrom('assembly_minutes as a')
    .innerJoin('assembly_meeting as m', 'm.id', 'a.meeting_id')
    .select(['a.number', 'a.meeting_id', 'm.kind', 'm.date', 'a.finalised_at', 'a.hash', 'a.anchor'])
    .where('a.status', '=', 'final')
    .orderBy('a.number')
    .execute();
  return rows.map((r) => ({ number: r.number!, meetingId: r.meeting_id, kind: r.kind, date: r.date, finalisedAt: r.finalised_at!, hash: r.hash!, anchor: r.anchor ?? '' }));
}
