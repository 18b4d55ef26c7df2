import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashAndRetained, instalments, money, MoneyRuleError, percentOf, residual, splitByWeights, type Money } from '../../shared/domain/money';
import { parseMoney } from '../../shared/domain/money-parse';
import { rational } from '../../shared/domain/rational';

const m = (n: number) => money(n);
const pct = (n: number) => ({ num: n, den: 100 });
/** Equal weights for members 1..n. */
const equal = (n: number, weight = 1) => Array.from({ length: n }, (_, i) => ({ memberNumber: i + 1, weight }));

describe('percentage of a base: round half away from zero, floor((2·base·n + d) / (2·d)) — money.md', () => {
  it('5% of 0.10 = 0.01 (0.005 rounds up)', () => expect(percentOf(m(10), pct(5))).toBe(1));
  it('5% of 0.09 = 0.00 (0.0045 rounds down)', () => expect(percentOf(m(9), pct(5))).toBe(0));
  it('20% of 0.03 = 0.01', () => expect(percentOf(m(3), pct(20))).toBe(1));
  it('a negative base rounds away from zero too (−0.10 at 5% is −0.01)', () => expect(percentOf(m(-10), pct(5))).toBe(-1));
  it('an exact rational rate keeps every digit: 2/3 of 1.00 is 0.67', () => expect(percentOf(m(100), rational(2, 3))).toBe(67));
  it('does not overflow on the largest safe amount at a fine rate', () => {
    expect(percentOf(m(Number.MAX_SAFE_INTEGER), { num: 999_999, den: 1_000_000 })).toBe(9_007_190_247_541_736);
  });
  it('matches the formula for every base ≥ 0 and rate n/d (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (base, n, d) => {
        const expected = (2n * BigInt(base) * BigInt(n) + BigInt(d)) / (2n * BigInt(d));
        expect(BigInt(percentOf(m(base), { num: n, den: d }))).toBe(expected);
      }),
      { seed: 42, verbose: true },
    );
  });
  it('the public example: 5% of 1,000,000.00 excedentes repartibles is 50,000.00 (Ley 20.337 art. 42)', () => {
    expect(percentOf(m(100_000_000), pct(5))).toBe(5_000_000);
  });
});

describe('residual: the last step is what is left, never rounded on its own — money.md', () => {
  it('base minus the earlier steps, so the parts add up to the whole', () => {
    expect(residual(m(125_000_000), [m(15_000_000), m(10_000_000), m(5_000_000), m(5_000_000), m(5_000_000), m(11_000_000)])).toBe(74_000_000);
  });
});

