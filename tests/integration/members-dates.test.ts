/**
 * Dates in the register (issue 6): no birth or join date in the future, no status change beyond today
 * plus the members setting's margin, and a status change entered by mistake corrected by an audited
 * record that states why, never by editing the history.
 */
import { describe, expect, it } from 'vitest';
import { checkAllDomains } from '../../electron/services/domains';
import type { HistoryEntry, Member } from '../../shared/contract/members';
import { useTempDir } from './helpers';
import { FIXED_NOW, memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();
type Session = Awaited<ReturnType<typeof openMembersSession>>;

async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

/** A clock the test can set, one second further at every reading so writes are told apart. */
function settableClock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)), set: (iso: string) => (t = Date.parse(iso)) };
}

const historyOf = (s: Session, id: number) => ok<HistoryEntry[]>(s.dispatch('members.history', { id }));
const rawHistory = (s: Session) => s.handle().prepare('SELECT * FROM member_status_change ORDER BY id').all();

/**
 * The lock issue 6 reports: a leave typed as 01/01/2099 (here on a machine whose clock was wrong, the
 * only way the app still lets such a date in) makes every later change "before the last change".
 */
async function lockedMember(dir: string) {
  const clock = settableClock('2025-06-15T12:00:00.000Z');
  const s = await openMembersSession(dir, { now: clock.now });
  const m = await ok<Member>(s.dispatch('members.create', memberInput({ status: 'active' })));
  clock.set('2099-01-01T12:00:00.000Z');
  await ok(s.dispatch('members.changeStatus', { id: m.id, status: 'on_leave', date: '2099-01-01', cause: null, resolution: null }));
  clock.set('2025-06-15T12:00:00.000Z');
  const refused = await s.dispatch('members.changeStatus', { id: m.id, status: 'active', date: '2025-06-01', cause: null, resolution: null });
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', key: 'members:errors.transition.before_last_change' } });
  const typo = (await historyOf(s, m.id))[0]!;
  expect(typo).toMatchObject({ status: 'on_leave', effectiveDate: '2099-01-01' });
  return { s, m, typo };
}

