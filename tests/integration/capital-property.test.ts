/**
 * Random and hostile input thrown at every capital.* method through the real dispatcher and handlers
 * (issue 7, "Bad input"): nothing throws past the dispatcher, every refusal is a typed error whose key is in
 * the catalogue, a refused call writes nothing, and the books still pass check afterwards. The seed is the
 * suite's fixed one (MINGA_SEED replays a failure).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllDomains } from '../../electron/services/domains';
import { contract, type Method } from '../../shared/contract';
import { errorCodes } from '../../shared/contract/errors';
import { translate } from '../../shared/i18n/catalogue';
import { openCapitalSession } from './capital-session';
import { contractSamples } from './contract-samples';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const RUNS = 60;

const capitalMethods = Object.keys(contract).filter((m): m is Method => m.startsWith('capital.'));
const allowedCodes = new Set<string>(errorCodes.filter((c) => c !== 'INTERNAL'));

const isoDay = fc.date({ min: new Date('1899-01-01'), max: new Date('2101-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const hostileText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constant('x'.repeat(50_000)), fc.constant('\u0000\u202e'), fc.constant("'; DROP TABLE capital_operation; --"));
/** Amounts as people mistype them: text in the wrong locale, negatives, fractions, beyond the safe range. */
const hostileAmount = fc.oneof(
  fc.integer({ min: -1_000_000, max: 5_000_000 }),
  fc.constantFrom('1.234,56', '1,234.56', '12,5', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 0.5, -0, Number.NaN, Infinity),
);

/** The method's sample with each field replaced by a hostile value of a matching kind. */
function hostileInput(method: Method): fc.Arbitrary<unknown> {
  const base = contractSamples[method] as Record<string, unknown>;
  return fc
    .record({ text: hostileText, id: fc.oneof(fc.integer({ min: -3, max: 6 }), fc.constant(Number.MAX_SAFE_INTEGER)), amount: hostileAmount, day: fc.oneof(isoDay, fc.constant('2023-02-29')), count: fc.integer({ min: -2, max: 200 }) })
    .map(({ text, id, amount, day, count }) => {
      const input: Record<string, unknown> = { ...base };
      for (const [key, value] of Object.entries(base)) {
        if (/Id$|^id$|Number$/.test(key)) input[key] = id;
        else if (/Minor$/.test(key)) input[key] = amount;
        else if (/[dD]ate$|^from$|^to$|^asOf$/.test(key)) input[key] = day;
        else if (key === 'instalments' || key === 'shares' || key === 'year' || key === 'firstFolio') input[key] = count;
        else if (key === 'planMinor') input[key] = [amount, amount];
        else if (key === 'fileBase64') input[key] = Buffer.from(`memberNumber,class,subscribed,paid,date\n${id},${text},${String(amount)},1,${day}\n`).toString('base64');
        else if (typeof value === 'string' && !['method', 'refundRight'].includes(key)) input[key] = text;
      }
      return input;
    });
}

describe('capital.* under random and hostile input', () => {
  it.each(capitalMethods)('%s answers with a result or a typed refusal, and a refusal writes nothing', { timeout: 180_000 }, async (method) => {
    const s = await openCapitalSession(tempDir());
    // Something to act on: a subscription with a payment, and a member who left with a refund.
    await s.subscribe(s.members[0]!.id);
    await s.subscribe(s.members[1]!.id, { paidNowMinor: 200_000 });
    await s.must('members.changeStatus', { id: s.members[1]!.id, status: 'resigned', date: '2025-01-31', cause: 'Renuncia', resolution: null });
    await s.must('capital.requestRefund', { memberId: s.members[1]!.id, date: '2025-02-01' });
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileInput(method), fc.anything({ withNullPrototype: true })), async (input) => {
        const before = s.writes();
        const result = await s.dispatch(method, input);
        if (result.ok) return;
        expect(allowedCodes.has(result.error.code), `${result.error.code}: ${result.error.message}`).toBe(true);
        expect(result.error.message.trim().length).toBeGreaterThan(0);
        if (result.error.key.startsWith('capital:')) expect(translate('es', result.error.key, result.error.params ?? {})).not.toBe(result.error.key);
        expect(s.writes()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });
  });
});
