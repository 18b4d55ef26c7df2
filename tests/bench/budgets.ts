/**
 * Budgets (issue 12): budget against actuals for a year of 1,000,000 journal lines (250,000 entries of four
 * lines: a sale into the bank and a cost paid from it), the whole service path the screen calls
 * (`budgetActuals`: the version's lines, the one aggregate by account and month, variances, forecasts),
 * p50, beside the raw better-sqlite3 aggregate of the same sums (aim < 200 ms and ≤ 1.5×).
 * Runs alone with `npx tsx tests/bench/budgets.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { budgetActuals, createDraft, saveLines } from '../../electron/services/budgets';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { postJournalEntriesBulk, type NewJournalEntry } from '../../electron/services/ledger';
import { budgetableAccounts } from '../../shared/contract/budgets-yearly';
import type { AccountKey } from '../../shared/domain/ledger/accounts';
import { figure, percentile, table, timeOnce, timeOnceAsync, type Figure } from './stats';

const ENTRIES = 250_000;
const RUNS = Number(process.env.BENCH_BUDGETS_RUNS ?? 15);
const INCOME: AccountKey[] = ['sales', 'services_income', 'other_income'];
const COSTS: AccountKey[] = ['materials', 'services_bought', 'energy', 'maintenance', 'taxes', 'rent', 'other_expenses', 'members_pay'];
const days = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));

function entry(i: number): NewJournalEntry {
  const sale = 10_000 + (i % 977) * 13;
  const cost = 3_000 + (i % 613) * 7;
  return {
    date: days[Math.floor((i * days.length) / ENTRIES)]!,
    memo: `day ${i}`,
    source: { kind: 'manual', id: i },
    lines: [
      { account: 'bank', debitMinor: sale },
      { account: INCOME[i % INCOME.length]!, creditMinor: sale },
      { account: COSTS[i % COSTS.length]!, debitMinor: cost },
      { account: 'bank', creditMinor: cost },
    ],
  };
}

/** The version compared is passed by id: reading needs no approval, so the bench needs no assembly. */
async function draftVersion(ctx: Parameters<typeof createDraft>[0]): Promise<number> {
  const { id } = await createDraft(ctx, { year: 2024, from: 'empty', versionId: null, note: null });
  await saveLines(ctx, { versionId: id, lines: [...INCOME, ...COSTS].map((account) => ({ account, label: account, months: Array<number>(12).fill(1_000_000_00) })) });
  return id;
}

export async function budgetsFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-bench-budgets-'));
  try {
    const session = await openDatabaseSession({ path: join(dir, 'budgets.sqlite'), actor: 'bench', now: () => new Date('2025-06-15T12:00:00Z') });
    const ctx = session.ctx();
    await setupCoop(ctx, { name: 'Bench', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
    const seeding = performance.now();
    // Setup, not measured: a power cut during seeding loses nothing worth keeping, so no fsync per commit.
    ctx.handle.pragma('synchronous = OFF');
    for (let start = 0; start < ENTRIES; start += 25_000) postJournalEntriesBulk(ctx, Array.from({ length: 25_000 }, (_, k) => entry(start + k)));
    ctx.handle.pragma('synchronous = FULL');
    const lines = ctx.handle.prepare("SELECT count(*) FROM ledger_line l JOIN ledger_entry e ON e.id = l.entry_id WHERE e.date BETWEEN '2024-01-01' AND '2024-12-31'").pluck().get() as number;
    if (lines !== ENTRIES * 4) throw new Error(`the year holds ${lines} journal lines, not ${ENTRIES * 4}`);
    const versionId = await draftVersion(ctx);
    const seedMs = performance.now() - seeding;

    const accounts = budgetableAccounts;
    const raw = ctx.handle.prepare(`SELECT e.date, l.account, sum(l.debit_minor) AS debit, sum(l.credit_minor) AS credit
      FROM ledger_entry e CROSS JOIN ledger_line l WHERE l.entry_id = e.id AND e.date >= ? AND e.date <= ?
      AND l.account || '' IN (${accounts.map(() => '?').join(', ')}) GROUP BY e.date, l.account`);
    const input = { year: 2024, versionId, forecast: 'trend' as const, asOf: '2024-12-31' };
    const first = await budgetActuals(ctx, input);
    const sales = raw.all('2024-01-01', '2024-12-31', ...accounts) as { account: string; credit: number; debit: number }[];
    const rawSales = sales.filter((r) => r.account === 'sales').reduce((sum, r) => sum + r.credit - r.debit, 0);
    if (first.accounts.find((a) => a.account === 'sales')!.yearToDate.actualMinor !== rawSales) throw new Error('the service and the raw aggregate disagree on sales');
    const service: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      service.push(await timeOnceAsync(() => budgetActuals(ctx, input)));
      direct.push(timeOnce(() => raw.all('2024-01-01', '2024-12-31', ...accounts)));
    }
    session.close();
    console.log(`budgets bench seeded ${lines} journal lines in ${Math.round(seedMs)} ms`);
    return [
      figure(`budget vs actual, a year of ${lines} journal lines (budgetActuals), p50`, percentile(service, 50), 'ms', 'raw SQL sum by day and account of the same lines, p50', percentile(direct, 50), 1.5),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(`\n${table(await budgetsFigures())}\n`);
