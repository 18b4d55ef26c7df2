/**
 * An assembly of 2,000 members (issue 8, "benchmark"): each checking in, then voting by roll call, p95 per
 * check-in and per vote (aim < 5 ms each), each its own audited transaction as at the secretary's desk. The
 * limit is the same rows (the attendance or ballot row and its chained audit row) written with raw
 * better-sqlite3, one transaction each, on a copy of the same file. And drafting the minutes of a 30-item
 * assembly, beside the raw reads of the same facts and the same save.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDaysToDate, localToday } from '../../shared/domain/dates';
import { openHandle, type SqliteHandle } from '../../electron/db/connection';
import {
  attachDocument,
  castBallot,
  checkIn,
  closeMeeting,
  closeVote,
  constitute,
  conveneMeeting,
  createMeeting,
  draftMinutes,
  generateRoll,
  openVote,
  propose,
  publishAgenda,
  recordTally,
  saveAgendaItem,
} from '../../electron/services/assemblies';
import { chainAfter, chainHeadOf, type ServiceContext } from '../../electron/services/core';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { generateDemo } from '../../electron/services/members/demo';
import { figure, percentile, timeOnce, timeOnceAsync, type Figure } from './stats';

const MEMBERS = 2_000;
const ITEMS = 30;

async function conveneAssembly(ctx: ServiceContext, items: number): Promise<{ meetingId: number; itemIds: number[]; at: (minutes: number) => string }> {
  const date = addDaysToDate(localToday(ctx.now()), 20);
  const { id: meetingId } = await createMeeting(ctx, { kind: 'ordinary', date, time: '18:00', place: 'Salón', mode: 'in_person', remoteAccess: null, capitalUpToDate: false });
  const itemIds: number[] = [];
  for (let n = 1; n <= items; n++) {
    const item = await saveAgendaItem(ctx, { meetingId, id: null, title: `Punto ${n}`, description: null, expectedMinutes: 10, needsVote: true, matter: 'ordinary', subject: 'other', resolutionKind: 'other' });
    await attachDocument(ctx, { itemId: item.id, name: `Documento ${n}`, reference: `docs/${n}.pdf` });
    itemIds.push(item.id);
  }
  await publishAgenda(ctx, meetingId);
  await generateRoll(ctx, meetingId);
  await conveneMeeting(ctx, meetingId);
  const convened = Date.parse(`${date}T18:00:00`);
  return { meetingId, itemIds, at: (minutes: number) => new Date(convened + minutes * 60_000).toISOString() };
}

/** The raw limit: `row` and its chained audit row, one transaction per call, statements prepared once. */
function rawWriter(handle: SqliteHandle, sql: string, action: string) {
  const insert = handle.prepare(sql);
  const audit = handle.prepare('INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  return handle.transaction((params: unknown[], after: string) => {
    const id = Number(insert.run(...params).lastInsertRowid);
    const row = { at: new Date().toISOString(), actor: 'bench', action, entity: 'assembly', entity_id: String(id), before_json: null, after_json: after };
    const [link] = chainAfter(chainHeadOf(handle), [row]);
    audit.run(link!.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.before_json, row.after_json, link!.prev_hash, link!.hash);
  });
}

