/** An exact rational of minor units ("num/den") written as an amount with four more decimals than the currency has. */
export function exactAmount(rational: string, minorDigits: number, locale: string): string {
  const [num, den = '1'] = rational.split('/');
  const extra = 4;
  const scaled = (BigInt(num!.trim()) * 10n ** BigInt(extra)) / BigInt(den.trim());
  const digits = minorDigits + extra;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(scaled) / 10 ** digits);
}

/** A weight ("num/den", or a whole number) in the coop's notation. */
export function weightText(rational: string, locale: string): string {
  const [num, den = '1'] = rational.split('/');
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  return den.trim() === '1' ? format.format(Number(num)) : `${format.format(Number(num))} / ${format.format(Number(den))}`;
}

/** The sum of exact rationals ("num/den" each), reduced: the total of the weights a pool was split by. */
export function sumRationals(rationals: readonly string[]): string {
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
  let num = 0n;
  let den = 1n;
  for (const r of rationals) {
    const [n, d = '1'] = r.split('/');
    const rn = BigInt(n!.trim());
    const rd = BigInt(d.trim());
    num = num * rd + rn * den;
    den *= rd;
    const g = gcd(num, den) || 1n;
    num /= g;
    den /= g;
  }
  return den === 1n ? String(num) : `${num}/${den}`;
}

/** A percentage as the policy file writes it ("37.5", or a fraction "100/3") in the coop's notation. */
export function percentText(percent: string, locale: string): string {
  return percent.includes('/') ? weightText(percent, locale) : new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(Number(percent));
}
