/**
 * Exporting the journal (issue 7): the CSV of a period holding 1,000,000 postings, against the honest
 * limit of the same work without the app: the very SELECT the export runs, on the raw handle, each row
 * written as it comes by the same CSV writer into the same chunked file. What the figure measures is the
 * export's own cost per posting (codes, names, amounts in decimals, formula guard); the aim is ≤ 1.5×.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { exportLedger, postJournalEntriesBulk, type NewJournalEntry } from '../../electron/services/ledger';
import { csvLine, type CsvCell } from '../../electron/services/ledger/export-csv-cells';
import { writeInChunks } from '../../electron/services/ledger/export-file';
import { postingsOfPeriodSql } from '../../electron/services/ledger/export-rows';
import { demoIdentity, generateDemo } from '../../electron/services/members/demo';
import { figure, percentile, timeOnce, timeOnceAsync, type Figure } from './stats';

const POSTINGS = Number(process.env.BENCH_POSTINGS ?? 1_000_000);
const MEMBERS = 500;
const BATCH = 50_000;
const PERIOD = { from: '2015-01-01', to: '2024-12-31' };

/** Entry i: a member's capital payment into the bank, dated through ten years, amounts of all sizes. */
function entry(i: number): NewJournalEntry {
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor((i * 3650) / (POSTINGS / 2)) * 86_400_000).toISOString().slice(0, 10);
  const member = 1 + (i % MEMBERS);
  const amount = 100 + ((i * 7919) % 250_000);
  return {
    date: day,
    memo: `Integración de capital, cuota ${1 + (i % 12)} — socio ${member}`,
    source: { kind: 'capital.operation', id: i + 1 },
    lines: [
      { account: 'bank', debitMinor: amount },
      { account: 'capital_receivable', memberNumber: member, creditMinor: amount },
    ],
  };
}

export async function ledgerExportFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-ledger-bench-'));
  try {
    const session = await openDatabaseSession({ path: join(dir, 'ledger.sqlite'), actor: 'bench' });
    const ctx = session.ctx();
    await setupCoop(ctx, demoIdentity('es'));
    await generateDemo(ctx, { members: MEMBERS, years: 5, locale: 'es', seed: 5 });
    const entries = POSTINGS / 2;
    for (let start = 0; start < entries; start += BATCH) {
      postJournalEntriesBulk(ctx, Array.from({ length: Math.min(BATCH, entries - start) }, (_, k) => entry(start + k)));
    }
    const runs = 3;
    const minga: number[] = [];
    const raw: number[] = [];
    let bytes = 0;
    const exportOnce = async (out: string) => {
      minga.push(
        await timeOnceAsync(async () => {
          const { rows } = await exportLedger(ctx, { ...PERIOD, format: 'csv' }, out);
          if (rows !== POSTINGS) throw new Error(`the export wrote ${rows} postings, not ${POSTINGS}`);
        }),
      );
      bytes = statSync(out).size;
    };
    const rawOnce = (out: string) => {
      raw.push(
        timeOnce(() =>
          writeInChunks(out, (sink) => {
            for (const row of ctx.handle.prepare(postingsOfPeriodSql).raw().iterate(PERIOD.from, PERIOD.to)) sink.write(csvLine(row as CsvCell[]));
          }),
        ),
      );
    };
    for (let run = 0; run < runs; run++) {
      const out = join(dir, `export-${run}.csv`);
      const limitOut = join(dir, `raw-${run}.csv`);
      // Turn about, so neither side always runs on the other's garbage or warm cache.
      if (run % 2 === 0) {
        await exportOnce(out);
        rawOnce(limitOut);
      } else {
        rawOnce(limitOut);
        await exportOnce(out);
      }
      rmSync(out);
      rmSync(limitOut);
    }
    session.close();
    console.log(`ledger export: ${POSTINGS} postings, CSV of ${(bytes / 1e6).toFixed(0)} MB`);
    const name = `export a journal of ${POSTINGS} postings to CSV (median of ${runs})`;
    return [figure(name, percentile(minga, 50), 'ms', 'the same SELECT on the raw handle, rows written by the same CSV writer', percentile(raw, 50), 1.5)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
