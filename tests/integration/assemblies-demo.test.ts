/**
 * The demo's assemblies (issue 8, "Demo"): past ordinary assemblies and council meetings over the demo
 * years, with attendance, votes of all three modes and a finalised minutes book, that pass `check`; and the
 * step stays a small part of the 10,000-member demo's time.
 */
import { describe, expect, it } from 'vitest';
import { inOneTransaction } from '../../electron/services/core';
import { DEMO_SIZE } from '../../electron/services/members';
import { checkAllDomains, domains } from '../../electron/services/domains';
import { setupCoop } from '../../electron/services/coop/profile';
import { useTempDir } from './helpers';
import { openMembersSession } from './members-session';
import { argentineCoop } from './helpers';

const tempDir = useTempDir();

async function demoUpToAssemblies(members: number, years: number) {
  const s = await openMembersSession(tempDir(), { coop: false });
  await setupCoop(s.ctx(), argentineCoop, { isDemo: true });
  const options = { members, years, locale: 'es' as const, seed: 3 };
  let assembliesMs = 0;
  // One transaction, as coop.setupDemo and `minga demo` run it; the domains after assemblies add nothing it needs.
  const upToAssemblies = domains.slice(0, domains.findIndex((d) => d.name === 'assemblies') + 1);
  await inOneTransaction(s.ctx(), async (ctx) => {
    for (const domain of upToAssemblies) {
      const started = performance.now();
      await domain.demo?.(ctx, options);
      if (domain.name === 'assemblies') assembliesMs = performance.now() - started;
    }
  });
  return { s, assembliesMs };
}

describe('the demo cooperative has lived assemblies', () => {
  it('ordinary assemblies and council meetings over the years, votes by hands, roll call and secret ballot, a finalised book that passes check', { timeout: 120_000 }, async () => {
    const { s } = await demoUpToAssemblies(80, 3);
    const h = s.handle();
    const kinds = h.prepare("SELECT kind, count(*) AS n FROM assembly_meeting WHERE status = 'closed' GROUP BY kind ORDER BY kind").all();
    expect(kinds).toEqual([
      { kind: 'council', n: expect.any(Number) },
      { kind: 'ordinary', n: expect.any(Number) },
    ]);
    const modes = h.prepare('SELECT DISTINCT v.mode FROM assembly_vote v JOIN assembly_vote_result r ON r.vote_id = v.id ORDER BY v.mode').pluck().all();
    expect(modes).toEqual(['hands', 'roll_call', 'secret']);
    const book = h.prepare("SELECT number FROM assembly_minutes WHERE status = 'final' ORDER BY number").pluck().all() as number[];
    expect(book.length).toBeGreaterThanOrEqual(6);
    expect(book).toEqual(book.map((_, i) => i + 1));
    expect(h.prepare('SELECT count(*) FROM assembly_attendance').pluck().get()).toBeGreaterThan(50);
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });
    // A second demo on the same file (`minga demo` run twice) adds members, not a second set of assemblies.
    const meetings = h.prepare('SELECT count(*) FROM assembly_meeting').pluck().get();
    const assemblies = domains.find((d) => d.name === 'assemblies')!;
    await inOneTransaction(s.ctx(), (ctx) => assemblies.demo!(ctx, { members: 10, years: 1, locale: 'es', seed: 4 }));
    expect(h.prepare('SELECT count(*) FROM assembly_meeting').pluck().get()).toBe(meetings);
  });

  it(`adds its part to the ${DEMO_SIZE.members.toLocaleString('en')}-member demo in a few seconds`, { timeout: 180_000 }, async () => {
    const { assembliesMs } = await demoUpToAssemblies(DEMO_SIZE.members, DEMO_SIZE.years);
    console.log(`the assemblies demo step took ${(assembliesMs / 1000).toFixed(2)} s for ${DEMO_SIZE.members} members`);
    expect(assembliesMs).toBeLessThan(6_000);
  });
});
