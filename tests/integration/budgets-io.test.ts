/**
 * The budget import behind the screen (budgets.importPreview / importCommit): the year's draft is the
 * target when there is one and its lines are replaced whole; a file with any problem writes nothing; a
 * file without a year column takes the year asked for.
 */
import { describe, expect, it } from 'vitest';
import type { Input, Method, Output, Result } from '../../shared/contract';
import { useTempDir } from './helpers';
import { openMembersSession } from './members-session';

const tempDir = useTempDir();
const file = (...rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n')).toString('base64');
const months = (first: string) => [first, ...Array<string>(11).fill('')];

async function session() {
  const s = await openMembersSession(tempDir());
  const call = <M extends Method>(method: M, input: Input<M>) => s.dispatch(method, input) as Promise<Result<Output<M>>>;
  const must = async <M extends Method>(method: M, input: Input<M>) => {
    const r = await call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  const count = (table: 'budget_version' | 'budget_line' | 'audit_log') => s.handle().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { ...s, call, must, count };
}

describe('importing a budget file', () => {
  it('replaces the lines of the year’s draft, keeping its number, and audits the import', async () => {
    const s = await session();
    const draft = await s.must('budgets.createDraft', { year: 2026, from: 'empty', versionId: null, note: null });
    await s.must('budgets.saveLines', { versionId: draft.id, lines: [{ account: 'rent', label: 'Alquiler', months: Array<number>(12).fill(100) }] });
    const input = { fileBase64: file(['', 'sales', '', 'Pan', ...months('12.34'), '12.34'], ['', 'energy', '', 'Luz', ...months('"1.000,50"'), '']), year: 2026 };
    const preview = await s.must('budgets.importPreview', input);
    expect(preview).toMatchObject({ year: 2026, rowCount: 2, lineCount: 2, incomeMinor: 1234, expenseMinor: 100_050, target: { kind: 'replaceDraft', number: 1 }, problemCount: 0 });
    const done = await s.must('budgets.importCommit', input);
    expect(done).toEqual({ versionId: draft.id, number: 1, lines: 2, replaced: true });
    const version = await s.must('budgets.version', { id: draft.id });
    expect(version.lines.map((l) => [l.account, l.label, l.totalMinor])).toEqual([
      ['sales', 'Pan', 1234],
      ['energy', 'Luz', 100_050],
    ]);
    expect(s.handle().prepare("SELECT count(*) FROM audit_log WHERE action = 'budgets.importLines'").pluck().get()).toBe(1);
  });

  it('writes nothing when the file has a problem, and says how many', async () => {
    const s = await session();
    const before = { versions: s.count('budget_version'), lines: s.count('budget_line'), audit: s.count('audit_log') };
    const input = { fileBase64: file(['2026', 'sales', '', 'Pan', ...months('1.00'), ''], ['2026', 'sales', '', 'PAN', ...months('2.00'), '']), year: null };
    const preview = await s.must('budgets.importPreview', input);
    expect(preview.problems.map((p) => [p.line, p.code])).toEqual([[2, 'duplicateLine']]);
    expect(preview.target).toEqual({ kind: 'newDraft' });
    const refused = await s.call('budgets.importCommit', input);
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'IMPORT_REJECTED', key: 'budgets:import.rejected', params: { count: 1 } });
    expect({ versions: s.count('budget_version'), lines: s.count('budget_line'), audit: s.count('audit_log') }).toEqual(before);
  });

  it('asks for the year when neither the file nor the caller gives it', async () => {
    const s = await session();
    const preview = await s.must('budgets.importPreview', { fileBase64: file(['', 'sales', '', 'Pan', ...months('1.00'), '']), year: null });
    expect(preview.problems.map((p) => [p.line, p.code])).toEqual([[1, 'noYear']]);
  });
});
