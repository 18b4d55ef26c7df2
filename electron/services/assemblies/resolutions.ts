/**
 * Approved resolutions, for other modules (pay schemes and runs now; surplus and budgets later): a motion
 * whose vote closed and passed, with a reference to its act in the coop's language ("Acta 12, punto 3").
 */
import type { Kysely } from 'kysely';
import type { ResolutionKind, MeetingKind } from '../../../shared/domain/assemblies/kinds';
import { translate } from '../../../shared/i18n/catalogue';
import type { DB } from '../../db/schema';
import { coopOf } from './rows';

export type { ResolutionKind } from '../../../shared/domain/assemblies/kinds';

export interface ApprovedResolution {
  id: number;
  kind: ResolutionKind;
  meetingId: number;
  meetingKind: MeetingKind;
  date: string;
  itemNumber: number;
  title: string;
  minutesNumber: number | null;
  /** "Acta 12, punto 3" in the coop's language */
  reference: string;
}

function query(db: Kysely<DB>) {
  return db
    .selectFrom('assembly_motion as mo')
    .innerJoin('assembly_vote as v', 'v.motion_id', 'mo.id')
    .innerJoin('assembly_vote_result as r', 'r.vote_id', 'v.id')
    .innerJoin('assembly_meeting as me', 'me.id', 'mo.meeting_id')
    .leftJoin('assembly_agenda_item as i', 'i.id', 'mo.item_id')
    .leftJoin('assembly_minutes as a', (j) => j.onRef('a.session_id', '=', 'mo.session_id').on('a.status', '=', 'final'))
    .select(['mo.id', 'mo.resolution_kind', 'mo.meeting_id', 'me.kind', 'me.date', 'i.number', 'i.title', 'mo.text', 'a.number as minutes_number'])
    .where('r.passed', '=', 1);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['execute']>>[number];

async function toResolutions(db: Kysely<DB>, rows: Row[]): Promise<ApprovedResolution[]> {
  if (rows.length === 0) return [];
  const { locale } = await coopOf(db);
  return rows.map((r) => {
    const item = r.number ?? 0;
    const reference =
      r.minutes_number === null
        ? translate(locale, 'assemblies:minutesText.referenceDraft', { date: r.date, item })
        : translate(locale, 'assemblies:minutesText.reference', { number: r.minutes_number, item });
    return { id: r.id, kind: r.resolution_kind, meetingId: r.meeting_id, meetingKind: r.kind, date: r.date, itemNumber: item, title: r.title ?? r.text, minutesNumber: r.minutes_number, reference };
  });
}

export async function approvedResolutions(db: Kysely<DB>, filter: { kind?: ResolutionKind | null }): Promise<ApprovedResolution[]> {
  let q = query(db);
  if (filter.kind) q = q.where('mo.resolution_kind', '=', filter.kind);
  return toResolutions(db, await q.orderBy('me.date', 'desc').orderBy('mo.id', 'desc').execute());
}

export async function approvedResolution(db: Kysely<DB>, id: number): Promise<ApprovedResolution | null> {
  return (await toResolutions(db, await query(db).where('mo.id', '=', id).execute()))[0] ?? null;
}
