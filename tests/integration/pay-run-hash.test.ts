/**
 * A posted pay run keeps the hash of its content (migrations/0015_pay_run_hash.ts,
 * electron/services/remuneration/content.ts): `check` finds an edit behind the app's back that every total
 * still agrees with, and the migration's frozen hash is the service's.
 */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrator';
import { latestVersion } from '../../migrations';
import { payRunHashV1, type PayRunMemberRow, type PayRunRow } from '../../migrations/support/pay-run-hash-v1';
import { useTempDir } from './helpers';
import { openRemunerationSession, PERIOD } from './remuneration-session';

const tempDir = useTempDir();

describe('the hash of a posted pay run', () => {
  it('is stored at posting and equals the migration’s hash of the same rows', async () => {
    const s = await openRemunerationSession(tempDir());
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
    const db = s.handle();
    const run = db.prepare('SELECT * FROM remuneration_run WHERE id = ?').get(draft.id) as PayRunRow & { content_hash: string | null };
    const members = db.prepare('SELECT * FROM remuneration_run_member WHERE run_id = ?').all(draft.id) as PayRunMemberRow[];
    expect(run.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(payRunHashV1(run, members)).toBe(run.content_hash);
    expect(() => db.prepare("UPDATE remuneration_run SET content_hash = 'x'").run()).toThrow(/final/);
  });

  it('makes check find two members’ pay swapped behind the app’s back, though every total still adds up', async () => {
    const s = await openRemunerationSession(tempDir());
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
    expect((await s.must('backups.check', {})).problems).toEqual([]);

    // Someone with the file swaps Ana's and Bruno's pay, then puts the safeguard back as it was.
    const db = s.handle();
    const trigger = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'remuneration_run_member_posted_no_update'").pluck().get() as string;
    db.exec('DROP TRIGGER remuneration_run_member_posted_no_update');
    const columns = 'gross_minor, deductions_minor, net_minor, lines_json, paid_minutes';
    const [one, two] = db.prepare(`SELECT id, ${columns} FROM remuneration_run_member WHERE run_id = ? AND member_number IN (1, 2) ORDER BY member_number`).all(draft.id) as Record<string, unknown>[];
    const write = db.prepare('UPDATE remuneration_run_member SET gross_minor = @gross_minor, deductions_minor = @deductions_minor, net_minor = @net_minor, lines_json = @lines_json, paid_minutes = @paid_minutes WHERE id = @id');
    write.run({ ...two, id: one!.id });
    write.run({ ...one, id: two!.id });
    db.exec(trigger);

    const problems = (await s.must('backups.check', {})).problems;
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/Pay run \d+ \(2025-05\): its figures or lines were changed after it was posted/)]);
  });

  it('is given by migration 0015 to runs posted before it, as they stand', async () => {
    const s = await openRemunerationSession(tempDir());
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
    const db = s.handle();
    const stored = db.prepare('SELECT content_hash FROM remuneration_run WHERE id = ?').pluck().get(draft.id);
    // The file as version 14 left it: no column, no trigger asking for it.
    db.exec('DROP TRIGGER remuneration_run_posted_hashed');
    db.exec('DROP TRIGGER remuneration_run_posted_no_update');
    db.exec('ALTER TABLE remuneration_run DROP COLUMN content_hash');
    db.exec(`CREATE TRIGGER remuneration_run_posted_no_update BEFORE UPDATE ON remuneration_run WHEN OLD.status = 'posted'
      BEGIN SELECT RAISE(ABORT, 'a posted pay run is final'); END`);
    db.pragma('user_version = 14');
    expect(await migrate(db, { targetVersion: 15 })).toMatchObject({ from: 14, to: 15 });
    // The later steps are in the file already: it is at the latest version again.
    db.pragma(`user_version = ${latestVersion}`);
    expect(db.prepare('SELECT content_hash FROM remuneration_run WHERE id = ?').pluck().get(draft.id)).toBe(stored);
    expect((await s.must('backups.check', {})).problems).toEqual([]);
  });
});
