/**
 * Well-typed but hostile input thrown at every members.* method through the real dispatcher and handlers
 * over a temp-file database: nothing throws past the dispatcher, every refusal is a typed error with a
 * message, and a refused call changes nothing. Badly typed input, for every method of the contract, is
 * contract-fuzz.test.ts's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllDomains } from '../../electron/services/domains';
import { contract, type Method } from '../../shared/contract';
import { errorCodes } from '../../shared/contract/errors';
import { memberStatuses } from '../../shared/domain/members';
import { useTempDir } from './helpers';
import { contractSamples } from './contract-samples';
import { memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();
const RUNS = 100;

const memberMethods = Object.keys(contract).filter((m): m is Method => m.startsWith('members.'));

const unicodeText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
const isoDay = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Well-typed inputs with hostile content: huge or odd unicode text, negative or huge numbers, unknown ids. */
function wellTypedInput(method: Method): fc.Arbitrary<unknown> {
  const base = contractSamples[method] as Record<string, unknown>;
  return fc
    .record({
      text: fc.oneof(unicodeText(40), fc.constant('x'.repeat(100_000)), fc.constant('\u0000\u202e\uFEFF'), fc.constant("'; DROP TABLE member; --")),
      id: fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constant(Number.MAX_SAFE_INTEGER)),
      number: fc.oneof(fc.integer({ min: -1_000_000, max: 200_000_000 }), fc.double({ min: -1, max: 200, noNaN: true })),
      day: fc.oneof(isoDay, fc.constant('2021-02-29'), fc.constant('not a date')),
      status: fc.constantFrom(...memberStatuses),
      initialStatus: fc.constantFrom('applicant', 'trial', 'active'),
    })
    .map(({ text, id, number, day, status, initialStatus }) => {
      const input: Record<string, unknown> = { ...base };
      for (const [key, value] of Object.entries(base)) {
        if (key === 'id') input[key] = id;
        else if (key === 'status') input[key] = method === 'members.create' ? initialStatus : status;
        else if (key === 'date' || key === 'joinDate' || key === 'birthDate') input[key] = day;
        else if (typeof value === 'number') input[key] = number;
        else if (typeof value === 'string' && !['sort', 'direction', 'format', 'locale', 'fileBase64'].includes(key)) input[key] = text;
        else if (key === 'fileBase64') input[key] = Buffer.from(text).toString('base64');
      }
      return input;
    });
}

const allowedCodes = new Set<string>(errorCodes.filter((c) => c !== 'INTERNAL'));

describe('members.* under hostile input', () => {
  it.each(memberMethods)('%s answers well-typed hostile input with a result or a typed refusal, never corrupting', { timeout: 120_000 }, async (method) => {
    const s = await openMembersSession(tempDir());
    await s.dispatch('members.create', memberInput({ status: 'active', nationalId: '1' }));
    await s.dispatch('members.create', memberInput({ lastNames: 'Peña', nationalId: '2' }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(wellTypedInput(method), fc.anything({ withNullPrototype: true, withObjectString: true })), async (input) => {
        const before = s.counts();
        const result = await s.dispatch(method, input);
        if (result.ok) return;
        expect(allowedCodes.has(result.error.code), `${result.error.code}: ${result.error.message}`).toBe(true);
        expect(result.error.message.trim().length).toBeGreaterThan(0);
        expect(s.counts()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
