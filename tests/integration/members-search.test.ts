/**
 * Search as a person types and the surname sort (issue 6): every word must match some field (names in
 * any order, accents and case ignored, prefixes count), identity numbers match with or without dots,
 * dashes and spaces, and surnames sort as a Spanish or Portuguese reader expects.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandle } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrator';
import { generateDemo } from '../../electron/services/members/demo';
import { listMembers } from '../../electron/services/members/register';
import type { Member, MemberRow } from '../../shared/contract/members';
import { percentile } from '../bench/stats';
import { useTempDir } from './helpers';
import { memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();
type Session = Awaited<ReturnType<typeof openMembersSession>>;

const people = [
  { lastNames: 'Quispe Mamani', firstNames: 'Rosa', nationalId: '12.345.678-9', taxId: '27-12345678-4' },
  { lastNames: 'Baker', firstNames: 'Tom', nationalId: '30123456', taxId: null },
  { lastNames: 'Silva', firstNames: 'João Pedro', nationalId: '98 765 432', taxId: '987.654.321-00' },
  { lastNames: 'Núñez', firstNames: 'José María', nationalId: null, taxId: null },
  { lastNames: 'Álvarez', firstNames: 'Ana', nationalId: null, taxId: null },
  { lastNames: 'Villalba', firstNames: 'Luis', nationalId: null, taxId: null },
  { lastNames: 'Suárez', firstNames: 'Inés', nationalId: null, taxId: null },
  { lastNames: 'Sánchez', firstNames: 'Raúl', nationalId: null, taxId: null },
  { lastNames: 'Bustos', firstNames: 'Eva', nationalId: null, taxId: null },
  { lastNames: 'alvarado', firstNames: 'Pía', nationalId: null, taxId: null },
] as const;

async function registerOfPeople(): Promise<Session> {
  const s = await openMembersSession(tempDir());
  for (const p of people) {
    const r = await s.dispatch('members.create', memberInput(p));
    if (!r.ok) throw new Error(r.error.message);
  }
  return s;
}

async function list(s: Session, input: Record<string, unknown>): Promise<{ total: number; rows: MemberRow[] }> {
  const r = await s.dispatch('members.list', input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { total: number; rows: MemberRow[] };
}

const found = async (s: Session, search: string) => (await list(s, { search, sort: 'lastNames' })).rows.map((r) => r.lastNames);

describe('members search as a person types', () => {
  it.each([
    ['rosa quispe', ['Quispe Mamani']],
    ['quispe rosa', ['Quispe Mamani']],
    ['tom baker', ['Baker']],
    ['joão silva', ['Silva']],
    ['joao silva', ['Silva']],
    ['SILVA JOAO', ['Silva']],
    ['jo pe si', ['Silva']],
    ['nunez', ['Núñez']],
    ['NÚÑEZ josé maria', ['Núñez']],
    ['qui ros', ['Quispe Mamani']],
    ['rosa baker', []],
  ])('%j finds %j (every word matches some field, in any order, accents and case ignored, prefixes count)', async (search, names) => {
    const s = await registerOfPeople();
    expect(await found(s, search)).toEqual(names);
  });

  it.each([
    ['12345678', 'Quispe Mamani'],
    ['12.345.678', 'Quispe Mamani'],
    ['12 345 678-9', 'Quispe Mamani'],
    ['30.123.456', 'Baker'],
    ['98765432', 'Silva'],
    ['98765432100', 'Silva'],
    ['27-1234', 'Quispe Mamani'],
  ])('identity number %j finds %s, with or without dots, dashes and spaces', async (search, name) => {
    const s = await registerOfPeople();
    expect(await found(s, search)).toEqual([name]);
  });

  it('the member form refuses an id another member holds, however either was punctuated ("30123456" is "30.123.456")', async () => {
    const s = await registerOfPeople();
    const before = s.counts();
    for (const dup of [{ nationalId: '30.123.456' }, { nationalId: '123456789' }, { taxId: '27 12345678 4' }, { taxId: '98765432100' }]) {
      expect(await s.dispatch('members.create', memberInput(dup)), JSON.stringify(dup)).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    }
    expect(s.counts()).toEqual(before);
    // A national id equal to someone's tax id is not a duplicate of it.
    expect(await s.dispatch('members.create', memberInput({ nationalId: '98765432100' }))).toMatchObject({ ok: true });
  });

  it('finds a member by number, and query syntax typed by a person is only text', async () => {
    const s = await registerOfPeople();
    expect((await list(s, { search: '10' })).rows.map((r) => r.memberNumber)).toEqual([10]);
    for (const hostile of ['"', 'NEAR(rosa', 'rosa OR tom', 'names:rosa', '*', '^quispe', "o'brien", 'a AND', '(']) {
      expect(await s.dispatch('members.list', { search: hostile }), hostile).toMatchObject({ ok: true });
    }
    expect(await found(s, 'rosa OR tom')).toEqual([]);
  });

  it('stays in step with the register: an edit or a removal is searchable at once (triggers)', async () => {
    const s = await registerOfPeople();
    const [baker] = (await list(s, { search: 'baker' })).rows;
    const member = await s.dispatch('members.get', { id: baker!.id });
    if (!member.ok) throw new Error(member.error.message);
    const { id, memberNumber: _n, status: _s, statusSince: _ss, leavingDate: _l, leavingCause: _c, createdAt: _ca, updatedAt: _u, ...fields } = member.value as Member;
    expect(await s.dispatch('members.update', { ...fields, id, lastNames: 'Panadero' })).toMatchObject({ ok: true });
    expect(await found(s, 'baker')).toEqual([]);
    expect(await found(s, 'tom panad')).toEqual(['Panadero']);
    const applicant = (await list(s, { search: 'bustos' })).rows[0]!;
    expect(await s.dispatch('members.remove', { id: applicant.id })).toMatchObject({ ok: true });
    expect(await found(s, 'bustos')).toEqual([]);
    const { n } = s.handle().prepare('SELECT count(*) AS n FROM member_search').get() as { n: number };
    expect(n).toBe(people.length - 1);
  });
});

describe('members sort by surname', () => {
  it('sorts as a Spanish or Portuguese reader expects: "Álvarez" with the A’s, "Sánchez" before "Suárez", case ignored', async () => {
    const s = await registerOfPeople();
    const names = (await list(s, { sort: 'lastNames' })).rows.map((r) => r.lastNames);
    expect(names).toEqual(['alvarado', 'Álvarez', 'Baker', 'Bustos', 'Núñez', 'Quispe Mamani', 'Sánchez', 'Silva', 'Suárez', 'Villalba']);
    const descending = (await list(s, { sort: 'lastNames', direction: 'desc' })).rows.map((r) => r.lastNames);
    expect(descending).toEqual([...names].reverse());
  });

  it('uses the folded sort key’s index, not a sort of the whole table', async () => {
    const s = await registerOfPeople();
    const plan = s.handle().prepare('EXPLAIN QUERY PLAN SELECT id FROM member ORDER BY sort_key, member_number LIMIT 100').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('member_sort_key');
  });

  it('migration 0004 backfills the search index and sort key of members already in the register', async () => {
    const handle = openHandle(join(tempDir(), 'old.sqlite'));
    await migrate(handle, { targetVersion: 1 });
    handle
      .prepare(
        `INSERT INTO member (member_number, last_names, first_names, national_id, join_date, status, status_since, search_text, created_at, updated_at)
         VALUES (1, 'Álvarez', 'Rosa', '12.345.678', '2020-01-01', 'active', '2020-01-01', 'x', 'x', 'x')`,
      )
      .run();
    await migrate(handle);
    expect(handle.prepare("SELECT rowid FROM member_search WHERE member_search MATCH '\"12345678\"*'").pluck().all()).toEqual([1]);
    expect(handle.prepare('SELECT sort_key FROM member').pluck().get()).toBe('alvarez\u0001rosa');
    handle.close();
  });
});

describe('members search speed', () => {
  // The aim is 50 ms per keystroke at 10,000 members (npm run bench measures it); the bound here leaves
  // room for a loaded 2-core CI machine, the printed figure is what to watch.
  it('p95 per keystroke over 10,000 members, page of 100 sorted by surname, stays far below a second', async () => {
    const s = await openMembersSession(tempDir());
    await generateDemo(s.ctx(), { members: 10_000, years: 5, locale: 'es', seed: 3 });
    const typed = ['maría gonzález', 'ramón 2034', 'silva'].flatMap((text) => [...text].map((_, i) => text.slice(0, i + 1)));
    const times: number[] = [];
    for (const search of typed) {
      const started = performance.now();
      await listMembers(s.ctx(), { search, statuses: [], category: null, sort: 'lastNames', direction: 'asc', offset: 0, limit: 100 });
      times.push(performance.now() - started);
    }
    const p95 = percentile(times, 95);
    console.log(`search per keystroke over 10,000 members: p95 ${p95.toFixed(1)} ms, p50 ${percentile(times, 50).toFixed(1)} ms`);
    expect(p95).toBeLessThan(250);
  });
});
