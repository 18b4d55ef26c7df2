import { describe, expect, it } from 'vitest';
import { currencyCodes, isCurrencyCode, minorDigitsOf } from '../../shared/domain/currency';

describe('currency minor digits come from the ISO 4217 table, never from Intl — money.md', () => {
  it.each([
    ['ARS', 2],
    ['BRL', 2],
    ['EUR', 2],
    ['USD', 2],
    ['UYU', 2],
    ['COP', 2],
    ['PEN', 2],
    ['MXN', 2],
    ['BOB', 2],
    ['CLP', 0],
    ['PYG', 0],
  ] as const)('%s has %i minor digits', (code, digits) => expect(minorDigitsOf(code)).toBe(digits));

  it('offers the currencies of the coops the app is for, each a three-letter ISO code', () => {
    expect(currencyCodes).toEqual(expect.arrayContaining(['ARS', 'BRL', 'EUR', 'USD', 'UYU', 'CLP', 'PYG', 'COP', 'PEN', 'MXN', 'BOB']));
    for (const code of currencyCodes) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('knows only what it offers: an unknown or lower-case code is not a currency here', () => {
    expect(isCurrencyCode('ARS')).toBe(true);
    for (const bad of ['ars', 'XYZ', 'toString', '']) expect(isCurrencyCode(bad)).toBe(false);
  });

  it('every offered currency has its own entry of 0, 2 or 3 digits in the table', () => {
    for (const code of currencyCodes) expect([0, 2, 3]).toContain(minorDigitsOf(code));
  });
});
