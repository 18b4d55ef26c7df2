/**
 * What a pay run refuses, each with its sentence and nothing written (issue 9: "a run over a period already
 * posted"; rules/remuneration.md: a scheme that breaks the maximum pay ratio is blocked or warned, as the
 * profile says, before it can be approved).
 */
import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { useTempDir } from './helpers';
import { memberInput } from './members-session';
import { attendanceCsv, exampleRules, openRemunerationSession, PERIOD } from './remuneration-session';

const tempDir = useTempDir();
/** Coordinación raised to 2.30: Ana (10 years) at 2.30 × 1.15 = 2.645 times Eva's rate, above 2.50. */
const raisedRules = { ...exampleRules, categories: { ...exampleRules.categories, Coordinación: { num: 23, den: 10 } } };

describe('pay run refusals', () => {
  it('refuses a second regular run over a posted period, and an adjusting run where nothing changed or nothing was posted', async () => {
    const s = await openRemunerationSession(tempDir());
    await s.refusedWithNothingWritten('remuneration.draftRun', { period: PERIOD, adjusting: true }, 'remuneration:errors.PERIOD_NOT_POSTED');
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    // A resolution that does not exist (or did not pass) is no ground for pay.
    await s.refusedWithNothingWritten('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31', resolutionId: 999 }, 'remuneration:errors.RESOLUTION_NOT_FOUND');
    await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
    await s.refusedWithNothingWritten('remuneration.draftRun', { period: PERIOD }, 'remuneration:errors.PERIOD_POSTED');
    await s.refusedWithNothingWritten('remuneration.draftRun', { period: PERIOD, adjusting: true }, 'remuneration:errors.NOTHING_TO_ADJUST');
    await s.refusedWithNothingWritten('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' }, 'remuneration:errors.RUN_POSTED');
    await s.refusedWithNothingWritten('remuneration.discardDraft', { runId: draft.id }, 'remuneration:errors.RUN_POSTED');
  });

  it('refuses a period whose books are closed, and a posting date inside the closed books', async () => {
    const s = await openRemunerationSession(tempDir());
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    await s.must('ledger.closePeriod', { through: '2025-04-30', reason: 'Cierre de abril' });
    await s.refusedWithNothingWritten('remuneration.draftRun', { period: '2025-04' }, 'remuneration:errors.PERIOD_CLOSED');
    await s.refusedWithNothingWritten('remuneration.approveRun', { runId: draft.id, postingDate: '2025-04-30' }, 'remuneration:errors.POSTING_DATE_CLOSED');
    await s.must('ledger.closePeriod', { through: '2025-05-31', reason: 'Cierre de mayo' });
    await s.refusedWithNothingWritten('remuneration.approveRun', { runId: draft.id, postingDate: '2025-06-01' }, 'remuneration:errors.PERIOD_CLOSED');
  });

  it('refuses a member with paid hours but no category in the scheme', async () => {
    const s = await openRemunerationSession(tempDir());
    const sixth = await s.must('members.create', { ...memberInput({ lastNames: 'Sin', firstNames: 'Categoría', joinDate: '2024-01-01' }), memberNumber: 6, status: 'active' } as Input<'members.create'>);
    await s.must('attendance.importCommit', { fileBase64: attendanceCsv([{ number: 6, hours: 16 }]), dateOrder: 'ymd' } as Input<'attendance.importCommit'>);
    const refused = await s.refusedWithNothingWritten('remuneration.draftRun', { period: PERIOD }, 'remuneration:errors.MEMBER_WITHOUT_CATEGORY');
    expect(!refused.ok && refused.error.params).toMatchObject({ members: '6', count: 1 });
    // A category the scheme does not have is no better.
    await s.must('remuneration.assign', { memberId: sixth.id, effectiveFrom: '2025-01-01', category: 'Gerencia' });
    const unknown = await s.refusedWithNothingWritten('remuneration.draftRun', { period: PERIOD }, 'remuneration:errors.MEMBER_WITHOUT_CATEGORY');
    expect(!unknown.ok && unknown.error.params).toMatchObject({ members: '6 (Gerencia)' });
  });

  it('blocks a scheme and a run that break the maximum pay ratio when the profile says block, and asks for acceptance when it says warn', async () => {
    const s = await openRemunerationSession(tempDir());
    const settings = await s.must('remuneration.settings', {});
    expect(settings).toMatchObject({ payLabel: 'anticipos-de-retorno', ratioPolicy: 'warn' });
    await s.must('remuneration.updateSettings', { ...settings, ratioPolicy: 'block' });
    const raised = { id: null, name: 'Coordinación 2,30', effectiveFrom: '2025-05-01', rules: raisedRules, resolutionId: null, note: null };
    const blocked = await s.refusedWithNothingWritten('remuneration.saveScheme', raised, 'remuneration:errors.RATIO_BROKEN');
    expect(!blocked.ok && blocked.error.params).toMatchObject({ ratio: '2.645', max: '2.5', top: 1, lowest: 5 });

    await s.must('remuneration.updateSettings', { ...settings, ratioPolicy: 'warn' });
    const saved = await s.must('remuneration.saveScheme', raised);
    expect(saved.ratio).toMatchObject({ ratio: { num: 529, den: 200 }, holdsScheme: false });
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    expect(draft.schemeVersionId).toBe(saved.id);
    expect(draft.warnings[0]).toMatchObject({ key: 'remuneration:runs.warnings.ratioBroken', params: { ratio: '2.645' } });
    await s.refusedWithNothingWritten('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' }, 'remuneration:errors.RATIO_WARNING');
    await s.must('remuneration.updateSettings', { ...settings, ratioPolicy: 'block' });
    await s.refusedWithNothingWritten('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31', acceptRatioWarning: true }, 'remuneration:errors.RATIO_BROKEN');
    await s.must('remuneration.updateSettings', { ...settings, ratioPolicy: 'warn' });
    expect(await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31', acceptRatioWarning: true })).toMatchObject({ status: 'posted' });
  });

  it('refuses to approve a draft the attendance has moved under', async () => {
    const s = await openRemunerationSession(tempDir());
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    await s.must('attendance.importCommit', { fileBase64: attendanceCsv([{ number: 5, hours: 8, from: 15 }]), dateOrder: 'ymd' } as Input<'attendance.importCommit'>);
    await s.refusedWithNothingWritten('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' }, 'remuneration:errors.DRAFT_STALE');
    await s.refusedWithNothingWritten('remuneration.approveRun', { runId: draft.id, postingDate: '2025-04-30' }, 'remuneration:errors.POSTING_BEFORE_PERIOD');
    await s.refusedWithNothingWritten('remuneration.payslips', { runId: draft.id }, 'remuneration:errors.RUN_NOT_POSTED');
    await s.refusedWithNothingWritten('remuneration.draftRun', { period: '2024-12' }, 'remuneration:errors.NO_SCHEME');
    const again = await s.must('remuneration.draftRun', { period: PERIOD });
    expect(again.members[4]!.grossMinor).toBe((80 + 8) * 480_000);
    expect(s.count('SELECT count(*) FROM remuneration_run')).toBe(1);
  });
});
