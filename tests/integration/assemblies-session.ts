/**
 * An Argentine coop with twelve active members, a council (1 president, 2 secretary, 3 council, 4 auditor)
 * and an ordinary assembly convened for 2025-07-10 18:00 with three items (accounts, surplus, statute
 * reform), for the assemblies tests. Instants are minutes after the convened time.
 */
import type { Input, Method, Output, Result } from '../../shared/contract';
import { setupCoop } from '../../electron/services/coop/profile';
import { argentineCoop } from './helpers';
import { memberInput, openMembersSession } from './members-session';

export const MEETING_DATE = '2025-07-10';
export const CONVENED = new Date(`${MEETING_DATE}T18:00:00`).getTime();
/** The instant `minutes` after the convened time. */
export const after = (minutes: number) => new Date(CONVENED + minutes * 60_000).toISOString();

export async function openAssemblySession(dir: string, options: { members?: number; name?: string; framework?: 'AR' | 'ES' } = {}) {
  const spanish = options.framework === 'ES';
  const s = await openMembersSession(dir, { name: options.name, coop: !spanish });
  if (spanish) await setupCoop(s.ctx(), { ...argentineCoop, name: 'Cooperativa La Minga', framework: 'ES', currency: 'EUR' });
  const call = async <M extends Method>(method: M, input: Input<M>) => (await s.dispatch(method, input)) as Result<Output<M>>;
  const must = async <M extends Method>(method: M, input: Input<M>) => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  const members: number[] = [];
  for (let n = 1; n <= (options.members ?? 12); n++) {
    const m = await must('members.create', { ...memberInput({ lastNames: `Votante${String(n).padStart(4, '0')}`, firstNames: 'Zefira', nationalId: `DNI-${9000 + n}` }), memberNumber: n, status: 'active' });
    members.push(m.id);
  }
  for (const [i, role] of (['president', 'secretary', 'council', 'auditor'] as const).entries()) {
    await must('assemblies.saveOfficeHolder', { memberId: members[i]!, role, from: '2024-01-01', to: null });
  }
  const { id: meetingId } = await must('assemblies.create', { kind: 'ordinary', date: MEETING_DATE, time: '18:00', place: 'Salón de la cooperativa', mode: 'in_person' });
  const items: number[] = [];
  for (const item of [
    { title: 'Memoria y balance 2024', needsVote: true, subject: 'accounts', resolutionKind: 'accounts', matter: 'ordinary' },
    { title: 'Esquema de retiros', needsVote: true, subject: 'other', resolutionKind: 'pay-scheme', matter: 'ordinary' },
    { title: 'Reforma del estatuto', needsVote: true, subject: 'other', resolutionKind: 'statute', matter: 'qualified' },
  ] as const) {
    const { id } = await must('assemblies.saveAgendaItem', { meetingId, id: null, description: null, expectedMinutes: 20, ...item });
    await must('assemblies.attachDocument', { itemId: id, name: `${item.title}.pdf`, reference: `docs/${id}.pdf` });
    items.push(id);
  }
  await must('assemblies.publishAgenda', { meetingId });
  await must('assemblies.generateRoll', { meetingId });
  await must('assemblies.convene', { meetingId });
  const checkIn = (index: number, minutes: number) => must('assemblies.checkIn', { meetingId, memberId: members[index]!, at: after(minutes) });
  const count = (table: string) => s.handle().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  /** Rows in every assemblies table and the audit log: a refusal must leave them all as they were. */
  const writes = () =>
    Object.fromEntries(
      ['audit_log', 'assembly_attendance', 'assembly_session', 'assembly_motion', 'assembly_vote', 'assembly_ballot', 'assembly_vote_result', 'assembly_minutes', 'assembly_signatory'].map((t) => [t, count(t)]),
    );
  /** Checks in the first `n` members, constitutes on the second call and proposes a motion on `item`. */
  const held = async (n: number) => {
    for (let i = 0; i < n; i++) await checkIn(i, i);
    await must('assemblies.constitute', { meetingId, at: after(61) });
  };
  const motionOn = async (item: number, text = 'Aprobar') => (await must('assemblies.propose', { meetingId, itemId: items[item]!, text })).id;
  return { ...s, call, must, members, meetingId, items, checkIn, count, writes, held, motionOn };
}

export type AssemblySession = Awaited<ReturnType<typeof openAssemblySession>>;

/** A meeting held on the second call: the pay scheme approved by roll call, the statute reform rejected by hands. */
export async function heldAndClosed(s: AssemblySession) {
  await s.held(10);
  await s.must('assemblies.saveSynthesis', { itemId: s.items[1]!, synthesis: 'El consejo presentó el esquema.' });
  const scheme = await s.must('assemblies.openVote', { motionId: await s.motionOn(1, 'Aprobar el esquema de retiros 2025'), mode: 'roll_call' });
  for (let i = 0; i < 10; i++) await s.must('assemblies.castBallot', { voteId: scheme.id, memberId: s.members[i]!, choice: i < 7 ? 'yes' : 'no' });
  await s.must('assemblies.closeVote', { id: scheme.id });
  const reform = await s.must('assemblies.openVote', { motionId: await s.motionOn(2, 'Reformar el artículo 12'), mode: 'hands' });
  // 2/3 of those present, abstainers as absent: 3·6 = 18 < 2·10 → rejected.
  await s.must('assemblies.recordTally', { voteId: reform.id, tally: { yes: 6, no: 4, abstain: 0, blank: 0, invalid: 0 } });
  await s.must('assemblies.closeVote', { id: reform.id });
  await s.must('assemblies.close', { meetingId: s.meetingId, at: after(120) });
  return { scheme, reform };
}


/** President, secretary and two members designated by the assembly (AR Ley 20.337 art. 37). */
export const signatories = (s: { members: number[] }) => [
  { memberId: s.members[0]!, role: 'president' as const },
  { memberId: s.members[1]!, role: 'secretary' as const },
  { memberId: s.members[6]!, role: 'member' as const },
  { memberId: s.members[7]!, role: 'member' as const },
];
