/** How a plan's exact percent strings read in the coop's language. */

/** "-10" → "−10 %" / "-10%" as the locale writes a percentage (the string is exact; this is display only). */
export function percentWords(percent: string, locale: string): string {
  const value = Number(percent);
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 4, signDisplay: 'exceptZero' }).format(value / 100);
}

/** An annual rate ("4.75") as the locale writes a percentage, without a sign. */
export function rateWords(percent: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 6 }).format(Number(percent) / 100);
}
