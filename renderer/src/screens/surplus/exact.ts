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
