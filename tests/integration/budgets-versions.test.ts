/**
 * Budget versions (issue 12): a draft is edited freely; approval needs the assembly's budget resolution
 * and makes the version final in the database itself; a revision is a new draft, and approving it marks
 * the earlier version 'revised' without touching it; `check` finds an approved line edited behind the
 * app's back.
 */
import { describe, expect, it } from 'vitest';
import { checkAllDomains } from '../../electron/services/domains';
import { useTempDir } from './helpers';
import { movement, openBudgetSession } from './budgets-session';

const tempDir = useTempDir();

describe('budget versions are never overwritten', () => {
  it('draft → approved with a budget resolution → revised by a second approval; the first keeps its lines', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    const { id: first } = await s.must('budgets.createDraft', { year: 2025, from: 'empty', versionId: null, note: 'Primer borrador' });
    const lines = [
      { account: 'sales' as const, label: 'Ventas de muebles', months: s.twelve(1_000_00) },
      { account: 'materials' as const, label: 'Madera', months: s.twelve(400_00) },
    ];
    await s.must('budgets.saveLines', { versionId: first, lines });
    // A draft is editable: the whole set is replaced.
    await s.must('budgets.saveLines', { versionId: first, lines: [...lines, { account: 'energy', label: 'Luz', months: s.twelve(50_00) }] });
    expect((await s.must('budgets.version', { id: first })).lines).toHaveLength(3);
    await s.must('budgets.approve', { versionId: first, resolutionId: s.resolutions.budget });
    const approved = await s.must('budgets.version', { id: first });
    expect(approved).toMatchObject({ status: 'approved', number: 1, incomeMinor: 12_000_00, expenseMinor: 5_400_00, resolution: { id: s.resolutions.budget } });

    const refused = await s.call('budgets.saveLines', { versionId: first, lines });
    expect(!refused.ok && refused.error.key).toBe('budgets:errors.VERSION_FINAL');
    const discard = await s.call('budgets.discardDraft', { versionId: first });
    expect(!discard.ok && discard.error.key).toBe('budgets:errors.VERSION_FINAL');

    const { id: second } = await s.must('budgets.revise', { versionId: first, note: 'Más ventas' });
    const again = await s.call('budgets.revise', { versionId: first, note: null });
    expect(!again.ok && again.error.key).toBe('budgets:errors.DRAFT_EXISTS');
    await s.must('budgets.saveLines', { versionId: second, lines: [{ account: 'sales', label: 'Ventas de muebles', months: s.twelve(1_100_00) }] });
    await s.must('budgets.approve', { versionId: second, resolutionId: s.resolutions.budget });

    const versions = await s.must('budgets.versions', { year: 2025 });
    expect(versions.map((v) => [v.number, v.status, v.basedOnId])).toEqual([
      [1, 'revised', null],
      [2, 'approved', first],
    ]);
    expect(await s.must('budgets.version', { id: first })).toEqual({ ...approved, status: 'revised', revisedAt: expect.any(String) });
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });
    const audit = s.handle().prepare("SELECT action FROM audit_log WHERE entity = 'budget_version' ORDER BY id").pluck().all();
    expect(audit).toEqual(['budgets.createDraft', 'budgets.saveLines', 'budgets.saveLines', 'budgets.approve', 'budgets.revise', 'budgets.saveLines', 'budgets.approve']);
  });

  it('the database refuses changing or deleting an approved version and its lines; a draft stays editable', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    const { id } = await s.must('budgets.createDraft', { year: 2025, from: 'empty', versionId: null, note: null });
    await s.must('budgets.saveLines', { versionId: id, lines: [{ account: 'sales', label: 'Ventas', months: s.twelve(100_00) }] });
    const db = s.handle();
    db.prepare('UPDATE budget_line SET amount_minor = 1 WHERE version_id = ? AND month = 1').run(id);
    await s.must('budgets.saveLines', { versionId: id, lines: [{ account: 'sales', label: 'Ventas', months: s.twelve(100_00) }] });
    await s.must('budgets.approve', { versionId: id, resolutionId: s.resolutions.budget });
    expect(() => db.prepare('UPDATE budget_line SET amount_minor = 1 WHERE version_id = ?').run(id)).toThrow(/final/);
    expect(() => db.prepare('DELETE FROM budget_line WHERE version_id = ?').run(id)).toThrow(/final/);
    expect(() => db.prepare("INSERT INTO budget_line VALUES (?, 2, 'energy', 'Luz', 1, 5)").run(id)).toThrow(/final/);
    expect(() => db.prepare("UPDATE budget_version SET status = 'draft' WHERE id = ?").run(id)).toThrow(/final/);
    expect(() => db.prepare("UPDATE budget_version SET note = 'x' WHERE id = ?").run(id)).toThrow(/final/);
    expect(() => db.prepare('DELETE FROM budget_version WHERE id = ?').run(id)).toThrow(/final/);
    // A second draft of the same year is refused by the database too.
    db.prepare("INSERT INTO budget_version (year, number, status, created_at) VALUES (2025, 7, 'draft', 'now')").run();
    expect(() => db.prepare("INSERT INTO budget_version (year, number, status, created_at) VALUES (2025, 8, 'draft', 'now')").run()).toThrow(/UNIQUE/);
  });

  it('check finds an approved line changed after the trigger was dropped', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    const { id } = await s.must('budgets.createDraft', { year: 2025, from: 'empty', versionId: null, note: null });
    await s.must('budgets.saveLines', { versionId: id, lines: [{ account: 'sales', label: 'Ventas', months: s.twelve(100_00) }] });
    await s.must('budgets.approve', { versionId: id, resolutionId: s.resolutions.budget });
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true });
    const db = s.handle();
    db.exec('DROP TRIGGER budget_line_final_update');
    db.prepare('UPDATE budget_line SET amount_minor = 999_00 WHERE version_id = ? AND month = 3').run(id);
    const report = await checkAllDomains(s.ctx());
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ check: 'budgets', key: 'budgets:check.changed', params: { year: 2025, number: 1 } }));
  });

  it('a draft can be discarded, copied from a version or from last year\'s actuals', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    s.post([movement('2024-03-10', 'sales', 500_00), movement('2024-03-20', 'energy', 40_00), movement('2024-11-10', 'sales', 700_00)]);
    const { id } = await s.must('budgets.createDraft', { year: 2025, from: 'lastYearActuals', versionId: null, note: null });
    const draft = await s.must('budgets.version', { id });
    expect(draft.lines.map((l) => [l.account, l.months[2], l.months[10], l.totalMinor])).toEqual([
      ['sales', 500_00, 700_00, 1_200_00],
      ['energy', 40_00, 0, 40_00],
    ]);
    expect(draft.lines[0]!.label).toBe('Ventas de productos');
    await s.must('budgets.discardDraft', { versionId: id });
    expect(await s.must('budgets.versions', { year: 2025 })).toEqual([]);
    const { id: next } = await s.must('budgets.createDraft', { year: 2025, from: 'empty', versionId: null, note: null });
    await s.must('budgets.saveLines', { versionId: next, lines: [{ account: 'rent', label: 'Alquiler', months: s.twelve(30_00) }] });
    await s.must('budgets.approve', { versionId: next, resolutionId: s.resolutions.budget });
    const { id: copy } = await s.must('budgets.createDraft', { year: 2025, from: 'version', versionId: next, note: null });
    expect((await s.must('budgets.version', { id: copy })).lines).toEqual((await s.must('budgets.version', { id: next })).lines);
    expect((await s.must('budgets.version', { id: copy })).basedOnId).toBe(next);
  });
});
