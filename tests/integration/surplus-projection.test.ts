/**
 * The surplus projector and the posting after a reload (issue 10): what the main window puts on the
 * projector is state in the database (year, policy, names or member numbers), read back whole by the
 * projector; a refused policy or an unclosed year changes nothing; and the posted distribution's journal
 * entry (and the reversal's) is given by `surplus.year`, so a reopened app still names it; a cash return
 * not collected within the statute's period is listed as due and becomes capital only on confirmation.
 */
import { eachDayOfInterval, format, isWeekend } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Input, Method, Output, Result } from '../../shared/contract';
import { openCapitalSession } from './capital-session';
import { useTempDir } from './helpers';
import { openMembersSession } from './members-session';

const tempDir = useTempDir();
const weekdays2024 = eachDayOfInterval({ start: new Date(2024, 0, 1), end: new Date(2024, 11, 31) })
  .filter((d) => !isWeekend(d) && d >= new Date(2024, 0, 15))
  .map((d) => format(d, 'yyyy-MM-dd'));

/** Members 1 and 2 (active, joined 2024-01-15) worked 800 and 400 hours in 2024; the year closed with 100,000.00 with members. */
async function closedYear(dir: string) {
  const s = await openCapitalSession(dir);
  for (const [member, hours] of [[s.members[0]!, 800], [s.members[1]!, 400]] as const) {
    const cells = weekdays2024.slice(0, hours / 8).map((date) => ({ memberId: member.id, date, records: [{ kind: 'work' as const, minutes: 480 }] }));
    await s.must('attendance.saveGrid', { cells });
  }
  await s.must('surplus.closeYear', { year: 2024, membersResultMinor: 100_000_00, nonMembersResultMinor: 0, taxMinor: 0 });
  return s;
}

async function approvedResolution(s: Awaited<ReturnType<typeof closedYear>>): Promise<number> {
  const at = (minutes: number) => new Date(new Date('2025-07-10T18:00:00').getTime() + minutes * 60_000).toISOString();
  const { id: meetingId } = await s.must('assemblies.create', { kind: 'ordinary', date: '2025-07-10', time: '18:00', place: 'Sede', mode: 'in_person' });
  const { id: itemId } = await s.must('assemblies.saveAgendaItem', { meetingId, id: null, title: 'Distribución de excedentes 2024', description: null, expectedMinutes: 20, needsVote: true, subject: 'other', resolutionKind: 'surplus-distribution', matter: 'ordinary' });
  await s.must('assemblies.attachDocument', { itemId, name: 'proyecto.pdf', reference: 'docs/proyecto.pdf' });
  await s.must('assemblies.publishAgenda', { meetingId });
  await s.must('assemblies.generateRoll', { meetingId });
  await s.must('assemblies.convene', { meetingId });
  const voters = s.members.slice(0, 2).map((m) => m.id);
  for (const [i, memberId] of voters.entries()) await s.must('assemblies.checkIn', { meetingId, memberId, at: at(i) });
  await s.must('assemblies.constitute', { meetingId, at: at(10) });
  const { id: motionId } = await s.must('assemblies.propose', { meetingId, itemId, text: 'Aprobar la distribución de excedentes 2024' });
  const vote = await s.must('assemblies.openVote', { motionId, mode: 'hands' });
  await s.must('assemblies.recordTally', { voteId: vote.id, tally: { yes: voters.length, no: 0, abstain: 0, blank: 0, invalid: 0 } });
  await s.must('assemblies.closeVote', { id: vote.id });
  const [resolution] = await s.must('assemblies.resolutions', { kind: 'surplus-distribution' });
  return resolution!.id;
}

describe('the surplus projector (issue 10: "the projector shows the distribution")', () => {
  it('shows nothing until the main window projects a year; then the waterfall, the funds and each return, by name', { timeout: 60_000 }, async () => {
    const s = await closedYear(tempDir());
    expect(await s.must('surplus.projection', {})).toBeNull();
    const { policy } = await s.must('surplus.policy', { year: 2024 });
    const cash = { ...policy, returns: { ...policy.returns, cashPercent: '40' } };
    await s.must('surplus.project', { year: 2024, policy: cash, labels: 'name' });
    const shown = (await s.must('surplus.projection', {}))!;
    const simulated = await s.must('surplus.simulate', { year: 2024, policy: cash });
    expect(shown).toMatchObject({ coopName: expect.any(String), year: 2024, from: '2024-01-01', to: '2024-12-31', labels: 'name', check: simulated.check });
    expect(shown.steps).toEqual(simulated.steps);
    expect(shown.steps.filter((st) => st.key === 'fund').length).toBeGreaterThan(0);
    expect(shown.members).toEqual(
      simulated.members.map((m) => ({ memberNumber: m.memberNumber, name: m.name, interestMinor: m.interestMinor, returnMinor: m.returnMinor, cashMinor: m.cashMinor, capitalisedMinor: m.capitalisedMinor })),
    );
    // Member 1 worked twice member 2's hours: twice the return (to the cent the largest remainder adds), 40% of it in cash.
    const [one, two] = shown.members;
    expect(Math.abs(one!.returnMinor - 2 * two!.returnMinor)).toBeLessThanOrEqual(1);
    expect(one!.returnMinor + two!.returnMinor).toBe(shown.steps.find((st) => st.key === 'returns')!.amountMinor);
    expect(one!.cashMinor).toBe(Math.round(one!.returnMinor * 0.4));
    expect(shown.check.equal).toBe(true);
  });

  it('by member number only when the assembly prefers it: no name leaves the database', { timeout: 60_000 }, async () => {
    const s = await closedYear(tempDir());
    await s.must('surplus.project', { year: 2024, policy: null, labels: 'number' });
    const shown = (await s.must('surplus.projection', {}))!;
    expect(shown.labels).toBe('number');
    expect(shown.members.map((m) => m.name)).toEqual([null, null]);
    expect(shown.members.map((m) => m.memberNumber)).toEqual([1, 2]);
  });

  it('refuses an unlawful policy or a year with no result, leaving what is shown as it was; a null year takes it off', { timeout: 60_000 }, async () => {
    const s = await closedYear(tempDir());
    await s.must('surplus.project', { year: 2024, policy: null, labels: 'name' });
    const before = await s.must('surplus.projection', {});
    const { policy } = await s.must('surplus.policy', { year: 2024 });
    const low = structuredClone(policy);
    const funds = low.steps.find((st) => st.kind === 'funds')!;
    if (funds.kind === 'funds') funds.funds[0]!.percent = '1';
    const refused = await s.call('surplus.project', { year: 2024, policy: low, labels: 'number' });
    expect(!refused.ok && refused.error.key).toBe('surplus:errors.FUND_BELOW_MINIMUM');
    const unclosed = await s.call('surplus.project', { year: 2023, policy: null, labels: 'number' });
    expect(!unclosed.ok && unclosed.error.key).toBe('surplus:errors.YEAR_NOT_CLOSED');
    expect(await s.must('surplus.projection', {})).toEqual(before);
    await s.must('surplus.project', { year: null, labels: 'name' });
    expect(await s.must('surplus.projection', {})).toBeNull();
    const audited = s.handle().prepare("SELECT count(*) FROM audit_log WHERE action = 'surplus.project'").pluck().get();
    expect(audited).toBe(2);
  });

  it('asks the platform to open the projector on the surplus page; the test host has no window and says so', async () => {
    const s = await closedYear(tempDir());
    expect(await s.must('surplus.openProjector', {})).toEqual({ result: 'not-supported' });
  });
});

