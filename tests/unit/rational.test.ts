import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, divide, fromFraction, multiply, parseRational, rational, subtract, sum, toFraction } from '../../shared/domain/rational';

describe('exact rationals for rates and weights — money.md: never a float', () => {
  it('are kept in lowest terms with a positive denominator, so equal values have equal parts', () => {
    expect(rational(10, 100)).toEqual({ num: 1n, den: 10n });
    expect(rational(3, -6)).toEqual({ num: -1n, den: 2n });
    expect(rational(0, 7)).toEqual({ num: 0n, den: 1n });
  });

  it('refuse a zero denominator and parts that are not safe integers', () => {
    expect(() => rational(1, 0)).toThrow(RangeError);
    expect(() => rational(0.5, 1)).toThrow(RangeError);
    expect(() => divide(rational(1), rational(0))).toThrow(RangeError);
  });

  it('add, subtract, multiply and divide exactly: 1/3 + 1/6 = 1/2, 5% of 2/3 = 1/30', () => {
    expect(add(rational(1, 3), rational(1, 6))).toEqual(rational(1, 2));
    expect(subtract(rational(1, 3), rational(1, 2))).toEqual(rational(-1, 6));
    expect(multiply(rational(5, 100), rational(2, 3))).toEqual(rational(1, 30));
    expect(divide(rational(1, 2), rational(3, 4))).toEqual(rational(2, 3));
    expect(sum([rational(5, 100), rational(5, 100), rational(5, 100)])).toEqual(rational(3, 20));
  });

  it('compare without rounding: 2/3 is below 6667/10000, equal to 4/6', () => {
    expect(compare(rational(2, 3), rational(6667, 10_000))).toBe(-1);
    expect(compare(rational(4, 6), rational(2, 3))).toBe(0);
    expect(compare(rational(1, 2), rational(-1, 2))).toBe(1);
  });

  it('read "5", "37.5", "-0.25" and "1/2" as the scenario file writes them (rules/surplus.md)', () => {
    expect(parseRational('5')).toEqual(rational(5));
    expect(parseRational('37.5')).toEqual(rational(75, 2));
    expect(parseRational('-0.25')).toEqual(rational(-1, 4));
    expect(parseRational(' 1/2 ')).toEqual(rational(1, 2));
    for (const bad of ['', '1/0', '1.2.3', '5%', 'abc', '.5']) expect(parseRational(bad)).toBeNull();
  });

  it('convert to and from the JSON-safe fraction', () => {
    expect(toFraction(fromFraction({ num: 50, den: 1000 }))).toEqual({ num: 1, den: 20 });
    expect(() => toFraction(rational(2n ** 60n, 1n))).toThrow(RangeError);
  });

  it('addition is exact: (a + b) − b = a for any rationals (property, seed 42)', () => {
    const r = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e9 })).map(([n, d]) => rational(n, d));
    fc.assert(
      fc.property(r, r, (a, b) => {
        expect(subtract(add(a, b), b)).toEqual(a);
      }),
      { seed: 42, verbose: true },
    );
  });
});
