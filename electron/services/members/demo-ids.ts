/**
 * Identity numbers for demo members, shaped like the real ones (with valid check digits where the real
 * ones have them) and unique within a run. A seeded generator makes them the same on every run.
 */
import type { Locale } from '../../../shared/contract/coop';

export type Random = () => number;

/** mulberry32: a tiny, fast, seedable PRNG; plenty for demo data. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const digits = (random: Random, n: number) => Array.from({ length: n }, () => between(random, 0, 9)).join('');

/** AR CUIT/CUIL check digit (mod 11); null when the number needs the 23 prefix instead. */
function cuitCheckDigit(base10: string): number | null {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(base10[i]), 0);
  const r = 11 - (sum % 11);
  return r === 11 ? 0 : r === 10 ? null : r;
}

/** BR CPF: nine digits and two mod-11 check digits. */
function cpf(nine: string): string {
  const check = (body: string) => {
    const sum = [...body].reduce((s, d, i) => s + Number(d) * (body.length + 1 - i), 0);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const first = check(nine);
  const second = check(nine + first);
  const all = `${nine}${first}${second}`;
  return `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`;
}

export interface DemoIds {
  nationalId: string;
  taxId: string;
}

/** Draws ids until both are new; `seen` collects every id handed out so far. */
export function drawIds(locale: Locale, random: Random, female: boolean, seen: Set<string>): DemoIds {
  for (;;) {
    const ids = drawOnce(locale, random, female);
    if (ids === null || seen.has(ids.nationalId) || seen.has(ids.taxId)) continue;
    seen.add(ids.nationalId);
    seen.add(ids.taxId);
    return ids;
  }
}

function drawOnce(locale: Locale, random: Random, female: boolean): DemoIds | null {
  if (locale === 'es') {
    const dni = String(between(random, 18_000_000, 46_999_999));
    const prefix = female ? '27' : '20';
    const check = cuitCheckDigit(prefix + dni);
    return check === null ? null : { nationalId: dni, taxId: `${prefix}-${dni}-${check}` };
  }
  if (locale === 'pt-BR') {
    const rg = digits(random, 8);
    return {
      nationalId: `${rg.slice(0, 2)}.${rg.slice(2, 5)}.${rg.slice(5)}-${between(random, 0, 9)}`,
      taxId: cpf(digits(random, 9)),
    };
  }
  // US: a state ID card number, and an ITIN-shaped tax id (9xx-7x-xxxx), which no real SSN matches.
  return {
    nationalId: `S${digits(random, 8)}`,
    taxId: `9${digits(random, 2)}-${between(random, 70, 88)}-${digits(random, 4)}`,
  };
}
