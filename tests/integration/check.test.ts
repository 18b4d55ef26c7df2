import { describe, expect, it } from 'vitest';
import { checkAllDomains } from '../../electron/services/domains';
import { generateDemo } from '../../electron/services/members/demo';
import type { Member } from '../../shared/contract/members';
import { useTempDir } from './helpers';
import { memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();

async function populated() {
  const s = await openMembersSession(tempDir());
  await generateDemo(s.ctx(), { members: 30, years: 2, locale: 'es', seed: 2 });
  const created = await s.dispatch('members.create', memberInput({ status: 'active' }));
  if (!created.ok) throw new Error(created.error.message);
  const member = created.value as Member;
  const changed = await s.dispatch('members.changeStatus', { id: member.id, status: 'on_leave', date: '2021-01-01' });
  expect(changed.ok).toBe(true);
  return { s, member };
}

describe('check', () => {
  it('a database written only through the app passes every check', async () => {
    const { s } = await populated();
    const chainHead = s.handle().prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(await checkAllDomains(s.ctx())).toEqual({ ok: true, problems: [], chainHead });
    expect(await s.dispatch('backups.check', {})).toEqual({ ok: true, value: { ok: true, problems: [], chainHead } });
  });

  it('reports a member changed with raw SQL behind the app’s back (every change is audited)', async () => {
    const { s, member } = await populated();
    s.handle().prepare("UPDATE member SET last_names = 'Forged' WHERE id = ?").run(member.id);
    const report = await checkAllDomains(s.ctx());
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      {
        check: 'audit',
        message: `Member ${member.memberNumber} (Forged, José María) differs from its last audited state in lastNames; it was changed outside Minga.`,
        key: 'backups:check.member.differs',
        params: { member: member.memberNumber, name: 'Forged, José María', fields: 'lastNames' },
      },
    ]);
  });

  it('reports a member inserted without an audit row, and a status that disagrees with its history', async () => {
    const { s, member } = await populated();
    s.handle().exec(`INSERT INTO member (member_number, last_names, first_names, join_date, status, status_since, search_text, created_at, updated_at)
      VALUES (999, 'Ghost', 'Casper', '2020-01-01', 'active', '2020-01-01', '', 'x', 'x')`);
    s.handle().prepare("UPDATE member SET status = 'active' WHERE id = ?").run(member.id);
    const checks = (await checkAllDomains(s.ctx())).problems.map((p) => p.check);
    expect(checks).toEqual(['audit', 'audit', 'status_history', 'status_history']);
  });

  it('reports a broken foreign key (and the history row written without an audit record)', async () => {
    const { s } = await populated();
    s.handle().pragma('foreign_keys = OFF');
    s.handle().exec("INSERT INTO member_status_change (member_id, status, effective_date, recorded_at) VALUES (4242, 'active', '2020-01-01', 'x')");
    s.handle().pragma('foreign_keys = ON');
    const report = await checkAllDomains(s.ctx());
    expect(report.problems).toEqual([
      expect.objectContaining({ check: 'foreign_keys', message: expect.stringContaining('member_status_change') }),
      expect.objectContaining({ check: 'status_history', key: 'backups:check.history.notAudited' }),
    ]);
  });

  it('reports a retired member number in use again (numbers are never reused)', async () => {
    const { s } = await populated();
    s.handle().exec('DROP TRIGGER member_number_never_reused');
    s.handle().exec("INSERT INTO retired_member_number VALUES (5, 'x')");
    const report = await checkAllDomains(s.ctx());
    expect(report.problems).toEqual([
      expect.objectContaining({ check: 'schema', key: 'backups:check.schema.missing.trigger', params: { name: 'member_number_never_reused' } }),
      expect.objectContaining({ check: 'member_numbers', key: 'backups:check.member.numberReused', message: expect.stringContaining('Member number 5') }),
      expect.objectContaining({ check: 'member_numbers', key: 'backups:check.member.retiredNotAudited', params: { number: 5 } }),
    ]);
  });
});
