/**
 * `minga surplus simulate --scenario FILE.json --json` (issue 10, "Command line"): the scenario file of
 * rules/surplus.md with no database; the shipped examples answer, a refused file exits 1 and prints nothing.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');
const examples = join(root, 'docs', 'examples', 'surplus');

function minga(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'minga.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('minga surplus simulate', () => {
  it('answers the public Argentine example to the cent, without --db', async () => {
    const { code, stdout, stderr } = await minga('surplus', 'simulate', '--scenario', join(examples, 'ar-public-example.json'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.members.map((m: { return: string }) => m.return)).toEqual(['229655.17', '223275.86', '153103.45', '81655.17', '52310.35']);
    expect(answer.check).toEqual({ parts: '1250000.00', result: '1250000.00', equal: true });
  });

  it('answers every framework example shipped under docs/examples/surplus', async () => {
    for (const name of ['es-example.json', 'br-example.json', 'us-example.json']) {
      const { code, stdout } = await minga('surplus', 'simulate', '--scenario', join(examples, name), '--json');
      expect(code, name).toBe(0);
      expect(JSON.parse(stdout).check.equal, name).toBe(true);
    }
  });

  it('refuses a policy below the legal minimum with the article, exit 1 and nothing on stdout', async () => {
    const file = JSON.parse(readFileSync(join(examples, 'ar-public-example.json'), 'utf8'));
    file.policy.steps[0].funds[2].percent = '3';
    const path = join(tempDir(), 'low.json');
    writeFileSync(path, JSON.stringify(file));
    const { code, stdout, stderr } = await minga('surplus', 'simulate', '--scenario', path, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Ley 20.337 art. 42 inc. 3');
  });

  it('says what is wrong with a file that is not JSON, or missing', async () => {
    const path = join(tempDir(), 'broken.json');
    writeFileSync(path, '{ "framework": ');
    expect((await minga('surplus', 'simulate', '--scenario', path)).stderr).toContain('not valid JSON');
    expect((await minga('surplus', 'simulate', '--scenario', join(tempDir(), 'none.json'))).stderr).toContain('no such file');
  });
});
