/**
 * A secret ballot stores only its tally: nothing in the database file or its write-ahead log links a member
 * to a choice (rules/assemblies.md, "Voting modes"; issue 8). The search reads the files as bytes, as anyone
 * holding a copy could, and looks for (1) a member's name or national id, or a JSON `"memberId":N`, beside a
 * choice word, and (2) any SQLite record holding a choice as one column and a voter's id, name or national id
 * in another. It is shown
 * to find each kind of link on deliberately leaking tables, so its silence on the real data means something.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAssemblySession } from './assemblies-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const CHOICES = ['yes', 'no', 'abstain'];
const NEAR = 64;

interface Voter {
  id: number;
  words: string[];
}

const isWordByte = (b: number | undefined) => b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/** Every position of `word`; only where it stands alone (not inside a longer word) when `alone`. */
function wordPositions(bytes: Buffer, word: string, alone = true): number[] {
  const found: number[] = [];
  const needle = Buffer.from(word);
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
    if (!alone || (!isWordByte(bytes[at - 1]) && !isWordByte(bytes[at + needle.length]))) found.push(at);
  }
  return found;
}

/** Serial type sizes of a SQLite record column (https://www.sqlite.org/fileformat2.html#record_format). */
const sizeOf = (type: number) => (type <= 4 ? type : type === 5 ? 6 : type <= 7 ? 8 : type <= 9 ? 0 : type >= 12 ? Math.floor((type - 12) / 2) : -1);

/** The columns of a record whose header starts at `h`, if one plausibly does (one-byte varints only). */
function recordAt(bytes: Buffer, h: number): (number | string)[] | null {
  const headerLength = bytes[h]!;
  if (headerLength < 3 || headerLength > 24 || h + headerLength > bytes.length) return null;
  const types = [...bytes.subarray(h + 1, h + headerLength)];
  if (types.some((t) => t >= 0x80 || t === 10 || t === 11)) return null;
  let at = h + headerLength;
  const values: (number | string)[] = [];
  for (const type of types) {
    const size = sizeOf(type);
    if (at + size > bytes.length) return null;
    if (type >= 1 && type <= 4) values.push(bytes.readIntBE(at, size));
    else if (type >= 13 && type % 2 === 1) values.push(bytes.toString('latin1', at, at + size));
    else values.push(NaN);
    at += size;
  }
  return values;
}

type Link = { kind: 'text' | 'record'; voter: number; choice: string };

/** Every place in `bytes` where a voter and a choice sit together. */
function links(bytes: Buffer, voters: Voter[]): Link[] {
  const found: Link[] = [];
  const choiceAt = CHOICES.flatMap((choice) => wordPositions(bytes, choice).map((at) => ({ choice, at })));
  for (const voter of voters) {
    for (const word of voter.words) {
      for (const at of wordPositions(bytes, word)) {
        const near = choiceAt.find((c) => Math.abs(c.at - at) <= NEAR);
        if (near) found.push({ kind: 'text', voter: voter.id, choice: near.choice });
      }
    }
  }
  // 0 and 1 are stored as bare constants (serial types 8 and 9) and would match every flag: voters from id 2.
  const ids = new Set(voters.map((v) => v.id).filter((id) => id >= 2));
  // In a record the columns abut ('Votante0003yes'): there a choice is found by its column, not its spacing.
  const anywhere = CHOICES.flatMap((choice) => wordPositions(bytes, choice, false).map((at) => ({ choice, at })));
  for (const { choice, at } of anywhere) {
    for (let h = Math.max(0, at - 40); h < at; h++) {
      const values = recordAt(bytes, h);
      if (!values?.includes(choice)) continue;
      const byId = values.find((v): v is number => typeof v === 'number' && ids.has(v));
      const byWord = voters.find((v) => values.some((x) => typeof x === 'string' && v.words.some((w) => x.includes(w))));
      const voter = byId ?? byWord?.id;
      if (voter !== undefined) found.push({ kind: 'record', voter, choice });
    }
  }
  return found;
}

describe('a secret ballot leaves no link between a member and a choice', () => {
  it('in the database file and its write-ahead log, read as bytes; and the search finds each kind of link planted on purpose', async () => {
    const dir = tempDir();
    const s = await openAssemblySession(dir);
    await s.held(10);
    const vote = await s.must('assemblies.openVote', { motionId: await s.motionOn(1, 'Elegir la lista 1'), mode: 'secret' });
    await s.must('assemblies.recordTally', { voteId: vote.id, tally: { yes: 6, no: 3, abstain: 1, blank: 0, invalid: 0 } });
    const closed = await s.must('assemblies.closeVote', { id: vote.id });
    expect(closed.tally).toMatchObject({ yes: 6, no: 3, abstain: 1 });

    const voters: Voter[] = s.members.map((id, i) => {
      const n = i + 1;
      return { id, words: [`Votante${String(n).padStart(4, '0')}`, `DNI-${9000 + n}`, `"memberId":${id}`] };
    });
    const path = join(dir, 'minga.sqlite');
    const read = () => Buffer.concat([readFileSync(path), existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0)]);
    expect(readFileSync(`${path}-wal`).length).toBeGreaterThan(0);
    expect(links(read(), voters)).toEqual([]);

    // The search is not blind: each way of linking a voter to a choice, planted on purpose, is found.
    const h = s.handle();
    h.exec('CREATE TABLE leak_named (member TEXT, choice TEXT)');
    h.prepare("INSERT INTO leak_named VALUES ('Votante0003', 'yes')").run();
    expect(links(read(), voters)).toContainEqual({ kind: 'record', voter: s.members[2]!, choice: 'yes' });
    h.exec('CREATE TABLE leak_keyed (vote_id INTEGER, member_id INTEGER, choice TEXT)');
    h.prepare("INSERT INTO leak_keyed VALUES (?, ?, 'abstain')").run(vote.id, s.members[4]!);
    expect(links(read(), voters)).toContainEqual({ kind: 'record', voter: s.members[4]!, choice: 'abstain' });
    h.exec('CREATE TABLE leak_log (line TEXT)');
    h.prepare('INSERT INTO leak_log VALUES (?)').run(JSON.stringify({ memberId: s.members[7]!, choice: 'no' }));
    expect(links(read(), voters)).toContainEqual({ kind: 'text', voter: s.members[7]!, choice: 'no' });
  });

  it('keeps its audit rows to the tally: none names a member', async () => {
    const s = await openAssemblySession(tempDir());
    await s.held(8);
    const vote = await s.must('assemblies.openVote', { motionId: await s.motionOn(1), mode: 'secret' });
    await s.must('assemblies.recordTally', { voteId: vote.id, tally: { yes: 5, no: 2, abstain: 1, blank: 0, invalid: 0 } });
    await s.must('assemblies.closeVote', { id: vote.id });
    const rows = s.handle().prepare("SELECT after_json FROM audit_log WHERE entity = 'assembly_vote' AND entity_id = ?").pluck().all(String(vote.id)) as string[];
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).not.toMatch(/member/i);
  });
});
