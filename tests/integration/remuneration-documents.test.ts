/**
 * What a posted run hands out (issue 9): numbered payslips with the amount in words in the coop's language,
 * the bank payment file, capital instalments deducted as visible lines, and the what-if of a proposed scheme.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';
import { example, exampleRules, openRemunerationSession, PERIOD } from './remuneration-session';

const tempDir = useTempDir();

async function postedMay(dir: string) {
  const s = await openRemunerationSession(dir);
  const draft = await s.must('remuneration.draftRun', { period: PERIOD });
  const run = await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
  return { s, run };
}

describe('payslips, the bank file, deductions and what-if', () => {
  it('gives payslips numbered in one sequence with the net in words in Spanish', async () => {
    const { s, run } = await postedMay(tempDir());
    const slips = await s.must('remuneration.payslips', { runId: run.id });
    expect(slips).toMatchObject({ payLabel: 'anticipos-de-retorno', currency: 'ARS', run: { period: PERIOD, status: 'posted' } });
    expect(slips.slips.map((p) => p.payslipNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(slips.slips[0]).toMatchObject({ taxId: '20-12345678-6', netMinor: 176_640_000, netInWords: 'un millón setecientos sesenta y seis mil cuatrocientos pesos con 00/100' });
  });

  it('writes the bank file: one row per member paid, the amount with a dot', async () => {
    const { s, run } = await postedMay(tempDir());
    await s.must('remuneration.setBankAccount', { memberId: s.members[1]!.id, bankAccount: '0110599520000001234567' });
    const { path, rows } = await s.must('remuneration.exportBankFile', { runId: run.id });
    expect(rows).toBe(5);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('member_number,name,tax_id,bank_account,amount,currency,reference');
    expect(lines[1]).toBe('1,"Ejemplo, Ana",20-12345678-6,,1766400.00,ARS,2025-05/1');
    expect(lines[2]).toBe('2,"Ejemplo, Bruno",,0110599520000001234567,1367654.40,ARS,2025-05/2');
    expect(lines).toHaveLength(6);
  });

  it('deducts a capital instalment due in the period as a line, and pays it through capital on approval', async () => {
    const s = await openRemunerationSession(tempDir());
    const shareClass = await s.must('capital.saveClass', { id: null, name: 'Cuotas', nominalMinor: 10_000, minimumSubscriptionMinor: 0, minimumPaidNow: { num: 5, den: 100 }, refundRight: 'council', active: true });
    await s.must('capital.subscribe', { memberId: s.members[4]!.id, classId: shareClass.id, shares: 100, amountMinor: null, date: '2025-03-01', instalments: 2, firstDueDate: '2025-05-10', paidNowMinor: 100_000, method: 'cash', planMinor: null });
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    const eva = draft.members[4]!;
    expect(eva.lines.at(-1)).toMatchObject({ key: 'remuneration:lines.capitalInstalment', kind: 'deduction', amountMinor: -450_000, params: { number: 2, dueDate: '2025-05-10' } });
    expect([eva.grossMinor, eva.deductionsMinor, eva.netMinor]).toEqual([example[4].payMinor, 450_000, example[4].payMinor - 450_000]);
    const before = s.count('SELECT count(*) FROM capital_operation');
    await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
    expect(s.handle().prepare('SELECT kind, method, amount_minor AS amount FROM capital_operation WHERE number > ?').all(before)).toEqual([{ kind: 'payment', method: 'payroll', amount: 450_000 }]);
    const subscription = (await s.must('capital.subscriptions', { memberId: s.members[4]!.id }))[0]!;
    expect(subscription.instalments[1]).toMatchObject({ dueDate: '2025-05-10', paidMinor: 450_000 });
    expect((await s.must('backups.check', {})).problems).toEqual([]);
  });

  it('compares a proposed scheme with the one in force over real months, member by member, with both ratios', async () => {
    const s = await openRemunerationSession(tempDir());
    const proposed = { ...exampleRules, categories: { ...exampleRules.categories, Coordinación: { num: 21, den: 10 } } };
    const result = await s.must('remuneration.whatIf', { proposed, months: 2, through: PERIOD });
    expect(result.periods).toEqual(['2025-04', '2025-05']);
    expect(result.members[0]).toMatchObject({ memberNumber: 1, currentMinor: 176_640_000, proposedMinor: 185_472_000, differenceMinor: 8_832_000 });
    expect(result.members.slice(1).every((m) => m.differenceMinor === 0)).toBe(true);
    expect(result.totals.differenceMinor).toBe(8_832_000);
    expect(result.current).toMatchObject({ ratio: { num: 23, den: 10 }, holdsScheme: true });
    expect(result.proposed).toMatchObject({ ratio: { num: 483, den: 200 }, holdsScheme: true, holdsStatute: true });
    expect(result.byPeriod).toEqual([
      { period: '2025-04', currentMinor: 0, proposedMinor: 0 },
      { period: '2025-05', currentMinor: 513_699_840, proposedMinor: 522_531_840 },
    ]);
  });
});
