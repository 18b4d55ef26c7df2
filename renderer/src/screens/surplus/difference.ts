/** B − A as the comparison writes it: a plus sign on a rise, so a change reads at a glance; nothing when equal. */
export function signedDifference(a: number | null, b: number | null, format: (minor: number) => string): string {
  if (a === null || b === null) return '—';
  const d = b - a;
  if (d === 0) return format(0);
  return d > 0 ? `+${format(d)}` : format(d);
}
