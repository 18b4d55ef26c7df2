/**
 * Edits of the minutes book, a closed vote or a closed session's attendance made behind the app's back
 * (another SQLite tool, with the refusing trigger dropped and put back) are found by `check`, and a rewritten
 * audit history no longer holds the anchor a signed act carries (issue 8, "the minutes book").
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { auditRowHash, GENESIS_HASH } from '../../electron/services/core/audit-chain';
import { verifyAnchor } from '../../electron/services/core';
import { checkAllDomains } from '../../electron/services/domains';
import type { CheckReport } from '../../shared/contract/backups';
import { heldAndClosed, openAssemblySession, signatories } from './assemblies-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

async function finalisedBook() {
  const dir = tempDir();
  const s = await openAssemblySession(dir);
  const votes = await heldAndClosed(s);
  const draft = await s.must('assemblies.draftMinutes', { meetingId: s.meetingId, sessionNumber: null });
  const act = await s.must('assemblies.finaliseMinutes', { id: draft.id, signatories: signatories(s) });
  const tamper = (edit: (db: Database.Database) => void) => {
    const db = new Database(join(dir, 'minga.sqlite'));
    try {
      edit(db);
    } finally {
      db.close();
    }
  };
  return { s, act, votes, tamper, check: () => checkAllDomains(s.ctx()) };
}

function withoutTriggers(db: Database.Database, names: string[], edit: () => void): void {
  const sql = names.map((n) => db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck().get(n) as string);
  for (const n of names) db.exec(`DROP TRIGGER ${n}`);
  edit();
  for (const s of sql) db.exec(s);
}

const found = (report: CheckReport, key: string, params: Record<string, unknown>) =>
  expect(report.problems).toContainEqual(expect.objectContaining({ key, message: expect.stringMatching(/^[A-Z].*\.$/), params: expect.objectContaining(params) }));

describe('check finds what was changed behind the app', () => {
  it('passes an untouched book, votes and attendance', async () => {
    const { check } = await finalisedBook();
    expect((await check()).problems).toEqual([]);
  });

  it('an act whose text was edited', async () => {
    const { act, tamper, check } = await finalisedBook();
    tamper((db) =>
      withoutTriggers(db, ['assembly_minutes_no_update'], () =>
        db.prepare("UPDATE assembly_minutes SET content_json = replace(content_json, 'Rechazada', 'Aprobada') WHERE id = ?").run(act.id),
      ),
    );
    found(await check(), 'assemblies:check.actHash', { number: 1 });
  });

  it('a signatory swapped on a final act', async () => {
    const { act, s, tamper, check } = await finalisedBook();
    tamper((db) =>
      withoutTriggers(db, ['assembly_signatory_no_update'], () => db.prepare("UPDATE assembly_signatory SET name = 'Otro, Alguien' WHERE minutes_id = ? AND member_id = ?").run(act.id, s.members[6]!)),
    );
    found(await check(), 'assemblies:check.actHash', { number: 1 });
  });

  it('a closed vote whose tally was changed, in the snapshot and in the vote row alike', async () => {
    const { votes, tamper, check } = await finalisedBook();
    tamper((db) =>
      withoutTriggers(db, ['assembly_vote_result_no_update', 'assembly_vote_no_update'], () => {
        db.prepare('UPDATE assembly_vote_result SET yes = 7, no = 3, passed = 1 WHERE vote_id = ?').run(votes.reform.id);
        db.prepare('UPDATE assembly_vote SET yes = 7, no = 3 WHERE id = ?').run(votes.reform.id);
      }),
    );
    found(await check(), 'assemblies:check.voteHash', { id: votes.reform.id });
  });

  it('a named ballot changed after the vote closed', async () => {
    const { votes, s, tamper, check } = await finalisedBook();
    tamper((db) => withoutTriggers(db, ['assembly_ballot_no_update'], () => db.prepare("UPDATE assembly_ballot SET choice = 'yes' WHERE vote_id = ? AND member_id = ?").run(votes.scheme.id, s.members[9]!)));
    found(await check(), 'assemblies:check.voteHash', { id: votes.scheme.id });
  });

  it('someone added to the frozen attendance of a closed session', async () => {
    const { s, tamper, check } = await finalisedBook();
    tamper((db) =>
      withoutTriggers(db, ['assembly_attendance_no_insert_closed'], () =>
        db.prepare("INSERT INTO assembly_attendance (session_id, member_id, in_at, out_at) VALUES (1, ?, '2025-07-10T21:30:00.000Z', '2025-07-10T22:00:00.000Z')").run(s.members[11]!),
      ),
    );
    found(await check(), 'assemblies:check.attendanceHash', { meeting: s.meetingId, number: 1 });
  });

  it('an audit history rewritten with fresh hashes passes the chain check but loses the anchor the signed act carries', async () => {
    const { act, s, tamper, check } = await finalisedBook();
    expect(verifyAnchor(s.ctx().handle, act.anchor!)).toMatchObject({ found: true, findings: [] });
    tamper((db) =>
      withoutTriggers(db, ['audit_log_append_only_update'], () => {
        const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as (Parameters<typeof auditRowHash>[1] & { prev_hash: string; hash: string })[];
        const update = db.prepare('UPDATE audit_log SET after_json = ?, prev_hash = ?, hash = ? WHERE id = ?');
        let prev = GENESIS_HASH;
        for (const row of rows) {
          const after = row.id === 2 ? '{"rewritten":true}' : row.after_json;
          const hash = auditRowHash(prev, { ...row, after_json: after });
          update.run(after, prev, hash, row.id);
          prev = hash;
        }
      }),
    );
    const report = await check();
    expect(report.problems.filter((p) => p.check === 'audit_chain')).toEqual([]);
    found(report, 'assemblies:check.actAnchor', { number: 1 });
    expect(verifyAnchor(s.ctx().handle, act.anchor!)).toEqual({ found: false });
  });
});
