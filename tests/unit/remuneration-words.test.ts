/**
 * The amount in words on a payslip (issue 9, "Payslips … with the amount in words in the coop's language"):
 * Spanish with the cents as a fraction ("… pesos con 00/100"), Brazilian Portuguese in full ("… reais e
 * cinquenta centavos"), English as a cheque writes it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyCodes } from '../../shared/domain/currency';
import { amountInWords, PayRuleError } from '../../shared/domain/remuneration';

const es = (minor: number, currency = 'ARS') => amountInWords(minor, currency, 'es');
const pt = (minor: number, currency = 'BRL') => amountInWords(minor, currency, 'pt-BR');
const en = (minor: number, currency = 'USD') => amountInWords(minor, currency, 'en');

describe('Spanish', () => {
  it('writes the public example’s 1,766,400.00 as the rules document does', () => {
    expect(es(176_640_000)).toBe('un millón setecientos sesenta y seis mil cuatrocientos pesos con 00/100');
  });

  it('0, 1, 21, 100, 101 and the cents', () => {
    expect(es(0)).toBe('cero pesos con 00/100');
    expect(es(100)).toBe('un peso con 00/100');
    expect(es(2_100)).toBe('veintiún pesos con 00/100');
    expect(es(10_000)).toBe('cien pesos con 00/100');
    expect(es(10_100)).toBe('ciento un pesos con 00/100');
    expect(es(1_999)).toBe('diecinueve pesos con 99/100');
  });

  it('"uno" drops to "un" before mil and millón, "mil" alone is never "un mil", a round million takes "de"', () => {
    expect(es(2_100_000)).toBe('veintiún mil pesos con 00/100');
    expect(es(100_000)).toBe('mil pesos con 00/100');
    expect(es(100_000_000)).toBe('un millón de pesos con 00/100');
    expect(es(2_100_000_000)).toBe('veintiún millones de pesos con 00/100');
    expect(es(3_100_050_000)).toBe('treinta y un millones quinientos pesos con 00/100');
    expect(es(100_000_000_000)).toBe('mil millones de pesos con 00/100');
  });

  it('reaches a billón (10^12) and beyond', () => {
    expect(es(100_000_000_000_000)).toBe('un billón de pesos con 00/100');
    expect(es(123_456_789_012_345, 'USD')).toBe(
      'un billón doscientos treinta y cuatro mil quinientos sesenta y siete millones ochocientos noventa mil ciento veintitrés dólares con 45/100',
    );
  });

  it('agrees with a feminine currency (libras) and writes no cents for a currency without them (CLP)', () => {
    expect(es(2_100, 'GBP')).toBe('veintiuna libras con 00/100');
    expect(es(20_000_000, 'GBP')).toBe('doscientas mil libras con 00/100');
    expect(es(1_500, 'CLP')).toBe('mil quinientos pesos');
    expect(es(100, 'PEN')).toBe('un sol con 00/100');
    expect(es(200, 'PEN')).toBe('dos soles con 00/100');
  });
});

describe('Brazilian Portuguese', () => {
  it('writes 1,766,400.00 with the comma after milhão and "e" before a round hundred', () => {
    expect(pt(176_640_000)).toBe('um milhão, setecentos e sessenta e seis mil e quatrocentos reais');
  });

  it('0, 1, 21, 100, 101 and the centavos', () => {
    expect(pt(0)).toBe('zero reais');
    expect(pt(100)).toBe('um real');
    expect(pt(2_100)).toBe('vinte e um reais');
    expect(pt(10_000)).toBe('cem reais');
    expect(pt(10_100)).toBe('cento e um reais');
    expect(pt(150)).toBe('um real e cinquenta centavos');
    expect(pt(101)).toBe('um real e um centavo');
    expect(pt(50)).toBe('cinquenta centavos de real');
  });

  it('um milhão de reais; um milhão e quinhentos mil; mil e um; mil duzentos e trinta e quatro', () => {
    expect(pt(100_000_000)).toBe('um milhão de reais');
    expect(pt(150_000_000)).toBe('um milhão e quinhentos mil reais');
    expect(pt(100_100)).toBe('mil e um reais');
    expect(pt(123_400)).toBe('mil duzentos e trinta e quatro reais');
    expect(pt(2_000_000_000_00)).toBe('dois bilhões de reais');
  });

  it('reaches a trilhão (10^12), feminine currencies agree', () => {
    expect(pt(100_000_000_000_000)).toBe('um trilhão de reais');
    expect(pt(200_000, 'GBP')).toBe('duas mil libras');
    expect(pt(2_100, 'GBP')).toBe('vinte e uma libras');
    expect(pt(20_000_000, 'GBP')).toBe('duzentas mil libras');
  });
});

describe('English', () => {
  it('writes hyphenated tens and the cents as a fraction', () => {
    expect(en(0)).toBe('zero dollars and 00/100');
    expect(en(100)).toBe('one dollar and 00/100');
    expect(en(2_100)).toBe('twenty-one dollars and 00/100');
    expect(en(10_000)).toBe('one hundred dollars and 00/100');
    expect(en(176_640_000, 'ARS')).toBe('one million seven hundred sixty-six thousand four hundred pesos and 00/100');
    expect(en(100_000_000_000_000)).toBe('one trillion dollars and 00/100');
    expect(en(-2_550, 'EUR')).toBe('minus twenty-five euros and 50/100');
  });
});

describe('currencies', () => {
  it('names ARS, EUR, BRL, USD, UYU, CLP, COP, MXN, PEN and every currency a coop may keep, in every language', () => {
    for (const code of currencyCodes) {
      for (const locale of ['es', 'pt-BR', 'en'] as const) expect(amountInWords(200, code, locale)).not.toMatch(/undefined|\s\s/);
    }
    expect(['ARS', 'EUR', 'BRL', 'USD', 'UYU', 'CLP', 'COP', 'MXN', 'PEN'].map((c) => es(200, c).replace(/ con 00\/100$/, ''))).toEqual([
      'dos pesos', 'dos euros', 'dos reales', 'dos dólares', 'dos pesos', 'doscientos pesos', 'dos pesos', 'dos pesos', 'dos soles',
    ]);
  });

  it('refuses a currency it does not know', () => {
    expect(() => amountInWords(100, 'XYZ', 'es')).toThrow(PayRuleError);
  });
});

describe('every amount has its own words (property)', () => {
  it('two different amounts never read the same, in any language, up to the largest safe amount', () => {
    const amount = fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 10 ** 12 }));
    // Neighbours differ in one group of digits: the likeliest place for two amounts to read alike.
    const step = fc.oneof(fc.integer({ min: 1, max: 999 }), fc.constantFrom(1_000, 100_000, 10 ** 6, 10 ** 8, 10 ** 9, 10 ** 11, 10 ** 12));
    fc.assert(
      fc.property(amount, step, fc.constantFrom('es', 'pt-BR', 'en'), fc.constantFrom('ARS', 'BRL', 'CLP', 'GBP'), (a, delta, locale, currency) => {
        const b = a + delta;
        const [wa, wb] = [amountInWords(a, currency, locale), amountInWords(b, currency, locale)];
        expect(wa).not.toBe(wb);
        expect(wa).toMatch(/^[a-záéíóúñêâôãõç/0-9 ,-]+$/);
      }),
    );
  });
});
