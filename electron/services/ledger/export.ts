/**
 * Exports the journal of a period to the file the person chose: per-posting CSV, XLSX, an hledger journal
 * or a Beancount file. The postings are read by one streaming statement and written a chunk at a time,
 * so the size of the books never decides how much memory an export takes (XLSX aside: a workbook is
 * built whole, and is capped at a sheet's rows).
 */
import type { LedgerExportFormat } from '../../../shared/contract/ledger';
import { DomainError } from '../../../shared/contract/errors';
import type { ServiceContext } from '../core';
import { writeBeancountFile } from './export-beancount';
import { exportBook, refuseBackwardExportPeriod, type ExportBook } from './export-book';
import { writeLedgerCsv } from './export-csv';
import { writeInChunks, writeWhole, type TextSink } from './export-file';
import { writeHledgerJournal } from './export-hledger';
import { countPostingsOfPeriod, postingsOfPeriod, type PostingRow } from './export-rows';
import { ledgerXlsx, refuseTooManyForXlsx } from './export-xlsx';

export interface LedgerExportInput {
  from: string;
  to: string;
  format: LedgerExportFormat;
}

/** The file name extension each format is saved with. */
export const ledgerExportExtensions: Record<LedgerExportFormat, string> = { csv: 'csv', xlsx: 'xlsx', hledger: 'journal', beancount: 'beancount' };

type StreamWriter = (book: ExportBook, postings: Iterable<PostingRow>, sink: TextSink) => number;
const streamWriters: Record<Exclude<LedgerExportFormat, 'xlsx'>, StreamWriter> = {
  csv: writeLedgerCsv,
  hledger: writeHledgerJournal,
  beancount: writeBeancountFile,
};

/** The refusals that need no file: checked before the save dialog opens, so nobody picks a file for nothing. */
export function refuseBadLedgerExport(input: LedgerExportInput): void {
  refuseBackwardExportPeriod(input);
  if (!Object.hasOwn(ledgerExportExtensions, input.format)) {
    throw new DomainError('BAD_INPUT', `There is no export format "${String(input.format)}"; choose csv, xlsx, hledger or beancount.`, {
      key: 'ledger:errors.exportFormat',
    });
  }
}

/** Writes the period's postings to `path` in `format`; returns how many postings were written. */
export async function exportLedger(ctx: ServiceContext, input: LedgerExportInput, path: string): Promise<{ rows: number }> {
  refuseBadLedgerExport(input);
  const book = await exportBook(ctx, input);
  const postings = () => postingsOfPeriod(ctx.handle, book.from, book.to);
  if (input.format === 'xlsx') {
    refuseTooManyForXlsx(countPostingsOfPeriod(ctx.handle, book.from, book.to));
    const { bytes, rows } = await ledgerXlsx(book, postings());
    writeWhole(path, bytes);
    return { rows };
  }
  const write = streamWriters[input.format];
  return { rows: writeInChunks(path, (sink) => write(book, postings(), sink)) };
}
