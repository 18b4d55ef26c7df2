/**
 * The currencies a coop may keep its books in, with their ISO 4217 minor-unit digits. The digits are stored
 * with the coop at setup and read from here, never from the runtime's Intl data: an Intl or ICU update
 * (or a build with trimmed locale data) must never change what a stored integer of minor units means.
 */

/** ISO 4217 minor units (the standard's "E" column) of the currencies offered. */
const minorDigitsByCurrency = {
  ARS: 2, // Argentina
  BOB: 2, // Bolivia
  BRL: 2, // Brazil
  CAD: 2, // Canada
  CLP: 0, // Chile: the peso has no minor unit in ISO 4217
  COP: 2, // Colombia
  CRC: 2, // Costa Rica
  CUP: 2, // Cuba
  DOP: 2, // Dominican Republic
  EUR: 2, // Spain, Portugal and the euro area
  GBP: 2, // United Kingdom
  GTQ: 2, // Guatemala
  HNL: 2, // Honduras
  MXN: 2, // Mexico
  NIO: 2, // Nicaragua
  PAB: 2, // Panama
  PEN: 2, // Peru
  PYG: 0, // Paraguay: the guaraní has no minor unit
  USD: 2, // United States, Ecuador, El Salvador
  UYU: 2, // Uruguay
  VES: 2, // Venezuela
} as const satisfies Record<string, 0 | 2 | 3>;

export type CurrencyCode = keyof typeof minorDigitsByCurrency;

export const currencyCodes = Object.keys(minorDigitsByCurrency) as [CurrencyCode, ...CurrencyCode[]];

export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.hasOwn(minorDigitsByCurrency, code);
}

/** How many digits follow the decimal separator in this currency's amounts (ISO 4217). */
export function minorDigitsOf(currency: CurrencyCode): number {
  return minorDigitsByCurrency[currency];
}
