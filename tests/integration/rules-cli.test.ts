/**
 * `minga rules vote` and `minga rules quorum` (issue 8, "Command line"): the public cases of
 * rules/assemblies.md as files in docs/examples/rules/, JSON on stdin, JSON on stdout, no database.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const example = (name: string) => readFileSync(join(root, 'docs', 'examples', 'rules', name), 'utf8');

function minga(stdin: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'minga.mjs'), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const answer = async (stdin: string, word: 'vote' | 'quorum') => {
  const run = await minga(stdin, 'rules', word, '--json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as unknown;
};

describe('minga rules vote', () => {
  it('Ley 20.337 art. 53: 11 yes 9 no 5 abstain out of 25 present pass on a base of 20 (an object in, an object out)', async () => {
    expect(await answer(example('vote-ar-ordinary.json'), 'vote')).toEqual({
      passed: true,
      base: 20,
      yesNeeded: 11,
      rule: 'more than 1/2 of votes cast; abstentions count as absent',
      basis: 'Ley 20.337 art. 53',
    });
  });

  it('Ley 20.337 art. 53, statute reform: 19–10–1 rejected on 29, 20–10–0 approved on 30 (an array in, an array out)', async () => {
    expect(await answer(example('vote-ar-statute-reform.json'), 'vote')).toEqual([
      { passed: false, base: 29, yesNeeded: 20, rule: 'at least 2/3 of members present; abstentions count as absent', basis: 'Ley 20.337 art. 53' },
      { passed: true, base: 30, yesNeeded: 20, rule: 'at least 2/3 of members present; abstentions count as absent', basis: 'Ley 20.337 art. 53' },
    ]);
  });

  it("Robert's Rules: 2/3 of votes cast, 6–3 adopted with 6 needed", async () => {
    expect(await answer(example('vote-roberts-two-thirds.json'), 'vote')).toMatchObject({ passed: true, base: 9, yesNeeded: 6, basis: "Bylaws; Robert's Rules" });
  });

  it('a tally that adds up to more than those present exits 1 with the reason and prints nothing', async () => {
    const run = await minga(example('vote-refused-tally.json'), 'rules', 'vote');
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('The tally adds up to 29, more than the 25 present');
  });

  it('Ley 27/1999 art. 28.3: a threshold above 4/5 in Spain is refused; a bad item refuses the whole array', async () => {
    const run = await minga(example('vote-refused-spain-cap.json'), 'rules', 'vote');
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('above 4/5, the most Ley 27/1999 art. 28.3 allows');
    const batch = `[${example('vote-ar-ordinary.json')}, ${example('vote-refused-tally.json')}]`;
    expect(await minga(batch, 'rules', 'vote')).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('item 2:') });
  });

  it('an unknown key is refused, so a misspelt key never falls back to a default', async () => {
    const misspelt = JSON.stringify({ ...JSON.parse(example('vote-ar-ordinary.json')), abstentions: 5 });
    expect(await minga(misspelt, 'rules', 'vote')).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('abstentions') });
  });
});

describe('minga rules quorum', () => {
  it('Ley 20.337 art. 49: 21 of 40; half plus one of 41 is 21 or, read literally, 22; any number an hour later', async () => {
    expect(await answer(example('quorum-ar.json'), 'quorum')).toEqual([
      { constituted: true, needed: 21, call: 1, basis: 'Ley 20.337 art. 49' },
      { constituted: true, needed: 21, call: 1, basis: 'Ley 20.337 art. 49' },
      { constituted: false, needed: 22, call: 1, basis: 'Ley 20.337 art. 49' },
      { constituted: true, needed: 1, call: 2, basis: 'Ley 20.337 art. 49' },
    ]);
  });

  it('Lei 5.764/71 art. 40: 2/3, then half plus one, then at least 10 from two hours after', async () => {
    const answers = (await answer(example('quorum-br-three-calls.json'), 'quorum')) as { constituted: boolean; needed: number }[];
    expect(answers.map((a) => [a.constituted, a.needed])).toEqual([
      [true, 40],
      [false, 31],
      [true, 31],
      [false, 10],
      [true, 10],
    ]);
  });

  it('Ley 27/1999 art. 25: more than half at first call; 10% or 100 votes at the second', async () => {
    const answers = (await answer(example('quorum-es.json'), 'quorum')) as { constituted: boolean; needed: number }[];
    expect(answers.map((a) => [a.constituted, a.needed])).toEqual([
      [true, 21],
      [true, 5],
      [true, 100],
    ]);
  });
});
