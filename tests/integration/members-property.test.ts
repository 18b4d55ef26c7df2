/**
 * Hostile input thrown at every members.* method through the real dispatcher and handlers over a
 * temp-file database: nothing throws past the dispatcher, every refusal is a typed error with a
 * message, and a refused call changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllDomains } from '../../electron/services/domains';
import { contract, type Method } from '../../shared/contract';
import { errorCodes } from '../../shared/contract/errors';
import { memberStatuses } from '../../shared/domain/members';
import { useTempDir } from './helpers';
import { memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();
const RUNS = 100;

const memberMethods = Object.keys(contract).filter((m): m is Method => m.startsWith('members.'));

/** A valid input per method: the starting point the mutations break. */
const validInputs: Record<string, Record<string, unknown>> = {
  'members.list': { search: 'a', statuses: ['active'], category: null, sort: 'lastNames', direction: 'asc', offset: 0, limit: 10 },
  'members.categories': {},
  'members.get': { id: 1 },
  'members.history': { id: 1 },
  'members.auditTrail': { id: 1 },
  'members.register': {},
  'members.nextNumber': {},
  'members.create': { ...memberInput(), memberNumber: null, status: 'applicant' },
  'members.update': { ...memberInput(), id: 1, expectedUpdatedAt: null },
  'members.changeStatus': { id: 1, status: 'on_leave', date: '2021-01-01', cause: null, resolution: null },
  'members.remove': { id: 1 },
  'members.importPreview': { fileBase64: '', mapping: null },
  'members.importCommit': { fileBase64: '', mapping: null },
  'members.export': { format: 'csv' },
  'members.printBook': { locale: 'es' },
};

const pollution = () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;

/** Values of the wrong type for a field that holds `sample`. */
function wrongTypeFor(sample: unknown): fc.Arbitrary<unknown> {
  const notAString = fc.oneof(
    fc.constant(Number.NaN),
    fc.constant(Number.POSITIVE_INFINITY),
    fc.constant(Number.NEGATIVE_INFINITY),
    fc.integer(),
    fc.boolean(),
    fc.constant({}),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.constant(pollution()),
  );
  if (sample === null) {
    // A nullable field may hold a string, a number or an object (a column mapping); never these.
    return fc.oneof(fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.boolean(), fc.array(fc.integer(), { minLength: 1, maxLength: 3 }));
  }
  if (typeof sample === 'number') {
    // Fractions that are never a valid quarter hour (0.25, 0.5 and 0.75 are valid weekly hours).
    return fc.oneof(fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.constant(-1e308), fc.double({ min: 0.1, max: 0.9 }).filter((x) => !Number.isInteger(x * 4)), fc.string(), fc.boolean(), fc.constant(pollution()));
  }
  return notAString;
}

/** A valid input broken on purpose: one field of the wrong type, or a key the contract does not know. */
function brokenInput(method: string): fc.Arbitrary<unknown> {
  const base = validInputs[method]!;
  const keys = Object.keys(base);
  const extraKey = fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'id2', 'x'.repeat(300)), fc.anything())
    .map(([key, value]) => {
      const input: Record<string, unknown> = { ...base };
      Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
      return input;
    });
  if (keys.length === 0) return extraKey;
  const wrongField = fc
    .constantFrom(...keys)
    .chain((key) => wrongTypeFor(base[key]).map((value) => ({ ...base, [key]: value })));
  const notAnObject = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string(), fc.integer(), fc.array(fc.anything(), { maxLength: 3 }));
  return fc.oneof(wrongField, extraKey, notAnObject);
}

const unicodeText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
const isoDay = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Well-typed inputs with hostile content: huge or odd unicode text, negative or huge numbers, unknown ids. */
function wellTypedInput(method: string): fc.Arbitrary<unknown> {
  const base = validInputs[method]!;
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
  it.each(memberMethods)('%s refuses badly typed input with BAD_INPUT and changes nothing', { timeout: 120_000 }, async (method) => {
    const s = await openMembersSession(tempDir());
    await s.dispatch('members.create', memberInput({ status: 'active', nationalId: '1' }));
    const before = s.counts();
    await fc.assert(
      fc.asyncProperty(brokenInput(method), async (input) => {
        const result = await s.dispatch(method, input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('BAD_INPUT');
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(s.counts()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

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
    expect(await checkAllDomains(s.ctx())).toEqual({ ok: true, problems: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
