/**
 * Whole numbers in English words, as a cheque writes them: "one million seven hundred sixty-six thousand
 * four hundred" (short scale, hyphenated tens, no "and" after a hundred).
 */
import { quotient } from './quotient';

const UNITS = [
  '', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: [number, string][] = [
  [1e15, 'quadrillion'],
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

function below100(n: number): string {
  if (n < 20) return UNITS[n]!;
  return n % 10 ? `${TENS[quotient(n, 10)]}-${UNITS[n % 10]}` : TENS[quotient(n, 10)]!;
}

function below1000(n: number): string {
  const hundreds = quotient(n, 100);
  return [hundreds ? `${UNITS[hundreds]} hundred` : '', n % 100 ? below100(n % 100) : ''].filter(Boolean).join(' ');
}

/** The words for 0 ≤ n < 10^18. */
export function englishNumber(n: number): string {
  if (n === 0) return 'zero';
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    const count = quotient(rest, size);
    rest %= size;
    if (count) parts.push(`${below1000(count)} ${name}`);
  }
  if (rest) parts.push(below1000(rest));
  return parts.join(' ');
}
