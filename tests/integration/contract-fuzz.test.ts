/**
 * Every contract method, through the real dispatcher and handlers over a temp-file database, refuses
 * badly typed input with BAD_INPUT and a message, never INTERNAL, and writes nothing (architecture.md:
 * "bad input → BAD_INPUT with field-level messages"; issue 5: fuzz every method, coop.update included).
 * The inputs are badly typed by construction (wrong-types.ts reads each schema's structure).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, type Method } from '../../shared/contract';
import { contractSamples } from './contract-samples';
import { useTempDir } from './helpers';
import { memberInput, openMembersSession } from './members-session';
import { badlyTyped, spots } from './wrong-types';

const tempDir = useTempDir();
const RUNS = 60;
const methods = Object.keys(contract) as Method[];

type Handle = ReturnType<Awaited<ReturnType<typeof openMembersSession>>['handle']>;

/** Rows in every table, so a write anywhere (including tables added after this test) shows. */
function rowCounts(handle: Handle): Record<string, number> {
  const tables = handle.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, handle.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

describe('every contract method under badly typed input', () => {
  it('every method has a sample, and every sample is valid input (else the fuzz below proves nothing)', () => {
    expect(Object.keys(contractSamples).sort()).toEqual([...methods].sort());
    for (const method of methods) {
      const parsed = contract[method].input.safeParse(contractSamples[method]);
      expect(parsed.error?.issues ?? [], method).toEqual([]);
    }
  });

  it('coop.update can be broken field by field, down to the statute funds (where the 0% bypass hid)', () => {
    const paths = spots(contract['coop.update'].input, contractSamples['coop.update']).map((s) => s.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'statute', 'statute.quorum', 'statute.funds', 'statute.funds.0', 'statute.funds.0.percent']));
  });

  it.each(methods)('%s answers BAD_INPUT with a message, never INTERNAL, and writes nothing', { timeout: 120_000 }, async (method) => {
    const s = await openMembersSession(tempDir());
    await s.dispatch('members.create', memberInput({ status: 'active', nationalId: '1' }));
    const before = rowCounts(s.handle());
    await fc.assert(
      fc.asyncProperty(badlyTyped(contract[method].input, contractSamples[method]), async (input) => {
        const result = await s.dispatch(method, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/\S/) } });
        expect(rowCounts(s.handle())).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    s.session.close();
  });
});
