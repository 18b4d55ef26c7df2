import { describe, expect, it } from 'vitest';
import type { Member } from '../../shared/contract/members';
import { memberStatuses, nextStatuses, type MemberStatus } from '../../shared/domain/members';
import { useTempDir } from './helpers';
import { memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();

/** A clock that moves one second per reading, so updatedAt tells writes apart. */
function tickingClock() {
  let t = Date.parse('2025-06-15T12:00:00.000Z');
  return () => new Date((t += 1000));
}

type Session = Awaited<ReturnType<typeof openMembersSession>>;

async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

const create = (s: Session, overrides: Record<string, unknown> = {}) => ok<Member>(s.dispatch('members.create', memberInput(overrides)));
const change = (s: Session, id: number, status: MemberStatus, date: string, extra: Record<string, unknown> = {}) =>
  s.dispatch('members.changeStatus', { id, status, date, ...extra });

function auditRows(s: Session, id: number) {
  return (s.handle().prepare("SELECT action, before_json, after_json FROM audit_log WHERE entity = 'member' AND entity_id = ? ORDER BY id").all(String(id)) as {
    action: string;
    before_json: string | null;
    after_json: string | null;
  }[]).map((r) => ({ action: r.action, before: r.before_json && JSON.parse(r.before_json), after: r.after_json && JSON.parse(r.after_json) }));
}

/** Brings a fresh member to `status` through allowed steps. */
async function memberWithStatus(s: Session, status: MemberStatus, n: number): Promise<Member> {
  const initial = status === 'applicant' || status === 'trial' ? status : 'active';
  const m = await create(s, { status: initial, nationalId: `N${n}` });
  if (status === 'on_leave') await ok(change(s, m.id, 'on_leave', '2021-01-01'));
  if (status === 'resigned' || status === 'deceased') await ok(change(s, m.id, status, '2021-01-01', { cause: 'cause' }));
  if (status === 'excluded') await ok(change(s, m.id, 'excluded', '2021-01-01', { cause: 'cause', resolution: 'Acta 9' }));
  return ok<Member>(s.dispatch('members.get', { id: m.id }));
}

describe('members register', () => {
  it('creates a member with the next number, a history row and an audit row with after = the member', async () => {
    const s = await openMembersSession(tempDir(), { now: tickingClock() });
    const first = await create(s, { status: 'active' });
    const second = await create(s, { lastNames: 'Peña' });
    expect([first.memberNumber, second.memberNumber]).toEqual([1, 2]);
    expect(second).toMatchObject({ status: 'applicant', statusSince: '2020-01-15', weeklyHours: 40 });
    // The audit row holds the member as stored and the history row written with it.
    const written = expect.objectContaining({ memberId: first.id, status: 'active', effectiveDate: '2020-01-15' });
    expect(auditRows(s, first.id)).toEqual([{ action: 'member.create', before: null, after: { ...first, statusChanges: [written] } }]);
    expect(await ok(s.dispatch('members.history', { id: first.id }))).toMatchObject([{ status: 'active', effectiveDate: '2020-01-15' }]);
  });

  it('edits a member, auditing before and after, and refuses a stale edit (CONFLICT)', async () => {
    const s = await openMembersSession(tempDir(), { now: tickingClock() });
    const m = await create(s);
    const { id: _id, memberNumber: _n, status: _s, statusSince: _ss, leavingDate: _l, leavingCause: _c, createdAt: _ca, updatedAt, ...fields } = m;
    const edited = await ok<Member>(s.dispatch('members.update', { ...fields, id: m.id, email: 'new@example.com', expectedUpdatedAt: updatedAt }));
    expect(edited.email).toBe('new@example.com');
    expect(auditRows(s, m.id).at(-1)).toEqual({ action: 'member.update', before: m, after: edited });
    const stale = await s.dispatch('members.update', { ...fields, id: m.id, phone: '123', expectedUpdatedAt: updatedAt });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await ok<Member>(s.dispatch('members.get', { id: m.id }))).toEqual(edited);
  });

  it('records status changes with dated history; leaving needs a cause, exclusion a council resolution (Ley 20.337 art. 12)', async () => {
    const s = await openMembersSession(tempDir(), { now: tickingClock() });
    const m = await create(s, { status: 'trial' });
    await ok(change(s, m.id, 'active', '2020-04-15'));
    await ok(change(s, m.id, 'on_leave', '2021-01-01'));
    await ok(change(s, m.id, 'active', '2021-03-01'));
    expect(await change(s, m.id, 'resigned', '2022-01-01')).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', key: 'members:errors.transition.cause_required' } });
    expect(await change(s, m.id, 'excluded', '2022-01-01', { cause: 'Faltas' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', key: 'members:errors.transition.resolution_required' },
    });
    expect(await change(s, m.id, 'on_leave', '2021-02-01')).toMatchObject({ ok: false, error: { key: 'members:errors.transition.before_last_change' } });
    const left = await ok<Member>(change(s, m.id, 'excluded', '2022-01-01', { cause: 'Faltas', resolution: 'Acta 12' }));
    expect(left).toMatchObject({ status: 'excluded', statusSince: '2022-01-01', leavingDate: '2022-01-01', leavingCause: 'Faltas' });
    const history = await ok<{ status: string }[]>(s.dispatch('members.history', { id: m.id }));
    expect(history.map((h) => h.status)).toEqual(['excluded', 'active', 'on_leave', 'active', 'trial']);
    expect(auditRows(s, m.id).map((a) => a.action)).toEqual(['member.create', ...Array(4).fill('member.changeStatus')]);
  });

  it('refuses every transition the table in shared/domain/members.ts does not allow, writing nothing', async () => {
    const s = await openMembersSession(tempDir(), { now: tickingClock() });
    let n = 0;
    let refused = 0;
    for (const from of memberStatuses) {
      const m = await memberWithStatus(s, from, n++);
      for (const to of memberStatuses) {
        if (nextStatuses(from).includes(to)) continue;
        const before = s.counts();
        const result = await change(s, m.id, to, '2024-01-01', { cause: 'cause', resolution: 'Acta 1' });
        expect(result, `${from} → ${to}`).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
        expect(s.counts()).toEqual(before);
        refused += 1;
      }
      expect(await ok<Member>(s.dispatch('members.get', { id: m.id }))).toMatchObject({ status: from });
    }
    // 7 × 7 pairs minus the allowed ones (4 + 4 + 4 + 4).
    expect(refused).toBe(49 - 16);
  });

  it('never reuses a member number, not even a removed applicant’s (numbers are never reused)', async () => {
    const s = await openMembersSession(tempDir(), { now: tickingClock() });
    await create(s);
    const second = await create(s, { lastNames: 'Peña' });
    expect(await ok(s.dispatch('members.remove', { id: second.id }))).toEqual({ removed: true });
    expect(auditRows(s, second.id).map((a) => a.action)).toEqual(['member.create', 'member.remove']);
    expect(await ok(s.dispatch('members.nextNumber', {}))).toBe(3);
    const third = await create(s, { lastNames: 'Ruiz' });
    expect(third.memberNumber).toBe(3);
    // Nor its id: the new member must not inherit the removed one's audit trail.
    expect(third.id).not.toBe(second.id);
    expect(auditRows(s, third.id).map((a) => a.action)).toEqual(['member.create']);
    expect(await s.dispatch('members.create', memberInput({ memberNumber: 2 }))).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
  });

  it('refuses to delete a member with history beyond the application (HAS_HISTORY)', async () => {
    const s = await openMembersSession(tempDir(), { now: tickingClock() });
    const active = await create(s, { status: 'active' });
    const before = s.counts();
    expect(await s.dispatch('members.remove', { id: active.id })).toMatchObject({ ok: false, error: { code: 'HAS_HISTORY' } });
    expect(s.counts()).toEqual(before);
  });

  it('refuses duplicate numbers, national ids and tax ids, on create and on edit', async () => {
    const s = await openMembersSession(tempDir(), { now: tickingClock() });
    const a = await create(s, { nationalId: '20123456', taxId: '20-20123456-3' });
    const b = await create(s, { nationalId: '30123456', taxId: '20-30123456-1' });
    const before = s.counts();
    for (const dup of [{ memberNumber: a.memberNumber }, { nationalId: '20123456' }, { taxId: '20-20123456-3' }]) {
      expect(await s.dispatch('members.create', memberInput(dup))).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    }
    const { id: _i, memberNumber: _n, status: _s, statusSince: _ss, leavingDate: _l, leavingCause: _c, createdAt: _ca, updatedAt: _u, ...fields } = b;
    expect(await s.dispatch('members.update', { ...fields, id: b.id, nationalId: '20123456' })).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE', key: 'members:errors.DUPLICATE_NATIONAL_ID' },
    });
    expect(s.counts()).toEqual(before);
  });

  it('writes the audit row in the same transaction: when it fails, the change is rolled back with it', async () => {
    const s = await openMembersSession(tempDir(), { now: tickingClock() });
    const m = await create(s, { status: 'active' });
    const before = s.counts();
    s.handle().exec("CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(await s.dispatch('members.create', memberInput({ lastNames: 'Peña' }))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await change(s, m.id, 'on_leave', '2021-01-01')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(s.counts()).toEqual(before);
    s.handle().exec('DROP TRIGGER audit_fails');
    expect(await ok<Member>(s.dispatch('members.get', { id: m.id }))).toEqual(m);
  });
});
