/** Gathers what happened in one session, as the facts the minutes are drafted from. */
import type { Kysely } from 'kysely';
import type { Locale } from '../../../shared/contract/coop';
import type { MinutesFacts, MotionFact } from '../../../shared/domain/assemblies/minutes-content';
import { evaluateQuorum } from '../../../shared/domain/voting';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../core';
import { coopOf, minutesBetween, statuteOf, type MeetingRow } from './rows';

export const longDate = (date: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(`${date}T12:00:00`));
export const localTime = (instant: string, locale: Locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(instant));

export async function minutesFacts(
  ctx: ServiceContext,
  db: Kysely<DB>,
  meeting: MeetingRow,
  session: { id: number; number: number; opened_at: string; closed_at: string | null },
): Promise<MinutesFacts> {
  const coop = await coopOf(db);
  const locale = coop.locale;
  const roll = Number(
    (await db.selectFrom('assembly_roll').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting_id', '=', meeting.id).where('standing', '=', 'voter').executeTakeFirst())?.n ?? 0,
  );
  let constitution: MinutesFacts['constitution'] = null;
  if (meeting.constituted_at !== null && meeting.constituted_call !== null && meeting.constituted_present !== null) {
    const statute = await statuteOf(ctx, db, meeting);
    const q = evaluateQuorum(statute, {
      roll,
      call: meeting.constituted_call,
      present: meeting.constituted_present,
      minutesAfterConvened: Math.max(0, minutesBetween(meeting.convened_at, meeting.constituted_at)),
    });
    constitution = { time: localTime(meeting.constituted_at, locale), call: meeting.constituted_call, present: meeting.constituted_present, roll, needed: q.needed, basis: q.basis };
  }
  const attendance = Number(
    (await db.selectFrom('assembly_attendance').select((eb) => eb.fn.count<number>('member_id').distinct().as('n')).where('session_id', '=', session.id).executeTakeFirst())?.n ?? 0,
  );
  const agenda = await db.selectFrom('assembly_agenda_item').select(['number', 'title', 'synthesis']).where('meeting_id', '=', meeting.id).orderBy('number').execute();
  const motions = await db
    .selectFrom('assembly_motion as m')
    .innerJoin('assembly_vote as v', 'v.motion_id', 'm.id')
    .innerJoin('assembly_vote_result as r', 'r.vote_id', 'v.id')
    .leftJoin('assembly_agenda_item as i', 'i.id', 'm.item_id')
    .select(['i.number', 'm.exception', 'm.text', 'v.mode', 'r.yes', 'r.no', 'r.abstain', 'r.blank', 'r.invalid', 'r.passed', 'r.base', 'r.yes_needed', 'r.rule_text', 'r.basis'])
    .where('m.session_id', '=', session.id)
    .orderBy('m.id')
    .execute();
  return {
    coopName: coop.name,
    kind: meeting.kind,
    date: longDate(meeting.date, locale),
    time: meeting.time,
    place: meeting.place,
    mode: meeting.mode,
    sessionNumber: session.number,
    openedAt: localTime(session.opened_at, locale),
    constitution,
    attendance,
    agenda,
    motions: motions.map(
      (m): MotionFact => ({
        itemNumber: m.number,
        exception: m.exception,
        text: m.text,
        mode: m.mode,
        tally: { yes: m.yes, no: m.no, abstain: m.abstain, blank: m.blank, invalid: m.invalid },
        passed: m.passed === 1,
        base: m.base,
        yesNeeded: m.yes_needed,
        rule: m.rule_text,
        basis: m.basis,
      }),
    ),
    end: session.closed_at === null ? null : { how: meeting.status === 'closed' && !(await laterSession(db, meeting.id, session.number)) ? 'closed' : 'recess', time: localTime(session.closed_at, locale) },
  };
}

async function laterSession(db: Kysely<DB>, meetingId: number, number: number): Promise<boolean> {
  return (await db.selectFrom('assembly_session').select('id').where('meeting_id', '=', meetingId).where('number', '>', number).executeTakeFirst()) !== undefined;
}
