/** Reading the meeting's own rows: a meeting, its current session, a member's name, the statute of its day. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Locale } from '../../../shared/contract/coop';
import type { StatuteParameters } from '../../../shared/domain/statute';
import type { DB } from '../../db/schema';
import type { AssemblyMeetingTable } from '../../db/schema/assemblies';
import type { Selectable } from 'kysely';
import { statuteInForce } from '../coop';
import type { ServiceContext } from '../core';
import { refusal } from './refuse';

export type MeetingRow = Selectable<AssemblyMeetingTable>;

export async function meetingRow(db: Kysely<DB>, id: number): Promise<MeetingRow> {
  const row = await db.selectFrom('assembly_meeting').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'assemblies:errors.MEETING_NOT_FOUND', `There is no meeting ${id}.`, { id });
  return row;
}

/** The session being held (open), or null in recess, before the first check-in and after the close. */
export async function openSession(db: Kysely<DB>, meetingId: number) {
  return (
    (await db.selectFrom('assembly_session').selectAll().where('meeting_id', '=', meetingId).where('closed_at', 'is', null).executeTakeFirst()) ?? null
  );
}

export function requireInSession(meeting: MeetingRow): void {
  if (meeting.status !== 'in_session') {
    throw refusal('INVALID_TRANSITION', 'assemblies:errors.NOT_IN_SESSION', `Meeting ${meeting.id} is not in session (it is ${meeting.status}).`, { id: meeting.id });
  }
}

export const fullName = (m: { last_names: string; first_names: string }) => `${m.last_names}, ${m.first_names}`;

export async function coopOf(db: Kysely<DB>): Promise<{ framework: StatuteParameters['framework']; locale: Locale; name: string }> {
  const row = await db.selectFrom('coop_profile').select(['framework', 'locale', 'name']).executeTakeFirst();
  if (!row) throw refusal('NOT_INITIALISED', 'errors.NOT_INITIALISED', 'The cooperative has not been set up yet.');
  return row as { framework: StatuteParameters['framework']; locale: Locale; name: string };
}

/** The statute in force on the meeting's day, read through `db` (a transaction's, when inside one). */
export async function statuteOf(ctx: ServiceContext, db: Kysely<DB>, meeting: Pick<MeetingRow, 'date'>): Promise<StatuteParameters> {
  return (await statuteInForce({ ...ctx, db }, meeting.date)).statute;
}

/** The instant a local date and wall-clock time name in the office's time zone. */
export function localInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00`).toISOString();
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const minutesBetween = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / 60_000);
