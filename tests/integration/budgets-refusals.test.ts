/**
 * What a budget refuses, with a sentence in the user's language (issue 12, "Refused with a clear message"):
 * a budget for a closed year, approval without the assembly's budget resolution, a second draft, and lines
 * with an unknown account, a negative amount or other than twelve months.
 */
import { describe, expect, it } from 'vitest';
import { closePeriod } from '../../electron/services/ledger';
import { saveLines } from '../../electron/services/budgets';
import { translate } from '../../shared/i18n/catalogue';
import { useTempDir } from './helpers';
import { openBudgetSession, type BudgetSession } from './budgets-session';

const tempDir = useTempDir();

async function draftWithLines(s: BudgetSession, year = 2025) {
  const { id } = await s.must('budgets.createDraft', { year, from: 'empty', versionId: null, note: null });
  await s.must('budgets.saveLines', { versionId: id, lines: [{ account: 'sales', label: 'Ventas', months: s.twelve(100_00) }] });
  return id;
}

describe('budget refusals', () => {
  it('refuses a budget for a year whose result is closed, and for a year the books are closed through', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    await s.must('surplus.closeYear', { year: 2024, membersResultMinor: 100_00, nonMembersResultMinor: 0, taxMinor: 0, openingPriorLossesMinor: null });
    const closed = await s.call('budgets.createDraft', { year: 2024, from: 'empty', versionId: null, note: null });
    expect(!closed.ok && closed.error).toMatchObject({ code: 'CONFLICT', key: 'budgets:errors.YEAR_CLOSED', params: { year: 2024 } });
    await closePeriod(s.ctx(), { through: '2023-12-31', reason: 'cierre' });
    const books = await s.call('budgets.createDraft', { year: 2023, from: 'empty', versionId: null, note: null });
    expect(!books.ok && books.error).toMatchObject({ key: 'budgets:errors.BOOKS_CLOSED', params: { year: 2023, through: '2023-12-31' } });
    expect(translate('es', 'budgets:errors.YEAR_CLOSED', { year: 2024 })).toContain('2024');
    expect(await s.must('budgets.versions', { year: 2024 })).toEqual([]);
  });

  it('refuses approval without an approved resolution, or with one of another kind', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    const id = await draftWithLines(s);
    const none = await s.call('budgets.approve', { versionId: id, resolutionId: 9_999 });
    expect(!none.ok && none.error.key).toBe('budgets:errors.NO_RESOLUTION');
    const wrong = await s.call('budgets.approve', { versionId: id, resolutionId: s.resolutions.accounts });
    expect(!wrong.ok && wrong.error.key).toBe('budgets:errors.RESOLUTION_KIND');
    expect((await s.must('budgets.version', { id })).status).toBe('draft');
    await s.must('budgets.approve', { versionId: id, resolutionId: s.resolutions.budget });
    const twice = await s.call('budgets.approve', { versionId: id, resolutionId: s.resolutions.budget });
    expect(!twice.ok && twice.error.key).toBe('budgets:errors.ALREADY_APPROVED');
  });

  it('refuses a second draft of the same year and an empty version\'s approval', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    const { id } = await s.must('budgets.createDraft', { year: 2025, from: 'empty', versionId: null, note: null });
    const second = await s.call('budgets.createDraft', { year: 2025, from: 'empty', versionId: null, note: null });
    expect(!second.ok && second.error).toMatchObject({ key: 'budgets:errors.DRAFT_EXISTS', params: { year: 2025, number: 1 } });
    const empty = await s.call('budgets.approve', { versionId: id, resolutionId: s.resolutions.budget });
    expect(!empty.ok && empty.error.key).toBe('budgets:errors.EMPTY_VERSION');
    // Another year has its own draft.
    await s.must('budgets.createDraft', { year: 2026, from: 'empty', versionId: null, note: null });
  });

  it('refuses lines with an unknown account, a negative amount, other than twelve months, or repeated', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    const { id } = await s.must('budgets.createDraft', { year: 2025, from: 'empty', versionId: null, note: null });
    const bad = async (line: Record<string, unknown>) => {
      const result = await s.call('budgets.saveLines', { versionId: id, lines: [line as never] });
      return !result.ok && result.error;
    };
    expect(await bad({ account: 'bank', label: 'Banco', months: s.twelve(1) })).toMatchObject({ code: 'BAD_INPUT', issues: [expect.objectContaining({ message: 'budgets:errors.UNKNOWN_ACCOUNT' })] });
    expect(await bad({ account: 'sales', label: 'Ventas', months: [...s.twelve(1).slice(1), -5] })).toMatchObject({ code: 'BAD_INPUT', issues: [expect.objectContaining({ message: 'budgets:errors.NEGATIVE_AMOUNT' })] });
    expect(await bad({ account: 'sales', label: 'Ventas', months: s.twelve(1).slice(1) })).toMatchObject({ code: 'BAD_INPUT', issues: [expect.objectContaining({ message: 'budgets:errors.TWELVE_MONTHS' })] });
    const twice = await s.call('budgets.saveLines', { versionId: id, lines: [{ account: 'sales', label: 'Ventas', months: s.twelve(1) }, { account: 'sales', label: ' Ventas ', months: s.twelve(2) }] });
    expect(!twice.ok && twice.error).toMatchObject({ key: 'budgets:errors.DUPLICATE_LINE', params: { line: 2 } });
    // The service refuses the same for callers that skip the contract (the import, the command line).
    await expect(saveLines(s.ctx(), { versionId: id, lines: [{ account: 'bank' as never, label: 'x', months: s.twelve(1) }] })).rejects.toMatchObject({ key: 'budgets:errors.LINE_ACCOUNT' });
    await expect(saveLines(s.ctx(), { versionId: id, lines: [{ account: 'sales', label: 'x', months: [-1, ...s.twelve(1).slice(1)] }] })).rejects.toMatchObject({ key: 'budgets:errors.LINE_NEGATIVE' });
    await expect(saveLines(s.ctx(), { versionId: id, lines: [{ account: 'sales', label: 'x', months: s.twelve(1).slice(2) }] })).rejects.toMatchObject({ key: 'budgets:errors.LINE_MONTHS', params: { count: 10 } });
    expect(s.handle().prepare('SELECT count(*) FROM budget_line').pluck().get()).toBe(0);
  });
});