describe('the posting screen after a reload (issue 10)', () => {
  it('surplus.year names the posted journal entry, and the reversal’s, read from a reopened database', { timeout: 90_000 }, async () => {
    const dir = tempDir();
    const s = await closedYear(dir);
    expect(await s.must('surplus.year', { year: 2024 })).toMatchObject({ posted: false, posting: null, lastReversal: null });
    const resolutionId = await approvedResolution(s);
    const posted = await s.must('surplus.post', { year: 2024, resolutionId, date: '2025-07-12' });
    s.session.close();

    const reopened = await openMembersSession(dir, { coop: false });
    const must = async <M extends Method>(method: M, input: Input<M>) => {
      const result = (await reopened.dispatch(method, input)) as Result<Output<M>>;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    expect(await must('surplus.year', { year: 2024 })).toMatchObject({
      posted: true,
      posting: { journalEntryNumber: posted.journalEntryNumber, postedOn: '2025-07-12', resolutionReference: expect.stringContaining('') },
      lastReversal: null,
    });
    const reversed = await must('surplus.reverse', { year: 2024, date: '2025-07-20', reason: 'Horas mal cargadas' });
    expect(reversed.journalEntryNumber).toBeGreaterThan(posted.journalEntryNumber);
    expect(await must('surplus.year', { year: 2024 })).toMatchObject({ posted: false, posting: null, lastReversal: { journalEntryNumber: reversed.journalEntryNumber, reversedOn: '2025-07-20' } });
    const again = await must('surplus.post', { year: 2024, resolutionId, date: '2025-07-21' });
    expect(await must('surplus.year', { year: 2024 })).toMatchObject({ posted: true, posting: { journalEntryNumber: again.journalEntryNumber }, lastReversal: { journalEntryNumber: reversed.journalEntryNumber } });
    reopened.session.close();
  });
});

describe('returns not collected in time (issue 10; AR: 180 days, then capital shares on confirmation)', () => {
  it('lists each cash return with the day it becomes capital; one is collected, the other converted once due', { timeout: 90_000 }, async () => {
    const s = await closedYear(tempDir());
    const resolutionId = await approvedResolution(s);
    await s.must('surplus.post', { year: 2024, resolutionId, date: '2025-07-12' });
    const pending = await s.must('surplus.returns', { asOf: '2025-08-01' });
    expect(pending.map((r) => [r.memberNumber, r.convertsOn, r.due])).toEqual([
      [1, '2026-01-08', false],
      [2, '2026-01-08', false],
    ]);
    const [one, two] = pending;
    const early = await s.call('surplus.convertReturn', { distributionId: one!.distributionId, memberId: one!.memberId, date: '2026-01-07' });
    expect(!early.ok && early.error.key).toBe('surplus:errors.RETURN_NOT_DUE');
    await s.must('surplus.collectReturn', { distributionId: two!.distributionId, memberId: two!.memberId, date: '2025-08-01', method: 'bank' });
    const due = await s.must('surplus.returns', { asOf: '2026-01-08' });
    expect(due.map((r) => [r.memberNumber, r.due])).toEqual([[1, true]]);
    const { capitalOperationNumber } = await s.must('surplus.convertReturn', { distributionId: one!.distributionId, memberId: one!.memberId, date: '2026-01-08' });
    const op = s.handle().prepare('SELECT kind, amount_minor AS amount, allocation_year AS year FROM capital_operation WHERE number = ?').get(capitalOperationNumber);
    expect(op).toEqual({ kind: 'capitalised_return', amount: one!.cashMinor, year: 2024 });
    expect(await s.must('surplus.returns', { asOf: '2026-01-08' })).toEqual([]);
    const again = await s.call('surplus.convertReturn', { distributionId: one!.distributionId, memberId: one!.memberId, date: '2026-01-09' });
    expect(!again.ok && again.error.key).toBe('surplus:errors.RETURN_NOT_PENDING');
  });
});
