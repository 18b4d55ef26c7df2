/**
 * `minga pay run --period YYYY-MM --json` and `minga pay approve --period YYYY-MM` (issue 9, "Command
 * line"), through the bundled CLI: the draft from the database to the cent, approval posting it, and a
 * refusal exiting 1 with the reason and nothing written.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';
import { example, openRemunerationSession, PERIOD } from './remuneration-session';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');

function minga(db: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'minga.mjs'), '--db', db, ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('minga pay run and pay approve', () => {
  it('drafts the month as JSON, approves and posts it, then refuses a second run over the posted month', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const s = await openRemunerationSession(dir);
    s.session.close();
    const db = join(dir, 'minga.sqlite');

    const approveFirst = await minga(db, 'pay', 'approve', '--period', PERIOD);
    expect(approveFirst.code).toBe(1);
    expect(approveFirst.stderr).toContain(`there is no draft for ${PERIOD}`);

    const drafted = await minga(db, 'pay', 'run', '--period', PERIOD, '--json');
    expect(drafted.code).toBe(0);
    const run = JSON.parse(drafted.stdout) as { status: string; members: { memberNumber: number; grossMinor: number }[]; ratio: { ratio: { num: number; den: number } } };
    expect(run.status).toBe('draft');
    expect(run.members.map((m) => m.grossMinor)).toEqual(example.map((m) => m.payMinor));
    expect(run.ratio.ratio).toEqual({ num: 23, den: 10 });

    const approved = await minga(db, 'pay', 'approve', '--period', PERIOD);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain(`approved and posted the regular run for ${PERIOD}: 5 members`);

    const again = await minga(db, 'pay', 'run', '--period', PERIOD, '--json');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already posted');
    expect(again.stdout).toBe('');

    const usage = await minga(db, 'pay', 'run', '--period', '2025-13');
    expect(usage.code).toBe(2);
  });
});
