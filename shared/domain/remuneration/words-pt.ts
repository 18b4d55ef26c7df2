/**
 * Whole numbers in Brazilian Portuguese words, as a recibo writes them: "um milhão, setecentos e sessenta e
 * seis mil e quatrocentos". Short scale (milhão 10^6, bilhão 10^9); "e" joins hundreds, tens and units, and
 * joins the last group when it is below a hundred or a round hundred ("mil e quatrocentos", "mil e um");
 * a comma follows a milhão or larger group otherwise.
 */
import type { Gender } from './currency-names';
import { quotient } from './quotient';

const UNITS = [
  '', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'treze', 'catorze', 'quinze',
  'dezesseis', 'dezessete', 'dezoito', 'dezenove',
];
const TENS = ['', '', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'];
const HUNDREDS = ['', 'cento', 'duzentos', 'trezentos', 'quatrocentos', 'quinhentos', 'seiscentos', 'setecentos', 'oitocentos', 'novecentos'];
const SCALES: [number, string, string][] = [
  [1e15, 'quatrilhão', 'quatrilhões'],
  [1e12, 'trilhão', 'trilhões'],
  [1e9, 'bilhão', 'bilhões'],
  [1e6, 'milhão', 'milhões'],
];

function unit(n: number, gender: Gender): string {
  if (gender === 'feminine' && n === 1) return 'uma';
  if (gender === 'feminine' && n === 2) return 'duas';
  return UNITS[n]!;
}

function below1000(n: number, gender: Gender): string {
  if (n === 100) return 'cem';
  const hundreds = HUNDREDS[quotient(n, 100)]!;
  const tens = n % 100 < 20 ? '' : TENS[quotient(n % 100, 10)]!;
  const units = n % 100 < 20 ? unit(n % 100, gender) : unit(n % 10, gender);
  const hundredWord = gender === 'feminine' && n >= 200 ? hundreds.replace(/os$/, 'as') : hundreds;
  return [hundredWord, tens, units].filter(Boolean).join(' e ');
}

/** The words for 0 ≤ n < 10^18, agreeing with a noun of `gender` that follows. */
export function portugueseNumber(n: number, gender: Gender): string {
  if (n === 0) return 'zero';
  const parts: { words: string; value: number; large: boolean }[] = [];
  let rest = n;
  for (const [size, one, many] of SCALES) {
    const count = quotient(rest, size);
    rest %= size;
    // Milhão and its kin are masculine: "duas mil libras" but "dois milhões de libras".
    if (count) parts.push({ words: count === 1 ? `um ${one}` : `${below1000(count, 'masculine')} ${many}`, value: count, large: true });
  }
  const thousands = quotient(rest, 1000);
  if (thousands) parts.push({ words: thousands === 1 ? 'mil' : `${below1000(thousands, gender)} mil`, value: thousands, large: false });
  if (rest % 1000) parts.push({ words: below1000(rest % 1000, gender), value: rest % 1000, large: false });
  return parts
    .map((part, i) => {
      if (i === 0) return part.words;
      const last = i === parts.length - 1;
      const joiner = last && (part.value < 100 || part.value % 100 === 0) ? ' e ' : parts[i - 1]!.large ? ', ' : ' ';
      return `${joiner}${part.words}`;
    })
    .join('');
}

/** A round million takes "de" before the noun: "um milhão de reais". */
export const portugueseNeedsDe = (n: number) => n >= 1e6 && n % 1e6 === 0;
