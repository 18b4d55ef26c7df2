/**
 * The demo cooperative's assemblies: over the demo years, an ordinary assembly each April (signatories
 * designated, accounts by show of hands with the council barred, surplus by roll call, council elected by
 * secret ballot) and two council meetings, held through the same services a secretary uses, each with its
 * finalised act, so a newcomer finds a lived-in minutes book. Attendance is a sample of the register, so a
 * 10,000-member demo stays fast (and its assemblies are constituted on the second call, as large ones are).
 */
import type { Locale } from '../../../shared/contract/coop';
import type { LegalFramework } from '../../../shared/domain/statute';
import type { VoteMode } from '../../../shared/domain/assemblies/kinds';
import { addDaysToDate, localToday } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n/catalogue';
import type { DemoOptions, ServiceContext } from '../core';
import { attachDocument, publishAgenda, saveAgendaItem, saveSynthesis } from './agenda';
import { checkIn } from './attendance';
import { finaliseMinutes, draftMinutes } from './minutes';
import { conveneMeeting, createMeeting, getMeeting } from './meetings';
import { propose } from './motions';
import { saveOfficeHolder } from './officers';
import { constitute, quorumAt } from './quorum';
import { generateRoll } from './roll';
import { closeMeeting } from './sessions';
import { castBallot, closeVote, openVote, recordTally } from './votes';
import { meetingRow } from './rows';
import { agendaExceptions } from '../../../shared/domain/voting';

/** At most this many people sign the book of a demo assembly. */
const SAMPLE = 60;

const at = (date: string, time: string, minutes = 0) => new Date(Date.parse(`${date}T${time}:00`) + minutes * 60_000).toISOString();
const clockAt = (iso: string): Date => new Date(iso);

interface DemoItem {
  key: string;
  vote: VoteMode | null;
  matter?: 'ordinary' | 'qualified';
  subject?: 'accounts' | 'management' | 'other';
  resolutionKind?: 'accounts' | 'surplus-distribution' | 'other';
}

const assemblyItems: DemoItem[] = [
  { key: 'accounts', vote: 'hands', subject: 'accounts', resolutionKind: 'accounts' },
  { key: 'surplus', vote: 'roll_call', resolutionKind: 'surplus-distribution' },
  { key: 'election', vote: 'secret' },
];
const councilItems: DemoItem[] = [
  { key: 'admissions', vote: 'hands' },
  { key: 'workPlan', vote: null },
];

