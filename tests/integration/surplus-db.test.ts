/**
 * Surplus from the database (issue 10): the public Argentine example of rules/surplus.md reproduced from
 * the app's own data (members, capital paid in at the prior close, hours worked from attendance, the year
 * closed by the treasurer, the policy saved), to the cent; a policy below the law refused with its article;
 * posting refused without an approved assembly resolution, nothing written; `minga surplus simulate --year`.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { eachDayOfInterval, format, isWeekend } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { openCapitalSession } from './capital-session';
import { memberInput } from './members-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');
const weekdays2024 = eachDayOfInterval({ start: new Date(2024, 0, 1), end: new Date(2024, 11, 31) })
  .filter((d) => !isWeekend(d))
  .map((d) => format(d, 'yyyy-MM-dd'));

/** The example's five members: number, capital paid in by the end of 2023, hours worked in 2024. */
const example = [
  { n: 11, capital: 200_000_00, hours: 1800 },
  { n: 12, capital: 200_000_00, hours: 1750 },
  { n: 13, capital: 100_000_00, hours: 1200 },
  { n: 14, capital: 50_000_00, hours: 640 },
  { n: 15, capital: 0, hours: 410 },
];

const publicPolicy = {
  nonMembers: { percent: '100', to: 'Reserva especial' },
  steps: [
    { kind: 'funds' as const, of: 'base' as const, funds: [{ name: 'Reserva legal', percent: '5' }, { name: 'Fondo de acción asistencial y laboral', percent: '5' }, { name: 'Fondo de educación y capacitación cooperativa', percent: '5' }] },
    { kind: 'interest' as const, rate: '20', cap: '39', prorateByDays: false },
    { kind: 'voluntary' as const, percent: '0' },
  ],
  returns: { basis: 'hours' as const, blend: '1/2', excludeTrialHours: false, minHours: 0, cashPercent: '60' },
  loss: { reserves: [{ name: 'Reserva legal', balance: '0.00', percent: '100' }] },
};

async function exampleCoop(dir: string) {
  const s = await openCapitalSession(dir);
  const ids = new Map<number, number>();
  for (const m of example) {
    const created = await s.must('members.create', { ...memberInput({ lastNames: `Socio ${m.n}`, joinDate: '2023-01-10' }), memberNumber: m.n, status: 'active' });
    ids.set(m.n, created.id);
    if (m.capital > 0) {
      await s.must('capital.subscribe', {
        memberId: created.id,
        classId: s.shareClass.id,
        shares: m.capital / 10_000,
        amountMinor: null,
        date: '2023-02-01',
        instalments: 1,
        firstDueDate: '2023-02-01',
        paidNowMinor: m.capital,
        method: 'bank',
        planMinor: null,
      });
    }
    // Eight hours a weekday, the rest on the next day, until the year's hours are in.
    const cells = [];
    let left = m.hours * 60;
    for (const date of weekdays2024) {
      if (left <= 0) break;
      const minutes = Math.min(480, left);
      left -= minutes;
      cells.push({ memberId: created.id, date, records: [{ kind: 'work' as const, minutes }] });
    }
    await s.must('attendance.saveGrid', { cells });
  }
  return { ...s, ids, dir };
}

