/**
 * Pay runs from real attendance (issue 9, rules/remuneration.md): the public example's five members paid
 * to the cent through the database, approval posting one balanced entry, and a posted run kept final.
 */
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';
import { example, openRemunerationSession, PERIOD } from './remuneration-session';

const tempDir = useTempDir();

describe('a monthly pay run', () => {
  it('pays the public example to the cent from attendance, with its ratio 23/10 holding (rules/remuneration.md)', async () => {
    const s = await openRemunerationSession(tempDir());
    const run = await s.must('remuneration.draftRun', { period: PERIOD });
    expect(run).toMatchObject({ status: 'draft', kind: 'regular', from: '2025-05-01', to: '2025-05-31', memberCount: 5 });
    expect(run.members.map((m) => [m.memberNumber, m.paidMinutes / 60, m.grossMinor])).toEqual(example.map((m, i) => [i + 1, m.hours, m.payMinor]));
    expect(run.grossMinor).toBe(example.reduce((sum, m) => sum + m.payMinor, 0));
    expect(run.ratio).toMatchObject({ ratio: { num: 23, den: 10 }, holdsScheme: true, holdsStatute: true, topMemberNumber: 1, lowestMemberNumber: 5 });
    // Every line visible, and the amounts of a member's lines add up to their net.
    for (const member of run.members) {
      expect(member.lines.reduce((sum, l) => sum + (l.amountMinor ?? 0), 0)).toBe(member.netMinor);
      expect(member.lines.map((l) => l.key)).toEqual(expect.arrayContaining(['remuneration:lines.baseHourly', 'remuneration:lines.coefficient', 'remuneration:lines.pay']));
    }
    expect(run.members[0]!.lines.find((l) => l.key === 'remuneration:lines.seniority')!.params).toMatchObject({ years: 10, countedYears: 10 });
  });

  it('approving posts one balanced entry, the trial balance shows the pay, and payslips are numbered', async () => {
    const s = await openRemunerationSession(tempDir());
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    const posted = await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
    expect(posted).toMatchObject({ status: 'posted', postingDate: '2025-05-31', journalEntryNumber: 1 });
    expect(posted.members.map((m) => m.payslipNumber)).toEqual([1, 2, 3, 4, 5]);
    const lines = s.handle().prepare('SELECT account, member_number AS member, debit_minor AS debit, credit_minor AS credit FROM ledger_line ORDER BY line_no').all() as { account: string; member: number | null; debit: number; credit: number }[];
    const total = example.reduce((sum, m) => sum + m.payMinor, 0);
    expect(lines[0]).toEqual({ account: 'members_pay', member: null, debit: total, credit: 0 });
    expect(lines.slice(1)).toEqual(example.map((m, i) => ({ account: 'pay_payable', member: i + 1, debit: 0, credit: m.payMinor })));
    const trial = await s.must('ledger.trialBalance', { from: '2025-05-01', to: '2025-05-31' });
    expect(trial.totals.debitMinor).toBe(trial.totals.creditMinor);
    expect(trial.rows.find((r) => r.account === 'members_pay')).toMatchObject({ kind: 'expense', debitMinor: total, closingMinor: total });
    expect(trial.rows.find((r) => r.account === 'pay_payable')).toMatchObject({ creditMinor: total, closingMinor: -total });
    expect((await s.must('backups.check', {})).problems).toEqual([]);
  });

  it('keeps a posted run, its members with their lines, and the scheme version it used final: the database refuses changes', async () => {
    const s = await openRemunerationSession(tempDir());
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
    const db = s.handle();
    for (const statement of [
      'UPDATE remuneration_run SET net_minor = 1',
      'DELETE FROM remuneration_run',
      'UPDATE remuneration_run_member SET gross_minor = 1, net_minor = 1 - deductions_minor',
      'DELETE FROM remuneration_run_member',
      "UPDATE remuneration_run_member SET lines_json = '[]'",
      "UPDATE remuneration_scheme_version SET rules_json = '{}'",
      'DELETE FROM remuneration_scheme_version',
    ]) {
      expect(() => db.prepare(statement).run(), statement).toThrow(/final|cannot be/);
    }
    const changed = await s.call('remuneration.saveScheme', { id: s.scheme.id, name: 'Otro', effectiveFrom: '2025-01-01', rules: { ...s.scheme.rules, baseMinor: 500_000 }, resolutionId: null, note: null });
    expect(changed.ok || changed.error.key).toBe('remuneration:errors.SCHEME_USED');
    expect((await s.must('remuneration.schemes', {}))[0]).toMatchObject({ usedByPostedRun: true, rules: { baseMinor: 480_000 } });
  });

  it('corrects a posted month with an adjusting run that pays only the difference', async () => {
    const s = await openRemunerationSession(tempDir());
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
    // Eva's last two days of May were left out of the time clock's file.
    await s.must('attendance.importCommit', { fileBase64: Buffer.from(['Número de asociado;Fecha;Horas;Tipo', '5;2025-05-29;8;Trabajo', '5;2025-05-30;8;Trabajo'].join('\r\n')).toString('base64'), dateOrder: 'ymd' } as never);
    const adjusting = await s.must('remuneration.draftRun', { period: PERIOD, adjusting: true });
    expect(adjusting).toMatchObject({ kind: 'adjusting', memberCount: 1, grossMinor: 16 * 480_000 });
    expect(adjusting.members[0]!.lines.find((l) => l.key === 'remuneration:lines.alreadyPaid')).toMatchObject({ amountMinor: -example[4].payMinor });
    const posted = await s.must('remuneration.approveRun', { runId: adjusting.id, postingDate: '2025-06-05' });
    expect(posted.members.map((m) => m.payslipNumber)).toEqual([6]);
    const evaPayable = s.handle().prepare("SELECT sum(credit_minor - debit_minor) FROM ledger_line WHERE account = 'pay_payable' AND member_number = 5").pluck().get();
    expect(evaPayable).toBe(example[4].payMinor + 16 * 480_000);
    // The original run is untouched.
    expect((await s.must('remuneration.run', { runId: draft.id })).members[4]!.grossMinor).toBe(example[4].payMinor);
  });

  it('runs an ISO week too: Monday to Sunday, the hours of those days only', async () => {
    const s = await openRemunerationSession(tempDir());
    // Week 20 of 2025 is 12 to 18 May: Ana worked its five weekdays (her 20 days start on 1 May).
    const week = await s.must('remuneration.draftRun', { period: '2025-W20' });
    expect(week).toMatchObject({ from: '2025-05-12', to: '2025-05-18', memberCount: 5 });
    expect(week.members[0]).toMatchObject({ paidMinutes: 40 * 60, grossMinor: 44_160_000 });
  });

  it('pays an annual scheme by job index in 14 payments: June carries its extra one, a 3/4 commitment is paid 75%', async () => {
    const s = await openRemunerationSession(tempDir());
    const annual = {
      kind: 'annual' as const,
      baseMinor: 1_200_000_000,
      categories: { Auxiliar: { num: 1, den: 1 }, Oficial: { num: 13, den: 10 }, Especializado: { num: 8, den: 5 }, Coordinación: { num: 2, den: 1 } },
      seniority: { percentPerYear: { num: 0, den: 1 }, maxYears: 0 },
      paymentsPerYear: 14 as const,
      maxRatio: { num: 5, den: 2 },
    };
    await s.must('remuneration.saveScheme', { id: null, name: 'Índices', effectiveFrom: '2025-06-01', rules: annual, resolutionId: null, note: null });
    await s.must('remuneration.assign', { memberId: s.members[3]!.id, effectiveFrom: '2025-06-01', category: 'Auxiliar', commitment: { num: 3, den: 4 } });
    const june = await s.must('remuneration.draftRun', { period: '2025-06' });
    // 12,000,000.00 a year ÷ 14 = 857,142.857… → 857,142.86 a payment; June pays payments 6 and 7.
    const byNumber = new Map(june.members.map((m) => [m.memberNumber, m]));
    expect(byNumber.get(5)!.grossMinor).toBe(2 * 85_714_286);
    expect(byNumber.get(1)!.grossMinor).toBe(2 * 171_428_571);
    expect(byNumber.get(4)!.grossMinor).toBe(2 * 64_285_714);
    expect(byNumber.get(5)!.lines.filter((l) => l.key === 'remuneration:lines.payment').map((l) => l.params)).toEqual([{ number: 6, of: 14 }, { number: 7, of: 14 }]);
    const week = await s.call('remuneration.draftRun', { period: '2025-W24' });
    expect(!week.ok && week.error.key).toBe('remuneration:errors.WEEKLY_ANNUAL');
  });
});

