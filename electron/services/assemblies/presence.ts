/** Who is in the room at an instant, from the attendance book: voters in person, and voters represented by a present proxy holder. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface Presence {
  /** Voters present in person. */
  voters: Set<number>;
  /** Voters represented by a proxy whose holder is present (and who are not there themselves). */
  represented: Set<number>;
  speakers: number;
}

/** Presence at `at` in the session `sessionId` (the latest one when null). */
export async function presenceAt(db: Kysely<DB>, meetingId: number, at: string, sessionId: number | null = null): Promise<Presence> {
  const session =
    sessionId ??
    (await db.selectFrom('assembly_session').select('id').where('meeting_id', '=', meetingId).orderBy('number', 'desc').limit(1).executeTakeFirst())?.id ??
    null;
  const empty: Presence = { voters: new Set(), represented: new Set(), speakers: 0 };
  if (session === null) return empty;
  const rows = await db
    .selectFrom('assembly_attendance as a')
    .innerJoin('assembly_roll as r', (j) => j.onRef('r.member_id', '=', 'a.member_id').on('r.meeting_id', '=', meetingId))
    .select(['a.member_id', 'r.standing'])
    .distinct()
    .where('a.session_id', '=', session)
    .where('a.in_at', '<=', at)
    .where((eb) => eb.or([eb('a.out_at', 'is', null), eb('a.out_at', '>', at)]))
    .execute();
  const voters = new Set(rows.filter((r) => r.standing === 'voter').map((r) => r.member_id));
  const proxies = await db
    .selectFrom('assembly_proxy as p')
    .innerJoin('assembly_roll as r', (j) => j.onRef('r.member_id', '=', 'p.member_id').on('r.meeting_id', '=', meetingId))
    .select(['p.member_id', 'p.holder_id'])
    .where('p.meeting_id', '=', meetingId)
    .where('r.standing', '=', 'voter')
    .where('p.granted_at', '<=', at)
    .where((eb) => eb.or([eb('p.revoked_at', 'is', null), eb('p.revoked_at', '>', at)]))
    .execute();
  const represented = new Set(proxies.filter((p) => voters.has(p.holder_id) && !voters.has(p.member_id)).map((p) => p.member_id));
  return { voters, represented, speakers: rows.length - voters.size };
}