export async function generateAssembliesDemo(ctx: ServiceContext, options: DemoOptions): Promise<void> {
  const coop = ctx.handle.prepare('SELECT locale, framework FROM coop_profile').get() as { locale: Locale; framework: LegalFramework } | undefined;
  if (!coop) return;
  const signersOffAgenda = agendaExceptions(coop.framework).includes('elect-signatories');
  const t = (key: string, params?: Record<string, string | number>) => translate(options.locale, `assemblies:demo.${key}`, params);
  // A demo added to a register that already has its assemblies (`minga demo` run twice) adds members only.
  if (ctx.handle.prepare('SELECT 1 FROM assembly_meeting LIMIT 1').get()) return;
  const active = ctx.handle.prepare("SELECT id, join_date FROM member WHERE status = 'active' ORDER BY member_number").all() as { id: number; join_date: string }[];
  if (active.length < 9) return;
  const today = localToday(ctx.now());
  const thisYear = Number(today.slice(0, 4));
  const firstYear = thisYear - Math.max(1, options.years) + 1;
  const board = active.slice(0, 7);
  const officeFrom = `${firstYear - 1}-12-01`;
  const roles = ['president', 'secretary', 'treasurer', 'council', 'council', 'auditor', 'substitute'] as const;
  for (const [i, role] of roles.entries()) await saveOfficeHolder(ctx, { memberId: board[i]!.id, role, from: officeFrom, to: null });

  for (let year = firstYear; year <= thisYear; year++) {
    const dates = [
      { kind: 'council' as const, date: `${year}-03-10` },
      { kind: 'ordinary' as const, date: `${year}-04-25` },
      { kind: 'council' as const, date: `${year}-09-15` },
    ].filter((d) => d.date < today);
    for (const d of dates) {
      const when = (time: string, minutes = 0) => at(d.date, time, minutes);
      const dctx = (iso: string): ServiceContext => ({ ...ctx, now: () => clockAt(iso) });
      const prep = dctx(at(addDaysToDate(d.date, -25), '10:00'));
      const { id } = await createMeeting(prep, {
        kind: d.kind,
        date: d.date,
        time: '18:00',
        place: t('place'),
        mode: d.kind === 'council' ? 'hybrid' : 'in_person',
        remoteAccess: d.kind === 'council' ? t('remote') : null,
        capitalUpToDate: false,
      });
      const items = d.kind === 'council' ? councilItems : assemblyItems;
      const itemIds: number[] = [];
      for (const item of items) {
        const saved = await saveAgendaItem(prep, {
          meetingId: id,
          id: null,
          title: t(`items.${item.key}.title`, { year: year - 1 }),
          description: t(`items.${item.key}.description`, { year: year - 1 }),
          expectedMinutes: 30,
          needsVote: item.vote !== null,
          matter: item.matter ?? 'ordinary',
          subject: item.subject ?? 'other',
          resolutionKind: item.resolutionKind ?? 'other',
        });
        itemIds.push(saved.id);
        if (item.vote !== null) await attachDocument(prep, { itemId: saved.id, name: t(`items.${item.key}.document`, { year: year - 1 }), reference: `docs/${year}/${item.key}.pdf` });
      }
      await publishAgenda(prep, id);
      await generateRoll(prep, id);
      await conveneMeeting(prep, id, addDaysToDate(d.date, -20));

      const meeting = await meetingRow(ctx.db, id);
      const calls = (await getMeeting(ctx, id)).calls.map((c) => new Date(Date.parse(c.opensAt) + 60_000).toISOString());
      const lastCall = await quorumAt(ctx, meeting, calls[calls.length - 1]!);
      const voters = ctx.handle.prepare("SELECT member_id FROM assembly_roll WHERE meeting_id = ? AND standing = 'voter' ORDER BY member_id").pluck().all(id) as number[];
      // Enough people to be valid at the last call, whatever the framework asks of it.
      const size = Math.min(voters.length, Math.max(SAMPLE, lastCall.needed));
      const sample = voters.filter((_, i) => i % Math.max(1, Math.floor(voters.length / size)) === 0).slice(0, size);
      // Everyone in before the first call opens, so a framework with a single call (US bylaws) is constituted too.
      for (const [i, memberId] of sample.entries()) await checkIn(dctx(when('17:20', i % 40)), { meetingId: id, memberId, memberNumber: null, at: when('17:20', i % 40) });
      let constitutedAt = calls[calls.length - 1]!;
      for (const instant of calls) {
        if ((await quorumAt(ctx, meeting, instant)).reached) {
          constitutedAt = instant;
          break;
        }
      }
      await constitute(dctx(constitutedAt), { meetingId: id, at: constitutedAt });
      const after = (minutes: number) => new Date(Date.parse(constitutedAt) + minutes * 60_000).toISOString();

      let clock = 5;
      // Electing the members who sign the minutes is off the agenda only where the law allows it (Argentina).
      if (d.kind === 'ordinary' && signersOffAgenda) {
        const m = await propose(dctx(after(clock)), { meetingId: id, itemId: null, text: t('signatoriesMotion'), proposedBy: null, exception: 'elect-signatories' });
        await takeVote(dctx, after, m.id, 'hands', clock, 0);
        clock += 10;
      }
      for (const [n, item] of items.entries()) {
        const itemAt = after(clock);
        await saveSynthesis(dctx(itemAt), { itemId: itemIds[n]!, synthesis: t(`items.${item.key}.synthesis`) });
        if (item.vote !== null) {
          const m = await propose(dctx(itemAt), { meetingId: id, itemId: itemIds[n]!, text: t(`items.${item.key}.motion`, { year: year - 1 }), proposedBy: null, exception: null });
          await takeVote(dctx, after, m.id, item.vote, clock, year);
        }
        clock += 20;
      }
      const end = after(clock + 5);
      await closeMeeting(dctx(end), { meetingId: id, at: end });
      const minutes = await draftMinutes(dctx(end), { meetingId: id, sessionNumber: null });
      const signers = d.kind === 'council' ? [] : sample.filter((m) => !board.some((b) => b.id === m)).slice(0, 2);
      await finaliseMinutes(dctx(after(clock + 30)), {
        id: minutes.id,
        signatories: [
          { memberId: board[0]!.id, role: 'president' },
          { memberId: board[1]!.id, role: 'secretary' },
          ...signers.map((memberId) => ({ memberId, role: 'member' as const })),
        ],
      });
    }
  }
}

/** A vote as the secretary takes it: a show of hands or a secret count, or each present member named in turn. */
async function takeVote(dctx: (iso: string) => ServiceContext, after: (minutes: number) => string, motionId: number, mode: VoteMode, clock: number, seed: number): Promise<void> {
  const opened = after(clock + 8);
  const vote = await openVote(dctx(opened), { motionId, mode, at: opened });
  const able = vote.present;
  const no = Math.floor(able / 6) + (seed % 2);
  const abstain = Math.floor(able / 10);
  if (mode === 'roll_call') {
    const electorate = dctx(opened).handle
      .prepare(`SELECT a.member_id FROM assembly_attendance a JOIN assembly_session s ON s.id = a.session_id JOIN assembly_vote v ON v.id = ?
        JOIN assembly_motion m ON m.id = v.motion_id WHERE s.meeting_id = m.meeting_id AND s.closed_at IS NULL AND a.out_at IS NULL ORDER BY a.member_id`)
      .pluck()
      .all(vote.id) as number[];
    for (const [i, memberId] of electorate.entries()) {
      const choice = i < no ? 'no' : i < no + abstain ? 'abstain' : 'yes';
      await castBallot(dctx(opened), { voteId: vote.id, memberId, choice });
    }
  } else {
    const blank = mode === 'secret' ? Math.min(1, able - no - abstain) : 0;
    await recordTally(dctx(opened), { voteId: vote.id, tally: { yes: Math.max(0, able - no - abstain - blank), no: Math.min(no, able), abstain: Math.min(abstain, Math.max(0, able - no)), blank: Math.max(0, blank), invalid: 0 } });
  }
  const closed = after(clock + 12);
  await closeVote(dctx(closed), { id: vote.id, at: closed });
}