describe('dates in the members register', () => {
  it('refuses a birth or join date in the future, naming the fields, and writes nothing', async () => {
    const s = await openMembersSession(tempDir());
    const before = s.counts();
    const result = await s.dispatch('members.create', memberInput({ birthDate: '2025-06-16', joinDate: '2099-01-01' }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        key: 'members:errors.FUTURE_DATE',
        issues: [
          { path: 'birthDate', message: 'members:errors.futureDate' },
          { path: 'joinDate', message: 'members:errors.futureDate' },
        ],
      },
    });
    expect(s.counts()).toEqual(before);
    // Today itself is not the future.
    expect(await s.dispatch('members.create', memberInput({ joinDate: '2025-06-15' }))).toMatchObject({ ok: true });
  });

  it('refuses a status change dated beyond today plus the members setting’s margin (default 0 days)', async () => {
    const s = await openMembersSession(tempDir());
    const m = await ok<Member>(s.dispatch('members.create', memberInput({ status: 'active' })));
    expect(await ok(s.dispatch('members.settings', {}))).toEqual({ statusFutureMarginDays: 0 });
    const leave = (date: string) => s.dispatch('members.changeStatus', { id: m.id, status: 'on_leave', date, cause: null, resolution: null });
    expect(await leave('2025-06-16')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', key: 'members:errors.transition.too_far_ahead', params: { latest: '2025-06-15' } },
    });
    expect(await ok(s.dispatch('members.updateSettings', { statusFutureMarginDays: 30 }))).toEqual({ statusFutureMarginDays: 30 });
    expect(await leave('2025-07-16')).toMatchObject({ ok: false, error: { params: { latest: '2025-07-15' } } });
    expect(await ok<Member>(leave('2025-07-15'))).toMatchObject({ status: 'on_leave', statusSince: '2025-07-15' });
    const audited = s.handle().prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'members.updateSettings'").get();
    expect(audited).toEqual({ before_json: '{"statusFutureMarginDays":0}', after_json: '{"statusFutureMarginDays":30}' });
  });

  it('a typo such as 01/01/2099 no longer locks the member: voiding it, with a reason, frees the member', async () => {
    const { s, m, typo } = await lockedMember(tempDir());
    const rowsBefore = rawHistory(s);
    const corrected = await ok<Member>(
      s.dispatch('members.correctStatusChange', { changeId: typo.id, action: 'void', reason: 'Typed 2099 instead of 2019; the leave never happened.' }),
    );
    expect(corrected).toMatchObject({ status: 'active', statusSince: '2020-01-15', leavingDate: null });
    // check computes the status from the history as corrected, so a corrected member is no tampering.
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });
    // History stays append-only: the mistaken row is still there, unchanged, marked void with the reason.
    expect(rawHistory(s)).toEqual(rowsBefore);
    expect(await historyOf(s, m.id)).toMatchObject([
      { id: typo.id, status: 'on_leave', effectiveDate: '2099-01-01', voided: true, correction: { reason: 'Typed 2099 instead of 2019; the leave never happened.' } },
      { status: 'active', effectiveDate: '2020-01-15', voided: false, correction: null },
    ]);
    expect(await ok<Member>(s.dispatch('members.changeStatus', { id: m.id, status: 'on_leave', date: '2025-06-01', cause: null, resolution: null }))).toMatchObject({
      status: 'on_leave',
      statusSince: '2025-06-01',
    });
    // The change log says what was corrected and why.
    const trail = await ok<{ action: string; entity: string; after: unknown }[]>(s.dispatch('members.auditTrail', { id: m.id }));
    expect(trail.filter((a) => a.action === 'member.correctStatusChange').map((a) => a.entity).sort()).toEqual(['member', 'member_status_history']);
    expect(trail.find((a) => a.entity === 'member_status_history')?.after).toMatchObject({
      changeId: typo.id,
      entry: null,
      reason: 'Typed 2099 instead of 2019; the leave never happened.',
    });
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });
  });

  it('amending the mistaken date recomputes the status from the corrected history, and later changes follow it', async () => {
    const { s, m, typo } = await lockedMember(tempDir());
    const amended = await ok<Member>(
      s.dispatch('members.correctStatusChange', { changeId: typo.id, action: 'amend', date: '2025-01-01', reason: 'Year typed wrong (2099 for 2025).' }),
    );
    expect(amended).toMatchObject({ status: 'on_leave', statusSince: '2025-01-01' });
    expect((await historyOf(s, m.id))[0]).toMatchObject({
      effectiveDate: '2025-01-01',
      correction: { original: { status: 'on_leave', effectiveDate: '2099-01-01' } },
    });
    expect(await ok<Member>(s.dispatch('members.changeStatus', { id: m.id, status: 'active', date: '2025-06-01', cause: null, resolution: null }))).toMatchObject({
      status: 'active',
    });
  });

  it('refuses a correction without a reason, one that changes nothing, one that empties or breaks the history, or one beyond the margin; writing nothing', async () => {
    const { s, m, typo } = await lockedMember(tempDir());
    const first = (await historyOf(s, m.id))[1]!;
    const before = s.counts();
    const correct = (input: Record<string, unknown>) => s.dispatch('members.correctStatusChange', { reason: 'porque sí', ...input });
    expect(await correct({ changeId: typo.id, action: 'void', reason: '   ' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await correct({ changeId: typo.id, action: 'amend' })).toMatchObject({ ok: false, error: { key: 'members:errors.correction.no_change' } });
    expect(await correct({ changeId: typo.id, action: 'amend', date: '2098-12-31' })).toMatchObject({
      ok: false,
      error: { key: 'members:errors.transition.too_far_ahead' },
    });
    expect(await correct({ changeId: first.id, action: 'amend', status: 'on_leave' })).toMatchObject({ ok: false, error: { key: 'members:errors.correction.not_initial' } });
    // Moving the first entry after the leave would make on_leave the first status: refused too.
    expect(await correct({ changeId: first.id, action: 'amend', date: '2099-02-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(await correct({ changeId: 99_999, action: 'void' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(s.counts()).toEqual(before);

    await ok(correct({ changeId: typo.id, action: 'void' }));
    expect(await correct({ changeId: first.id, action: 'void' })).toMatchObject({ ok: false, error: { key: 'members:errors.correction.empty_history' } });
    expect(await correct({ changeId: typo.id, action: 'void' })).toMatchObject({ ok: false, error: { key: 'members:errors.correction.no_change' } });
  });

  it('the corrections themselves are append-only in the database (no UPDATE, no DELETE)', async () => {
    const { s, typo } = await lockedMember(tempDir());
    await ok(s.dispatch('members.correctStatusChange', { changeId: typo.id, action: 'void', reason: 'typo' }));
    expect(() => s.handle().exec("UPDATE member_status_correction SET reason = 'other'")).toThrow(/append-only/);
    expect(() => s.handle().exec('DELETE FROM member_status_correction')).toThrow(/append-only/);
    expect(FIXED_NOW.toISOString().slice(0, 10)).toBe('2025-06-15');
  });
});

describe('a corrected applicant', () => {
  it('is never deleted: the correction and its reason stay on record (HAS_HISTORY)', async () => {
    const s = await openMembersSession(tempDir());
    const m = await ok<Member>(s.dispatch('members.create', memberInput()));
    const [entry] = await historyOf(s, m.id);
    await ok(s.dispatch('members.correctStatusChange', { changeId: entry!.id, action: 'amend', date: '2020-01-10', reason: 'Applied on the 10th' }));
    const before = s.counts();
    expect(await s.dispatch('members.remove', { id: m.id })).toMatchObject({ ok: false, error: { code: 'HAS_HISTORY' } });
    expect(s.counts()).toEqual(before);
  });
});
