/**
 * What the statement tests start from: a coop (Argentine, or under the USA framework), members with hours
 * worked in 2024 (and capital paid in by the end of 2023), the year closed, and an ordinary assembly that
 * approves the distribution, as tests/integration/surplus-db.test.ts builds them through the dispatcher.
 */
import { eachDayOfInterval, format, isWeekend } from 'date-fns';
import type { Input, Method, Output, Result } from '../../shared/contract';
import { setupCoop } from '../../electron/services/coop/profile';
import { argentineCoop } from './helpers';
import { memberInput, openMembersSession } from './members-session';

const weekdays2024 = eachDayOfInterval({ start: new Date(2024, 0, 1), end: new Date(2024, 11, 31) })
  .filter((d) => !isWeekend(d))
  .map((d) => format(d, 'yyyy-MM-dd'));

export interface StatementMember {
  n: number;
  capital: number;
  hours: number;
  /** On trial from joining until this date, active from it. */
  trialUntil?: string;
}

export async function openStatementSession(dir: string, framework: 'AR' | 'US', members: readonly StatementMember[]) {
  const s = await openMembersSession(dir, { coop: false });
  const coop = framework === 'AR' ? argentineCoop : { name: 'Riverside Workers Cooperative', framework: 'US', currency: 'USD', locale: 'en', fiscalYearStart: '01-01' } as const;
  await setupCoop(s.ctx(), { ...coop, taxId: framework === 'AR' ? '30-71234567-8' : '84-1234567', address: 'Calle 1 100' });
  const call = async <M extends Method>(method: M, input: Input<M>) => (await s.dispatch(method, input)) as Result<Output<M>>;
  const must = async <M extends Method>(method: M, input: Input<M>) => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  const shareClass = await must('capital.saveClass', { id: null, name: 'Cuotas sociales', nominalMinor: 10_000, minimumSubscriptionMinor: 0, minimumPaidNow: { num: 5, den: 100 }, refundRight: 'council', active: true });
  const ids = new Map<number, number>();
  for (const m of members) {
    const created = await must('members.create', { ...memberInput({ lastNames: `Socio ${m.n}`, joinDate: '2023-01-10' }), memberNumber: m.n, status: m.trialUntil ? 'trial' : 'active' });
    ids.set(m.n, created.id);
    if (m.trialUntil) await must('members.changeStatus', { id: created.id, status: 'active', date: m.trialUntil, cause: null, resolution: null });
    if (m.capital > 0) {
      await must('capital.subscribe', { memberId: created.id, classId: shareClass.id, shares: m.capital / 10_000, amountMinor: null, date: '2023-02-01', instalments: 1, firstDueDate: '2023-02-01', paidNowMinor: m.capital, method: 'bank', planMinor: null });
    }
    const cells = [];
    let left = m.hours * 60;
    for (const date of weekdays2024) {
      if (left <= 0) break;
      const minutes = Math.min(480, left);
      left -= minutes;
      cells.push({ memberId: created.id, date, records: [{ kind: 'work' as const, minutes }] });
    }
    await must('attendance.saveGrid', { cells });
  }

  /** An ordinary assembly on `date`, every member present, approves the distribution by show of hands. */
  const approve = async (date: string) => {
    const at = (minutes: number) => new Date(new Date(`${date}T18:00:00`).getTime() + minutes * 60_000).toISOString();
    const { id: meetingId } = await must('assemblies.create', { kind: 'ordinary', date, time: '18:00', place: 'Sede', mode: 'in_person' });
    const { id: itemId } = await must('assemblies.saveAgendaItem', { meetingId, id: null, title: 'Distribución de excedentes 2024', description: null, expectedMinutes: 20, needsVote: true, subject: 'other', resolutionKind: 'surplus-distribution', matter: 'ordinary' });
    await must('assemblies.attachDocument', { itemId, name: 'proyecto.pdf', reference: 'docs/proyecto.pdf' });
    await must('assemblies.publishAgenda', { meetingId });
    await must('assemblies.generateRoll', { meetingId });
    await must('assemblies.convene', { meetingId });
    for (const [i, memberId] of [...ids.values()].entries()) await must('assemblies.checkIn', { meetingId, memberId, at: at(i) });
    await must('assemblies.constitute', { meetingId, at: at(10) });
    const { id: motionId } = await must('assemblies.propose', { meetingId, itemId, text: 'Aprobar la distribución de excedentes 2024' });
    const vote = await must('assemblies.openVote', { motionId, mode: 'hands' });
    await must('assemblies.recordTally', { voteId: vote.id, tally: { yes: ids.size, no: 0, abstain: 0, blank: 0, invalid: 0 } });
    await must('assemblies.closeVote', { id: vote.id });
    const [resolution] = await must('assemblies.resolutions', { kind: 'surplus-distribution' });
    return resolution!;
  };
  return { ...s, call, must, ids, approve };
}
