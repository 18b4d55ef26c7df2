/** Small timing helpers for the benchmark: wall-clock samples in milliseconds and their percentiles. */
export function timeOnce(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function timeOnceAsync(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What the figure is compared with, measured in the same run. */
  limitName: string;
  limit: number;
  ratio: number;
  aim: number | null;
}

export function figure(name: string, value: number, unit: string, limitName: string, limit: number, aim: number | null = null): Figure {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { name, value: round(value), unit, limitName, limit: round(limit), ratio: round(value / limit), aim };
}

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [f.name, `${f.value} ${f.unit}`, `${f.limit} ${f.unit} (${f.limitName})`, `${f.ratio.toFixed(2)}×`, f.aim === null ? '' : `≤ ${f.aim}×`]);
  const head = ['figure', 'Minga', 'limit, same run', 'ratio', 'aim'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