describe('surplus from the database (rules/surplus.md public example)', () => {
  it('reproduces the Argentine example to the cent from members, capital, attendance and the closed year', { timeout: 60_000 }, async () => {
    const s = await exampleCoop(tempDir());
    await s.must('surplus.closeYear', { year: 2024, membersResultMinor: 1_100_000_00, nonMembersResultMinor: 150_000_00, taxMinor: 0, openingPriorLossesMinor: 100_000_00 });
    await s.must('surplus.savePolicy', { effectiveYear: 2024, policy: publicPolicy, note: 'public example' });
    const sim = await s.must('surplus.simulate', { year: 2024 });
    const mine = sim.members.filter((m) => m.memberNumber >= 11);
    expect(mine.map((m) => [m.memberNumber, m.interestMinor, m.returnMinor, m.cashMinor, m.capitalisedMinor])).toEqual([
      [11, 40_000_00, 229_655_17, 137_793_10, 91_862_07],
      [12, 40_000_00, 223_275_86, 133_965_52, 89_310_34],
      [13, 20_000_00, 153_103_45, 91_862_07, 61_241_38],
      [14, 10_000_00, 81_655_17, 48_993_10, 32_662_07],
      [15, 0, 52_310_35, 31_386_21, 20_924_14],
    ]);
    expect(sim.steps.find((st) => st.key === 'offset')!.amountMinor).toBe(100_000_00);
    expect(sim.check).toEqual({ partsMinor: 1_250_000_00, resultMinor: 1_250_000_00, equal: true });
    // The same figures on the command line, from the same file.
    s.session.close();
    const out = await new Promise<string>((done, fail) =>
      execFile(process.execPath, [join(root, 'bin', 'minga.mjs'), '--db', join(s.dir, 'minga.sqlite'), 'surplus', 'simulate', '--year', '2024', '--json'], { encoding: 'utf8' }, (error, stdout, stderr) =>
        error ? fail(new Error(stderr)) : done(stdout),
      ),
    );
    const answer = JSON.parse(out);
    expect(answer.members.filter((m: { id: string }) => Number(m.id) >= 11).map((m: { return: string }) => m.return)).toEqual(['229655.17', '223275.86', '153103.45', '81655.17', '52310.35']);
    expect(answer.check.equal).toBe(true);
  });

  it('refuses a policy below the legal minimum with its article, and posting without an approved resolution; nothing written', { timeout: 60_000 }, async () => {
    const s = await exampleCoop(tempDir());
    await s.must('surplus.closeYear', { year: 2024, membersResultMinor: 1_100_000_00, nonMembersResultMinor: 150_000_00, taxMinor: 0, openingPriorLossesMinor: 100_000_00 });
    const low = structuredClone(publicPolicy);
    low.steps[0]!.funds![0]!.percent = '4';
    const refused = await s.call('surplus.savePolicy', { effectiveYear: 2024, policy: low, note: '' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'BAD_INPUT', key: 'surplus:errors.FUND_BELOW_MINIMUM', params: { basis: 'Ley 20.337 art. 42 inc. 1' } });
    const before = s.writes();
    const posted = await s.call('surplus.post', { year: 2024, resolutionId: 999, date: '2025-05-01' });
    expect(posted.ok).toBe(false);
    if (!posted.ok) expect(posted.error.key).toBe('surplus:errors.RESOLUTION_NEEDED');
    expect(s.writes()).toEqual(before);
    expect(s.handle().prepare('SELECT count(*) FROM surplus_distribution').pluck().get()).toBe(0);
  });

  it('a closed year before Minga may carry its opening losses; the result of a year not yet ended cannot be closed', async () => {
    const s = await exampleCoop(tempDir());
    const early = await s.call('surplus.closeYear', { year: 2025, membersResultMinor: 1, nonMembersResultMinor: 0, taxMinor: 0 });
    expect(!early.ok && early.error.key).toBe('surplus:errors.YEAR_NOT_ENDED');
    const closed = await s.must('surplus.closeYear', { year: 2024, membersResultMinor: 5_00, nonMembersResultMinor: 0, taxMinor: 0, openingPriorLossesMinor: 2_00 });
    expect(closed).toMatchObject({ year: 2024, priorLossesMinor: 2_00, posted: false });
  });
});

