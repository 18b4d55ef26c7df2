import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../renderer/src/i18n/format';
import { minorDigitsOf, type CurrencyCode } from '../../shared/domain/currency';

/** Intl separates symbol and amount with (narrow) no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ');

/** The coop's currency as stored: its digits from the ISO 4217 table. */
const coop = (currency: CurrencyCode) => ({ currency, minorDigits: minorDigitsOf(currency) });

describe('formatMoney: integer minor units in the reader’s locale, with the coop’s stored digits — money.md', () => {
  it.each([
    [123456, 'ARS', 'es-AR', '$ 1.234,56'],
    [-123456, 'ARS', 'es-AR', '-$ 1.234,56'],
    [0, 'ARS', 'es-AR', '$ 0,00'],
    [123456, 'BRL', 'pt-BR', 'R$ 1.234,56'],
    [-5, 'BRL', 'pt-BR', '-R$ 0,05'],
    [12345678, 'EUR', 'es', '123.456,78 €'],
    [123456, 'USD', 'en', '$1,234.56'],
    [-123456, 'USD', 'en', '-$1,234.56'],
  ] as const)('%i %s in %s', (minor, currency, locale, expected) => {
    expect(plain(formatMoney(minor, coop(currency), locale))).toBe(expected);
  });

  it('reads zero-decimal currencies as whole units (CLP and PYG have no minor unit in ISO 4217)', () => {
    expect(plain(formatMoney(1234, coop('CLP'), 'es-CL'))).toBe('$1.234');
    expect(plain(formatMoney(-1234, coop('CLP'), 'es-CL'))).toBe('$-1.234');
    expect(plain(formatMoney(1234567, coop('PYG'), 'es'))).toBe('1.234.567 PYG');
  });

  it('the digits are the stored ones, not Intl’s: a coop whose books count COP in cents shows the cents', () => {
    expect(plain(formatMoney(123456, { currency: 'COP', minorDigits: 2 }, 'es-CO'))).toBe('$ 1.234,56');
    expect(plain(formatMoney(123456, { currency: 'COP', minorDigits: 0 }, 'es-CO'))).toBe('$ 123.456');
  });

  it('keeps every cent of the largest safe amount (no float division)', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, coop('USD'), 'en')).toBe('$90,071,992,547,409.91');
  });

  it('refuses amounts that are not safe integers of minor units (UNSAFE_AMOUNT)', () => {
    expect(() => formatMoney(10.5, coop('USD'), 'en')).toThrow(expect.objectContaining({ code: 'UNSAFE_AMOUNT' }));
    expect(() => formatMoney(2 ** 53, coop('USD'), 'en')).toThrow(expect.objectContaining({ code: 'UNSAFE_AMOUNT' }));
  });
});

describe('formatDate: calendar dates are not shifted by the time zone', () => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    process.env.TZ = original;
  });

  it('runs in a UTC-negative zone, where UTC midnight is still the previous day', () => {
    expect(new Date(Date.UTC(2024, 0, 1)).getDate()).toBe(31);
  });

  it.each([
    ['2024-01-01', 'en', 'Jan 1, 2024'],
    ['2024-01-01', 'es', '1 ene 2024'],
    ['2024-03-01', 'pt-BR', '1 de mar. de 2024'],
    ['2023-12-31', 'es-AR', '31 dic 2023'],
  ])('%s in %s → %s', (iso, locale, expected) => {
    expect(plain(formatDate(iso, locale))).toBe(expected);
  });

  it('leaves text that is not an ISO date as it is', () => {
    expect(formatDate('01/02/2024', 'es')).toBe('01/02/2024');
  });
});

describe('formatPercent and formatNumber', () => {
  it('shows exact fractions as percentages with at most two decimals', () => {
    expect(plain(formatPercent({ num: 2, den: 3 }, 'es'))).toBe('66,67 %');
    expect(formatPercent({ num: 5, den: 100 }, 'en')).toBe('5%');
    expect(plain(formatPercent({ num: 725, den: 10_000 }, 'pt-BR'))).toBe('7,25%');
  });

  it('groups digits the locale’s way', () => {
    expect(formatNumber(10000, 'es-AR')).toBe('10.000');
    expect(formatNumber(10000, 'en')).toBe('10,000');
  });
});
