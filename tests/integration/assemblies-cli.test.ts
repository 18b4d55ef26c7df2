/**
 * `minga assembly list --json`, `minga assembly minutes --number N --out FILE.pdf` (the same PDF the app
 * saves) and `minga check --anchor HASH` (issue 8, "Command line" and "the minutes book").
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldAndClosed, openAssemblySession, signatories } from './assemblies-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');

function minga(db: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'minga.mjs'), '--db', db, ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('minga assembly and check --anchor', () => {
  it('lists meetings as JSON, prints a finalised act and the book as PDF, refuses a missing act, and verifies an anchor', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const s = await openAssemblySession(dir);
    await heldAndClosed(s);
    const draft = await s.must('assemblies.draftMinutes', { meetingId: s.meetingId, sessionNumber: null });
    const act = await s.must('assemblies.finaliseMinutes', { id: draft.id, signatories: signatories(s) });
    s.session.close();
    const db = join(dir, 'minga.sqlite');

    const list = await minga(db, 'assembly', 'list', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject([{ id: s.meetingId, kind: 'ordinary', date: '2025-07-10', status: 'closed', items: 3, minutesNumber: 1 }]);

    const out = join(dir, 'acta-1.pdf');
    const printed = await minga(db, 'assembly', 'minutes', '--number', '1', '--out', out);
    expect(printed.code).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1_000);
    const book = join(dir, 'libro.pdf');
    expect((await minga(db, 'assembly', 'minutes', '--out', book)).code).toBe(0);
    expect(existsSync(book)).toBe(true);

    const missing = await minga(db, 'assembly', 'minutes', '--number', '7', '--out', join(dir, 'none.pdf'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no act 7');
    expect(existsSync(join(dir, 'none.pdf'))).toBe(false);

    const intact = await minga(db, 'check', '--anchor', act.anchor!);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/audit history up to entry \d+ .* is intact/);
    const unknown = await minga(db, 'check', '--anchor', 'f'.repeat(64));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('is not in the audit history');
  });
});
