/**
 * `minga pay simulate --scenario FILE.json [--json]` (issue 9, "Command line"): the scenario file of
 * rules/remuneration.md with no database, run through the bundled out/cli/minga.cjs; the shipped examples
 * answer, a refused file exits 1 with the reason and prints nothing.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');
const examples = join(root, 'docs', 'examples', 'pay');

function minga(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'out', 'cli', 'minga.cjs'), ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('minga pay simulate', () => {
  it('pays the public example to the cent with the ratio 23/10, without --db', async () => {
    const { code, stdout, stderr } = await minga('pay', 'simulate', '--scenario', join(examples, 'public-example.json'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const answer = JSON.parse(stdout);
    expect(answer.members).toEqual([
      { id: 'Ana', pay: '1766400.00' },
      { id: 'Bruno', pay: '1367654.40' },
      { id: 'Carla', pay: '748800.00' },
      { id: 'Diego', pay: '870144.00' },
      { id: 'Eva', pay: '384000.00' },
    ]);
    expect(answer).toMatchObject({ ratio: '2.3', ratioFraction: '23/10', ratioHolds: true });
  });

  it('says the raised Coordinación breaks the ratio: 2.5725 > 2.50', async () => {
    const { code, stdout } = await minga('pay', 'simulate', '--scenario', join(examples, 'public-example-raised.json'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ratio: '2.5725', ratioHolds: false });
  });

  it('answers the annual examples with the year’s payments, and prints pretty JSON without --json', async () => {
    const index = await minga('pay', 'simulate', '--scenario', join(examples, 'annual-by-index.json'));
    expect(index.code).toBe(0);
    expect(index.stdout.split('\n').length).toBeGreaterThan(10);
    const answer = JSON.parse(index.stdout);
    expect(answer.members[0].payments).toHaveLength(14);
    expect(answer.members[0].payments.at(-1)).toBe('4069.23');
    const matrix = await minga('pay', 'simulate', '--scenario', join(examples, 'matrix.json'), '--json');
    expect(JSON.parse(matrix.stdout).members.map((m: { payments: string[] }) => m.payments.length)).toEqual([12, 12, 12, 12]);
  });

  it('answers an array of scenarios in order', async () => {
    const both = join(tempDir(), 'both.json');
    const read = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8')) as unknown;
    writeFileSync(both, JSON.stringify([read('public-example.json'), read('public-example-raised.json')]));
    const { code, stdout } = await minga('pay', 'simulate', '--scenario', both, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((a: { ratioHolds: boolean }) => a.ratioHolds)).toEqual([true, false]);
  });

  it('refuses an unknown key or an unknown category: exit 1, the reason on stderr, nothing on stdout', async () => {
    const file = JSON.parse(readFileSync(join(examples, 'public-example.json'), 'utf8')) as { scheme: Record<string, unknown>; members: unknown[] };
    const dir = tempDir();
    const misspelt = join(dir, 'misspelt.json');
    writeFileSync(misspelt, JSON.stringify({ ...file, scheme: { ...file.scheme, maxRatoi: '2.50' } }));
    const refused = await minga('pay', 'simulate', '--scenario', misspelt, '--json');
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/^minga: scheme: Unrecognized key.*maxRatoi/);

    const stranger = join(dir, 'stranger.json');
    writeFileSync(stranger, JSON.stringify({ ...file, members: [{ id: 'Zoe', category: 'Gerencia', hours: 10 }] }));
    expect(await minga('pay', 'simulate', '--scenario', stranger)).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('Zoe: the scheme has no category "Gerencia"') });

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "currency": ');
    expect(await minga('pay', 'simulate', '--scenario', broken)).toMatchObject({ code: 1, stderr: expect.stringContaining('is not valid JSON') });
    expect(await minga('pay', 'simulate', '--scenario', join(dir, 'missing.json'))).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
  });

  it('is a usage error without --scenario (exit 2)', async () => {
    expect(await minga('pay', 'simulate', '--db', join(tempDir(), 'x.sqlite'))).toMatchObject({ code: 2, stderr: expect.stringContaining('--scenario') });
  });
});
