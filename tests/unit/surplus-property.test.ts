/**
 * Properties of the waterfall (rules/surplus.md), for random years and memberships: the invariant (the
 * parts add up to the result to the cent), a member with zero weight gets no return, and doubling every
 * weight changes nothing. Seeded by tests/setup/fast-check-seed.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateScenario } from '../../shared/domain/surplus';

const cents = (n: number) => `${n < 0 ? '-' : ''}${Math.floor(Math.abs(n) / 100)}.${String(Math.abs(n) % 100).padStart(2, '0')}`;

const memberArb = fc.record({
  capital: fc.integer({ min: 0, max: 50_000_000 }),
  hours: fc.integer({ min: 0, max: 2_400 }),
  trialHours: fc.integer({ min: 0, max: 300 }),
  pay: fc.integer({ min: 0, max: 10_000_000 }),
  daysHeld: fc.integer({ min: 0, max: 365 }),
});

const yearArb = fc.record({
  members: fc.integer({ min: -50_000_000, max: 500_000_000 }),
  nonMembers: fc.integer({ min: 0, max: 50_000_000 }),
  priorLosses: fc.integer({ min: 0, max: 50_000_000 }),
  rate: fc.integer({ min: 0, max: 39 }),
  voluntary: fc.integer({ min: 0, max: 30 }),
  cash: fc.integer({ min: 0, max: 100 }),
  basis: fc.constantFrom('hours', 'pay', 'blend'),
  blend: fc.integer({ min: 0, max: 4 }),
  prorate: fc.boolean(),
  reserve: fc.integer({ min: 0, max: 20_000_000 }),
  people: fc.array(memberArb, { minLength: 1, maxLength: 25 }),
});

type Year = typeof yearArb extends fc.Arbitrary<infer T> ? T : never;

function scenario(y: Year, scale = 1) {
  return {
    framework: 'AR',
    currency: 'ARS',
    result: { members: cents(y.members), nonMembers: cents(y.nonMembers), priorLosses: cents(y.priorLosses), tax: '0.00' },
    policy: {
      nonMembers: { percent: '100', to: 'special reserve' },
      steps: [
        { kind: 'funds', of: 'base', funds: [{ name: 'reserva legal', percent: '5' }, { name: 'acción asistencial', percent: '5' }, { name: 'educación', percent: '5' }] },
        { kind: 'interest', rate: String(y.rate), cap: '39', prorateByDays: y.prorate },
        { kind: 'voluntary', percent: String(y.voluntary) },
      ],
      returns: { basis: y.basis, blend: `${y.blend}/4`, excludeTrialHours: true, minHours: 0, cashPercent: String(y.cash) },
      loss: { reserves: [{ name: 'reserva legal', balance: cents(y.reserve), percent: '100' }] },
    },
    members: y.people.map((p, i) => ({
      id: `M${i}`,
      capital: cents(p.capital),
      hours: p.hours * scale,
      trialHours: Math.min(p.trialHours, p.hours) * scale,
      pay: cents(p.pay * scale),
      daysHeld: p.daysHeld,
    })),
  };
}

/** A year every member can share: someone has weight, so the pool is never refused for want of weights. */
const sharedYear = yearArb.filter((y) => y.people.some((p) => p.hours > Math.min(p.trialHours, p.hours) && p.pay > 0));

describe('surplus waterfall properties (rules/surplus.md)', () => {
  it('the invariant: special + offset + funds + interest + voluntary + returns == total result, to the cent', () => {
    fc.assert(
      fc.property(sharedYear, (y) => {
        const answer = simulateScenario(scenario(y));
        expect(answer.check.equal).toBe(true);
        expect(answer.check.result).toBe(cents(y.members + y.nonMembers));
        for (const m of answer.members) expect(Math.round(Number(m.cash) * 100) + Math.round(Number(m.capitalised) * 100)).toBe(Math.round(Number(m.return) * 100));
      }),
      { numRuns: 300 },
    );
  });

  it('a member with zero weight gets a zero return, in surplus and in loss', () => {
    fc.assert(
      fc.property(sharedYear, (y) => {
        const people = [...y.people, { capital: 100_00, hours: 0, trialHours: 0, pay: 0, daysHeld: 365 }];
        const answer = simulateScenario(scenario({ ...y, people }));
        expect(Number(answer.members.at(-1)!.return)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('doubling every weight (hours and pay) changes no figure', () => {
    fc.assert(
      fc.property(sharedYear, (y) => {
        const once = simulateScenario(scenario(y));
        const twice = simulateScenario(scenario(y, 2));
        expect(twice.members.map((m) => m.return)).toEqual(once.members.map((m) => m.return));
        expect(twice.steps).toEqual(once.steps);
      }),
      { numRuns: 200 },
    );
  });
});
