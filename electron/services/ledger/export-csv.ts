/**
 * The per-posting CSV: one line per journal line with its entry's number, date, memo and source, the
 * account's code (the accountant's) and name, the member number, and debit and credit as plain `1234.56`
 * (rules/money.md: a dot whatever the locale). Comma-separated, UTF-8 with a BOM so spreadsheets open
 * accents right; headers in the coop's language.
 */
import { minorToDecimal } from '../../../shared/domain/money-format';
import { translate } from '../../../shared/i18n/catalogue';
import { accountOf, type ExportBook } from './export-book';
import { csvLine } from './export-csv-cells';
import type { TextSink } from './export-file';
import { P, type PostingRow } from './export-rows';

export const BOM = '\uFEFF';
export const csvColumns = ['entry', 'date', 'accountCode', 'account', 'member', 'memo', 'debit', 'credit', 'source'] as const;

export const csvHeader = (book: Pick<ExportBook, 'locale'>) => csvColumns.map((column) => translate(book.locale, `ledger:export.columns.${column}`));

/** Writes the whole CSV to `sink`; returns how many postings it holds. */
export function writeLedgerCsv(book: ExportBook, postings: Iterable<PostingRow>, sink: TextSink): number {
  const amount = (minor: number) => (minor === 0 ? null : minorToDecimal(minor, book.minorDigits));
  sink.write(BOM + csvLine(csvHeader(book)));
  let rows = 0;
  for (const row of postings) {
    const account = accountOf(book, row[P.account]);
    sink.write(
      csvLine([
        row[P.number],
        row[P.date],
        account.code,
        account.label,
        row[P.member],
        row[P.memo],
        amount(row[P.debit]),
        amount(row[P.credit]),
        `${row[P.sourceKind]}:${row[P.sourceId]}`,
      ]),
    );
    rows += 1;
  }
  return rows;
}