describe('split by weights: largest remainder, ties to the lower member number — money.md unit cases', () => {
  it('1.00 over 3 equal hours → M1 0.34, M2 0.33, M3 0.33', () => expect(splitByWeights(m(100), equal(3))).toEqual([34, 33, 33]));
  it('0.02 over 3 equal hours → M1 0.01, M2 0.01, M3 0.00', () => expect(splitByWeights(m(2), equal(3))).toEqual([1, 1, 0]));
  it('100.00 over hours 1,1,1 and a member with 0 hours → 33.34, 33.33, 33.33, 0.00', () => {
    const weights = [...equal(3), { memberNumber: 4, weight: 0 }];
    expect(splitByWeights(m(10_000), weights)).toEqual([3334, 3333, 3333, 0]);
  });
  it('1,000.00 over hours M1=1, M2=2 → M2 666.67, M1 333.33', () => {
    expect(splitByWeights(m(100_000), [{ memberNumber: 1, weight: 1 }, { memberNumber: 2, weight: 2 }])).toEqual([33_333, 66_667]);
  });
  it('−0.05 (a loss) over 3 equal hours → −0.02, −0.02, −0.01 (split as its absolute value, negated)', () => {
    expect(splitByWeights(m(-5), equal(3))).toEqual([-2, -2, -1]);
  });
  it('ties go to the lower member number whatever the input order', () => {
    const shares = [3, 1, 2].map((memberNumber) => ({ memberNumber, weight: 1 }));
    expect(splitByWeights(m(100), shares)).toEqual([33, 34, 33]);
  });
  it('rational weights (a blend of hours and pay) split exactly', () => {
    const shares = [
      { memberNumber: 1, weight: rational(1, 3) },
      { memberNumber: 2, weight: rational(2, 3) },
    ];
    expect(splitByWeights(m(100_000), shares)).toEqual([33_333, 66_667]);
  });
  it('all weights zero is an error the user sees (ALL_WEIGHTS_ZERO), not a division by zero', () => {
    expect(() => splitByWeights(m(100), equal(3, 0))).toThrow(expect.objectContaining({ code: 'ALL_WEIGHTS_ZERO' }));
    expect(() => splitByWeights(m(100), [])).toThrow(MoneyRuleError);
  });
  it('a negative weight is refused (NEGATIVE_WEIGHT)', () => {
    expect(() => splitByWeights(m(100), [{ memberNumber: 1, weight: -1 }, { memberNumber: 2, weight: 2 }])).toThrow(
      expect.objectContaining({ code: 'NEGATIVE_WEIGHT' }),
    );
  });
  it('the public example: 740,000.00 by hours 1800/1750/1200/640/410 (rules/surplus.md)', () => {
    const hours = [1800, 1750, 1200, 640, 410].map((weight, i) => ({ memberNumber: i + 1, weight }));
    const returns = splitByWeights(m(74_000_000), hours);
    expect(returns).toEqual([22_965_517, 22_327_586, 15_310_345, 8_165_517, 5_231_035]);
    const split = returns.map((r) => cashAndRetained(r, pct(60)));
    expect(split.map((s) => s.cash)).toEqual([13_779_310, 13_396_552, 9_186_207, 4_899_310, 3_138_621]);
    expect(split.map((s) => s.retained)).toEqual([9_186_207, 8_931_034, 6_124_138, 3_266_207, 2_092_414]);
  });

  const weights = fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 40 }).filter((w) => w.some((x) => x > 0));
  const total = fc.integer({ min: -(10 ** 13), max: 10 ** 13 });

  it('always adds up to the total, to the cent (property, seed 42)', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const shares = splitByWeights(m(t), ws.map((weight, i) => ({ memberNumber: i + 1, weight })));
        expect(shares.reduce((a, b) => a + b, 0)).toBe(t);
      }),
      { seed: 42, verbose: true },
    );
  });

  it('each share is within one cent of its exact quota, a zero weight gets nothing, signs follow the total (property, seed 42)', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const shares = splitByWeights(m(t), ws.map((weight, i) => ({ memberNumber: i + 1, weight })));
        const whole = BigInt(ws.reduce((a, b) => a + b, 0));
        shares.forEach((share, i) => {
          const exact = BigInt(Math.abs(t)) * BigInt(ws[i]!);
          const magnitude = BigInt(Math.abs(share)) * whole;
          expect(magnitude >= exact - whole && magnitude <= exact + whole).toBe(true);
          if (ws[i] === 0) expect(share).toBe(0);
          if (share !== 0) expect(Math.sign(share)).toBe(Math.sign(t));
        });
      }),
      { seed: 42, verbose: true },
    );
  });
});

describe('cash vs retained and instalments — money.md', () => {
  it('cash = round-half-up(amount × cash%), retained = amount − cash', () => {
    expect(cashAndRetained(m(5), pct(50))).toEqual({ cash: 3, retained: 2 });
    expect(cashAndRetained(m(100), pct(0))).toEqual({ cash: 0, retained: 100 });
  });
  it('n equal parts floor(total/n), the last takes the remainder', () => {
    expect(instalments(m(1000), 3)).toEqual([333, 333, 334]);
    expect(instalments(m(2), 3)).toEqual([0, 0, 2]);
    expect(instalments(m(-1000), 3)).toEqual([-333, -333, -334]);
    expect(() => instalments(m(1000), 0)).toThrow(expect.objectContaining({ code: 'NO_INSTALMENTS' }));
  });
  it('instalments always add up to the total (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: 1, max: 120 }), (t, n) => {
        const parts = instalments(m(t), n);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(t);
      }),
      { seed: 42, verbose: true },
    );
  });
});