export async function assembliesFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-bench-assemblies-'));
  try {
    const session = await openDatabaseSession({ path: join(dir, 'assembly.sqlite'), actor: 'bench' });
    const ctx = session.ctx();
    await setupCoop(ctx, { name: 'Bench', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
    await generateDemo(ctx, { members: MEMBERS, years: 5, locale: 'es', seed: 13 });
    // Every one of the 2,000 on the roll as a voter: the figure is about the size of the room, not the register's history.
    ctx.handle.prepare("UPDATE member SET status = 'active', leaving_date = NULL, leaving_cause = NULL").run();
    const { meetingId, itemIds, at } = await conveneAssembly(ctx, 1);
    const voters = ctx.handle.prepare("SELECT member_id FROM assembly_roll WHERE meeting_id = ? AND standing = 'voter' ORDER BY member_id").pluck().all(meetingId) as number[];
    // The limit runs on a copy of the file as it stands before the check-ins.
    await ctx.handle.backup(join(dir, 'limit.sqlite'));

    // Minga and the limit take turns row by row, so a busy disk weighs on both alike.
    const limit = openHandle(join(dir, 'limit.sqlite'));
    limit.prepare("UPDATE assembly_meeting SET status = 'in_session' WHERE id = ?").run(meetingId);
    const rawSession = limit.prepare('INSERT INTO assembly_session (meeting_id, number, opened_at) VALUES (?, 1, ?)').run(meetingId, at(0)).lastInsertRowid;
    const rawMotion = limit
      .prepare("INSERT INTO assembly_motion (meeting_id, item_id, session_id, text, matter, subject, resolution_kind, created_at) VALUES (?, ?, ?, 'Aprobar', 'ordinary', 'other', 'other', ?)")
      .run(meetingId, itemIds[0]!, rawSession, at(62)).lastInsertRowid;
    const rawVoteId = limit.prepare("INSERT INTO assembly_vote (motion_id, mode, opened_at) VALUES (?, 'roll_call', ?)").run(rawMotion, at(63)).lastInsertRowid;
    const rawCheckIn = rawWriter(limit, 'INSERT INTO assembly_attendance (session_id, member_id, in_at) VALUES (?, ?, ?)', 'assemblies.checkIn');
    const rawBallot = rawWriter(limit, 'INSERT INTO assembly_ballot (vote_id, member_id, choice, cast_at) VALUES (?, ?, ?, ?)', 'assemblies.castBallot');

    const checkIns: number[] = [];
    const rawCheckIns: number[] = [];
    for (const [i, memberId] of voters.entries()) {
      checkIns.push(await timeOnceAsync(() => checkIn(ctx, { meetingId, memberId, memberNumber: null, at: at(i % 50) })));
      rawCheckIns.push(timeOnce(() => rawCheckIn([rawSession, memberId, at(i % 50)], JSON.stringify({ meetingId, memberId, inAt: at(i % 50) }))));
    }
    await constitute(ctx, { meetingId, at: at(61) });
    const motion = await propose(ctx, { meetingId, itemId: itemIds[0]!, text: 'Aprobar', proposedBy: null, exception: null });
    const vote = await openVote(ctx, { motionId: motion.id, mode: 'roll_call' });
    const ballots: number[] = [];
    const rawBallots: number[] = [];
    for (const [i, memberId] of voters.entries()) {
      const choice = i % 5 === 0 ? 'no' : 'yes';
      ballots.push(await timeOnceAsync(() => castBallot(ctx, { voteId: vote.id, memberId, choice })));
      rawBallots.push(timeOnce(() => rawBallot([rawVoteId, memberId, choice, at(64)], JSON.stringify({ memberId, choice }))));
    }
    await closeVote(ctx, { id: vote.id });
    session.close();
    limit.close();

    const drafting = await minutesFigures(dir);
    return [
      figure(`assembly of ${voters.length} voters: check-in, p95 (aim < 5 ms)`, percentile(checkIns, 95), 'ms', 'raw insert of the same attendance and audit rows, p95', percentile(rawCheckIns, 95), 1.5),
      figure(`assembly of ${voters.length} voters: roll-call vote, p95 (aim < 5 ms)`, percentile(ballots, 95), 'ms', 'raw insert of the same ballot and audit rows, p95', percentile(rawBallots, 95), 1.5),
      drafting,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Drafting the minutes of a 30-item assembly, each item with a motion voted by show of hands (median of 10). */
async function minutesFigures(dir: string): Promise<Figure> {
  const session = await openDatabaseSession({ path: join(dir, 'minutes.sqlite'), actor: 'bench' });
  const ctx = session.ctx();
  await setupCoop(ctx, { name: 'Bench', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
  await generateDemo(ctx, { members: 200, years: 5, locale: 'es', seed: 17 });
  const { meetingId, itemIds, at } = await conveneAssembly(ctx, ITEMS);
  const voters = ctx.handle.prepare("SELECT member_id FROM assembly_roll WHERE meeting_id = ? AND standing = 'voter' ORDER BY member_id").pluck().all(meetingId) as number[];
  for (const [i, memberId] of voters.entries()) await checkIn(ctx, { meetingId, memberId, memberNumber: null, at: at(i % 30) });
  await constitute(ctx, { meetingId, at: at(61) });
  for (const itemId of itemIds) {
    const motion = await propose(ctx, { meetingId, itemId, text: 'Aprobar lo propuesto por el consejo', proposedBy: null, exception: null });
    const vote = await openVote(ctx, { motionId: motion.id, mode: 'hands' });
    await recordTally(ctx, { voteId: vote.id, tally: { yes: vote.present - 3, no: 2, abstain: 1, blank: 0, invalid: 0 } });
    await closeVote(ctx, { id: vote.id });
  }
  await closeMeeting(ctx, { meetingId, at: at(240) });
  const facts = [
    ctx.handle.prepare('SELECT * FROM assembly_meeting WHERE id = ?'),
    ctx.handle.prepare('SELECT * FROM assembly_session WHERE meeting_id = ?'),
    ctx.handle.prepare('SELECT number, title, synthesis FROM assembly_agenda_item WHERE meeting_id = ? ORDER BY number'),
    ctx.handle.prepare(`SELECT i.number, m.text, v.mode, r.* FROM assembly_motion m JOIN assembly_vote v ON v.motion_id = m.id JOIN assembly_vote_result r ON r.vote_id = v.id
      LEFT JOIN assembly_agenda_item i ON i.id = m.item_id WHERE m.meeting_id = ? ORDER BY m.id`),
    ctx.handle.prepare("SELECT count(*) FROM assembly_roll WHERE meeting_id = ? AND standing = 'voter'"),
  ];
  const draft = await draftMinutes(ctx, { meetingId, sessionNumber: null }); // warm up
  const content = ctx.handle.prepare('SELECT content_json FROM assembly_minutes WHERE id = ?').pluck().get(draft.id) as string;
  const rawSave = rawWriter(ctx.handle, 'UPDATE assembly_minutes SET content_json = ? WHERE id = ?', 'assemblies.draftMinutes');
  const minga: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < 10; run++) {
    minga.push(await timeOnceAsync(() => draftMinutes(ctx, { meetingId, sessionNumber: null })));
    raw.push(
      timeOnce(() => {
        for (const f of facts) f.all(meetingId);
        rawSave([content, draft.id], JSON.stringify({ session: 1 }));
      }),
    );
  }
  session.close();
  return figure(`draft the minutes of a ${ITEMS}-item assembly (median of 10)`, percentile(minga, 50), 'ms', 'raw reads of the same facts and the same save, median', percentile(raw, 50));
}
