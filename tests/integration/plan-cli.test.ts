/**
 * `minga plan --scenario FILE.json --json` (issue 11, "Command line"): the planner on a scenario file with
 * no database; the two public cases shipped under docs/examples/planning answer as rules/planning.md says,
 * and a refused model exits 1 with the reason and prints nothing.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');
const examples = join(root, 'docs', 'examples', 'planning');

function minga(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'minga.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('minga plan --scenario', () => {
  it('plans the first public case: sequence O2, O4, O3, O1; O1 ends at 600, 60 late for capacity', async () => {
    const { code, stdout, stderr } = await minga('plan', '--scenario', join(examples, 'one-machine-edd.json'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.sequence).toEqual(['O2', 'O4', 'O3', 'O1']);
    expect(answer.orders.O1).toMatchObject({ end: 600, tardiness: 60, reasons: ['capacity'] });
  });

  it('plans the second public case: D fills the WELD gap, WELD the bottleneck at 780 of 840 minutes', async () => {
    const { code, stdout } = await minga('plan', '--scenario', join(examples, 'flow-shop-gap-filling.json'), '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.ops.find((o: { order: string }) => o.order === 'D')).toMatchObject({ wc: 'WELD', start: 0, end: 120 });
    expect(answer.metrics.bottleneck).toBe('WELD');
    expect(answer.wc_utilisation.WELD).toEqual([780, 840]);
  });

  it('refuses a routing with a cycle: exit 1, the cycle named on stderr, nothing on stdout', async () => {
    const path = join(tempDir(), 'cycle.json');
    writeFileSync(path, JSON.stringify({ model: { workcenters: { PRESS: {} }, products: { p: { ops: [{ id: 'a', wc: 'PRESS', after: ['b'] }, { id: 'b', wc: 'PRESS', after: ['a'] }] } }, orders: [] } }));
    const { code, stdout, stderr } = await minga('plan', '--scenario', path, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('a → b → a');
  });
});
