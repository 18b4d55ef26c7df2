/**
 * Whole numbers in Spanish words, as a payslip or a cheque writes them: "un millón setecientos sesenta y
 * seis mil cuatrocientos". Long scale (millón 10^6, billón 10^12); "uno" drops to "un" before a noun or a
 * scale word ("veintiún mil", "un millón") and agrees with a feminine noun ("veintiuna libras").
 */
import type { Gender } from './currency-names';
import { quotient } from './quotient';

const UNITS = [
  '', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince',
  'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro',
  'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];

/** "uno" before a noun: "un" (masculine, with the accent "veintiún") or "una". */
function beforeNoun(word: string, gender: Gender): string {
  if (word === 'uno') return gender === 'feminine' ? 'una' : 'un';
  if (word === 'veintiuno') return gender === 'feminine' ? 'veintiuna' : 'veintiún';
  return word;
}

function below100(n: number, gender: Gender): string {
  if (n < 30) return beforeNoun(UNITS[n]!, gender);
  const unit = n % 10;
  return unit === 0 ? TENS[quotient(n, 10)]! : `${TENS[quotient(n, 10)]} y ${beforeNoun(UNITS[unit]!, gender)}`;
}

function below1000(n: number, gender: Gender): string {
  if (n === 100) return 'cien';
  const hundreds = quotient(n, 100);
  const word = gender === 'feminine' && hundreds > 1 ? HUNDREDS[hundreds]!.replace(/os$/, 'as') : HUNDREDS[hundreds]!;
  return [word, n % 100 ? below100(n % 100, gender) : ''].filter(Boolean).join(' ');
}

/** Below a million: "mil" alone for 1,000 ("un mil" is not said). */
function belowMillion(n: number, gender: Gender): string {
  const thousands = quotient(n, 1000);
  const rest = n % 1000;
  const head = thousands === 0 ? '' : thousands === 1 ? 'mil' : `${below1000(thousands, gender)} mil`;
  return [head, rest ? below1000(rest, gender) : ''].filter(Boolean).join(' ');
}

/** The words for 0 ≤ n < 10^18, agreeing with a noun of `gender` that follows. */
export function spanishNumber(n: number, gender: Gender): string {
  if (n === 0) return 'cero';
  const billions = quotient(n, 1e12);
  const millions = quotient(n, 1e6) % 1e6;
  const rest = n % 1e6;
  // Millón and billón are masculine nouns: "veintiún millones de libras".
  const scale = (count: number, one: string, many: string) => (count === 1 ? `un ${one}` : `${belowMillion(count, 'masculine')} ${many}`);
  return [billions ? scale(billions, 'billón', 'billones') : '', millions ? scale(millions, 'millón', 'millones') : '', rest ? belowMillion(rest, gender) : '']
    .filter(Boolean)
    .join(' ');
}

/** A round million takes "de" before the noun: "un millón de pesos". */
export const spanishNeedsDe = (n: number) => n >= 1e6 && n % 1e6 === 0;