describe('posting a distribution after the assembly approved it (issue 10)', () => {
  it('credits funds, interest and returns in one balanced entry, capitalises each member\'s part, locks it; reversal undoes every part', { timeout: 90_000 }, async () => {
    const s = await exampleCoop(tempDir());
    await s.must('surplus.closeYear', { year: 2024, membersResultMinor: 1_100_000_00, nonMembersResultMinor: 150_000_00, taxMinor: 0, openingPriorLossesMinor: 100_000_00 });
    await s.must('surplus.savePolicy', { effectiveYear: 2024, policy: publicPolicy, note: 'public example' });
    // The ordinary assembly of 2025-07-10 approves the distribution by show of hands, every member present.
    const at = (minutes: number) => new Date(new Date('2025-07-10T18:00:00').getTime() + minutes * 60_000).toISOString();
    const { id: meetingId } = await s.must('assemblies.create', { kind: 'ordinary', date: '2025-07-10', time: '18:00', place: 'Sede', mode: 'in_person' });
    const { id: itemId } = await s.must('assemblies.saveAgendaItem', { meetingId, id: null, title: 'Distribución de excedentes 2024', description: null, expectedMinutes: 20, needsVote: true, subject: 'other', resolutionKind: 'surplus-distribution', matter: 'ordinary' });
    await s.must('assemblies.attachDocument', { itemId, name: 'proyecto.pdf', reference: 'docs/proyecto.pdf' });
    await s.must('assemblies.publishAgenda', { meetingId });
    await s.must('assemblies.generateRoll', { meetingId });
    await s.must('assemblies.convene', { meetingId });
    const voters = [...s.ids.values(), ...s.members.slice(0, 2).map((m) => m.id)];
    for (const [i, memberId] of voters.entries()) await s.must('assemblies.checkIn', { meetingId, memberId, at: at(i) });
    await s.must('assemblies.constitute', { meetingId, at: at(10) });
    const { id: motionId } = await s.must('assemblies.propose', { meetingId, itemId, text: 'Aprobar la distribución de excedentes 2024' });
    const vote = await s.must('assemblies.openVote', { motionId, mode: 'hands' });
    await s.must('assemblies.recordTally', { voteId: vote.id, tally: { yes: voters.length, no: 0, abstain: 0, blank: 0, invalid: 0 } });
    await s.must('assemblies.closeVote', { id: vote.id });
    const [resolution] = await s.must('assemblies.resolutions', { kind: 'surplus-distribution' });

    const early = await s.call('surplus.post', { year: 2024, resolutionId: resolution!.id, date: '2025-07-01' });
    expect(!early.ok && early.error.key).toBe('surplus:errors.BEFORE_RESOLUTION');
    const posted = await s.must('surplus.post', { year: 2024, resolutionId: resolution!.id, date: '2025-07-11' });
    const db = s.handle();
    const lines = db.prepare('SELECT account, sum(debit_minor) AS debit, sum(credit_minor) AS credit FROM ledger_line l JOIN ledger_entry e ON e.id = l.entry_id WHERE e.number = ? GROUP BY account').all(posted.journalEntryNumber) as { account: string; debit: number; credit: number }[];
    const of = (account: string) => lines.find((l) => l.account === account);
    expect(of('result')).toMatchObject({ debit: 1_250_000_00 });
    expect(of('legal_reserve')!.credit).toBe(50_000_00);
    expect(of('interest_payable')!.credit).toBe(110_000_00);
    expect(of('returns_payable')!.credit).toBe(740_000_00);
    expect(of('losses')!.credit).toBe(100_000_00);
    expect(lines.reduce((a, l) => a + l.debit - l.credit, 0)).toBe(0);
    // Member 11's capitalised 91,862.07 is in the capital register as a capitalised return of 2024.
    const capitalised = db.prepare("SELECT sum(amount_minor) FROM capital_operation WHERE kind = 'capitalised_return' AND allocation_year = 2024").pluck().get();
    expect(capitalised).toBe(296_000_00);
    expect(await s.call('surplus.post', { year: 2024, resolutionId: resolution!.id, date: '2025-07-12' })).toMatchObject({ ok: false, error: { key: 'surplus:errors.ALREADY_POSTED' } });
    expect(() => db.prepare('UPDATE surplus_allocation SET return_minor = 0').run()).toThrow(/final/);
    expect(() => db.prepare('UPDATE surplus_year SET tax_minor = 1').run()).toThrow(/final/);
    expect((await s.must('surplus.year', { year: 2024 }))!.posted).toBe(true);

    await s.must('surplus.reverse', { year: 2024, date: '2025-07-15', reason: 'Error en las horas' });
    // A reversal carries the reversed kind with the amount negated: the capitalised returns now net to nothing.
    const net = db.prepare("SELECT sum(amount_minor) FROM capital_operation WHERE effect_kind = 'capitalised_return'").pluck().get();
    expect(net).toBe(0);
    const reversals = db.prepare("SELECT count(*) FROM capital_operation WHERE kind = 'reversal'").pluck().get();
    expect(reversals).toBe(5);
    const resultBalance = db.prepare("SELECT sum(debit_minor) - sum(credit_minor) FROM ledger_line WHERE account = 'result'").pluck().get();
    expect(resultBalance).toBe(0);
    // Reversed, the year no longer stands posted: its figures may be corrected before posting again.
    expect((await s.must('surplus.year', { year: 2024 }))!.posted).toBe(false);
    const { problems } = await s.must('backups.check', {});
    expect(problems).toEqual([]);
    // Reversed, the year may be posted again.
    expect((await s.must('surplus.post', { year: 2024, resolutionId: resolution!.id, date: '2025-07-16' })).journalEntryNumber).toBeGreaterThan(posted.journalEntryNumber);
  });
});
