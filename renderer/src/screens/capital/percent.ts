/** Percentages people type (up to two decimals, either separator) as exact fractions over 10,000, and back. */
export function percentFraction(text: string): { num: number; den: number } | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const hundredths = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return hundredths <= 10_000 ? { num: hundredths, den: 10_000 } : null;
}

export function percentText(f: { num: number; den: number }, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format((f.num * 100) / f.den);
}
