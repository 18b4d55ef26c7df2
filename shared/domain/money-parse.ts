/**
 * The one parser from what a person types to minor units (rules/money.md): `1.234,56` in es and pt-BR and
 * `1,234.56` in en are both 123456 cents. Anything that could be read two ways is refused with a reason,
 * never guessed: an amount typed wrongly is money paid wrongly.
 */
import { money, type Money } from './money';

export const moneyParseReasons = ['empty', 'invalid', 'ambiguous_separator', 'grouping', 'too_many_decimals', 'too_large'] as const;
export type MoneyParseReason = (typeof moneyParseReasons)[number];

export type MoneyParse = { ok: true; value: Money } | { ok: false; reason: MoneyParseReason; decimal: string; digits: number };

/** The separators people type in each language of the app: English uses the decimal point, es and pt the comma. */
export function moneySeparators(locale: string): { decimal: string; group: string } {
  return locale.toLowerCase().startsWith('en') ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
}

// Spaces of every width people (and copied spreadsheets) put between thousands.
const SPACES = /[ \u00a0\u2009\u202f]/g;

function refusal(reason: MoneyParseReason, decimal: string, digits: number): MoneyParse {
  return { ok: false, reason, decimal, digits };
}

/** Reads an amount typed in `locale` for a currency with `minorDigits` decimals. */
export function parseMoney(text: string, locale: string, minorDigits: number): MoneyParse {
  const { decimal, group } = moneySeparators(locale);
  const refuse = (reason: MoneyParseReason) => refusal(reason, decimal, minorDigits);
  const trimmed = text.trim();
  if (trimmed === '') return refuse('empty');
  const signed = /^([-+\u2212]?)\s*([\s\S]*)$/.exec(trimmed)!;
  const negative = signed[1] === '-' || signed[1] === '\u2212';
  const body = signed[2]!.replace(SPACES, group);
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return refuse('invalid');

  const decimalAt = body.indexOf(decimal);
  if (decimalAt !== body.lastIndexOf(decimal)) {
    // "1.234.567" in en: grouping in the other language's style, or a typo; either way not ours to guess.
    return refuse(body.includes(group) ? 'invalid' : 'ambiguous_separator');
  }
  const whole = decimalAt < 0 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : body.slice(decimalAt + 1);
  if (fraction.includes(group)) return refuse('ambiguous_separator'); // "1.234,56" typed in en
  if (decimalAt >= 0 && fraction === '') return refuse('invalid');

  const groups = whole.split(group);
  if (groups.length > 1) {
    const [first, ...rest] = groups;
    // "12,50" in en or "12.50" in es: the separator reads as a decimal in the other language.
    if (decimalAt < 0 && rest.length === 1 && rest[0]!.length !== 3 && rest[0]!.length > 0) return refuse('ambiguous_separator');
    if (!first || first.length > 3 || rest.some((g) => g.length !== 3)) return refuse('grouping');
  }
  if (fraction.length > minorDigits) {
    // "1.234" in en (or "1,234" in es) is a thousands group in the other language, not 3 decimals.
    const looksGrouped = fraction.length === 3 && groups.length === 1 && minorDigits < 3;
    return refuse(looksGrouped ? 'ambiguous_separator' : 'too_many_decimals');
  }

  const digits = `${groups.join('')}${fraction.padEnd(minorDigits, '0')}`;
  const magnitude = BigInt(digits === '' ? '0' : digits);
  const minor = negative ? -magnitude : magnitude;
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < -BigInt(Number.MAX_SAFE_INTEGER)) return refuse('too_large');
  return { ok: true, value: money(minor === 0n ? 0 : minor) };
}