describe('the safe-integer guard — money.md', () => {
  it('accepts safe integers and refuses fractions, NaN and amounts beyond 2^53 − 1 (UNSAFE_AMOUNT)', () => {
    expect(money(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of [0.5, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => money(bad)).toThrow(expect.objectContaining({ code: 'UNSAFE_AMOUNT' }));
    }
    expect(() => money(2n ** 53n)).toThrow(MoneyRuleError);
  });
  it('a residual that leaves the safe range is refused, not rounded', () => {
    expect(() => residual(m(Number.MAX_SAFE_INTEGER), [m(-1)])).toThrow(expect.objectContaining({ code: 'UNSAFE_AMOUNT' }));
  });
});

describe('the locale-aware parser — money.md "Input and display"', () => {
  const parsed = (text: string, locale: string, digits = 2) => {
    const result = parseMoney(text, locale, digits);
    return result.ok ? result.value : result.reason;
  };

  it.each([
    ['1.234,56', 'es', 123456],
    ['1.234,56', 'pt-BR', 123456],
    ['1,234.56', 'en', 123456],
    ['1234,56', 'es', 123456],
    ['1234.5', 'en', 123450],
    ['-0,05', 'es', -5],
    ['  1 234,56 ', 'es', 123456],
    ['1\u202f234,56', 'pt-BR', 123456],
    [',5', 'es', 50],
    ['1.234.567', 'es', 123456700],
    ['0', 'en', 0],
  ])('%j in %s is %i minor units', (text, locale, minor) => expect(parsed(text, locale)).toBe(minor as Money));

  it.each([
    ['1.234,56', 'en', 'ambiguous_separator'],
    ['1,234.56', 'es', 'ambiguous_separator'],
    ['12,50', 'en', 'ambiguous_separator'],
    ['12.5', 'es', 'ambiguous_separator'],
    ['1.234', 'en', 'ambiguous_separator'],
    ['1,234', 'pt-BR', 'ambiguous_separator'],
    ['1.234.567', 'en', 'ambiguous_separator'],
    ['1,2345', 'es', 'too_many_decimals'],
    ['12,34,567', 'en', 'grouping'],
    ['1.23.456', 'es', 'grouping'],
    ['', 'es', 'empty'],
    ['12a', 'en', 'invalid'],
    ['1\n2', 'en', 'invalid'],
    ['--5', 'en', 'invalid'],
    ['$ 5', 'en', 'invalid'],
    ['1,', 'es', 'invalid'],
    ['99999999999999999', 'en', 'too_large'],
  ])('%j in %s is refused: %s', (text, locale, reason) => expect(parsed(text, locale)).toBe(reason));

  it('a currency without minor units (CLP, PYG) takes whole amounts only', () => {
    expect(parsed('1.234', 'es', 0)).toBe(1234);
    expect(parsed('1,5', 'es', 0)).toBe('too_many_decimals');
  });

  it('a refusal says which separator is the decimal one and how many decimals fit, for the message', () => {
    expect(parseMoney('1,2345', 'es', 2)).toEqual({ ok: false, reason: 'too_many_decimals', decimal: ',', digits: 2 });
  });

  it('reads back every amount it formats plainly in each locale (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), fc.constantFrom('es', 'pt-BR', 'en'), (minor, locale) => {
        const text = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'de-DE', { minimumFractionDigits: 2, useGrouping: true }).format(
          Number(minor) / 100,
        );
        // Floats are used here only to make test input; amounts below 10^13 cents print exactly.
        expect(parsed(text, locale)).toBe(minor);
      }),
      { seed: 42, verbose: true },
    );
  });
});
