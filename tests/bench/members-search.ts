/**
 * Search as a person types, measured the way the register asks for it: one members.list call per
 * keystroke (count + the first page of 100, sorted by surname) over a demo register of 10,000 and of
 * 100,000 members. The aims come from issue 6: p95 under 50 ms at 10,000 and under 100 ms at 100,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { demoIdentity, generateDemo } from '../../electron/services/members/demo';
import { listMembers } from '../../electron/services/members/register';
import { figure, percentile, timeOnceAsync, type Figure } from './stats';

/** The register's page size (renderer/src/screens/members/use-member-pages.ts). */
const PAGE_SIZE = 100;

/** What people type into the search box, a keystroke at a time: names in any order, accents or not, ids. */
const typedSearches = ['maría gonzález', 'gonzalez maria', 'fernández lu', 'sosa', 'ramírez juan', '27.345', '20345678', 'ez'];

/** The p95 a keystroke may take at each size (issue 6). */
export const searchAims: Record<number, number> = { 10_000: 50, 100_000: 100 };

function keystrokes(): string[] {
  return typedSearches.flatMap((text) => [...text].map((_, i) => text.slice(0, i + 1)));
}

/** p50 and p95 per keystroke over a demo register of `members`, compared with the aim for that size. */
export async function membersSearchFigures(members: number, options: { rounds?: number } = {}): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-search-bench-'));
  try {
    const session = await openDatabaseSession({ path: join(dir, 'search.sqlite'), actor: 'bench' });
    const ctx = session.ctx();
    await setupCoop(ctx, demoIdentity('es'));
    await generateDemo(ctx, { members, years: 10, locale: 'es', seed: 17 });
    const typed = keystrokes();
    const input = (search: string) => ({ search, statuses: [], category: null, sort: 'lastNames' as const, direction: 'asc' as const, offset: 0, limit: PAGE_SIZE });
    for (const search of typed) await listMembers(ctx, input(search)); // warm the page cache
    const samples: number[] = [];
    for (let round = 0; round < (options.rounds ?? 3); round++) {
      for (const search of typed) samples.push(await timeOnceAsync(() => listMembers(ctx, input(search))));
    }
    session.close();
    const aim = searchAims[members] ?? 100;
    const size = members.toLocaleString('en');
    return [
      figure(`search per keystroke over ${size} members (page of ${PAGE_SIZE} by surname), p50`, percentile(samples, 50), 'ms', 'issue 6 aim for the p95', aim, 1),
      figure(`search per keystroke over ${size} members (page of ${PAGE_SIZE} by surname), p95`, percentile(samples, 95), 'ms', 'issue 6 aim for the p95', aim, 1),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `npm run bench` calls: the search figures at 10,000 and 100,000 members. */
export async function runMembersSearchBench(sizes: readonly number[] = [10_000, 100_000]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const members of sizes) figures.push(...(await membersSearchFigures(members)));
  return figures;
}
