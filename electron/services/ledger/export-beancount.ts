/**
 * The journal as a Beancount file: the coop's currency as operating currency, an `open` for every account
 * on the period's first day (before any use), and one transaction per entry with the entry number and
 * source as metadata and the member number on its postings. Account names are Beancount's English roots
 * with the labels transliterated (export-names.ts); the label and the accountant's code travel as metadata.
 */
import { minorToDecimal } from '../../../shared/domain/money-format';
import { accountOf, type ExportBook } from './export-book';
import type { TextSink } from './export-file';
import { beancountNames } from './export-names';
import { P, type PostingRow } from './export-rows';

/** A Beancount string: one line, with quotes and backslashes escaped. */
const quoted = (text: string) => `"${text.replace(/[\r\n\t]+/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export const beancountAccountNames = (book: ExportBook) => beancountNames([...book.accounts.values()]);

function header(book: ExportBook, names: Map<string, string>, sink: TextSink): void {
  sink.write(`option "title" ${quoted(`${book.coopName}: ${book.from} – ${book.to}`)}\n`);
  sink.write(`option "operating_currency" "${book.currency}"\n\n`);
  sink.write(`${book.from} commodity ${book.currency}\n\n`);
  for (const account of book.accounts.values()) {
    sink.write(`${book.from} open ${names.get(account.key)} ${book.currency}\n`);
    sink.write(`  code: ${quoted(account.code)}\n  label: ${quoted(account.label)}\n`);
  }
}

/** Writes the whole file to `sink`; returns how many postings it holds. */
export function writeBeancountFile(book: ExportBook, postings: Iterable<PostingRow>, sink: TextSink): number {
  const names = beancountAccountNames(book);
  header(book, names, sink);
  let entry: number | null = null;
  let rows = 0;
  for (const row of postings) {
    if (row[P.number] !== entry) {
      entry = row[P.number];
      sink.write(`\n${row[P.date]} * ${quoted(row[P.memo])}\n  entry: ${entry}\n  source: ${quoted(`${row[P.sourceKind]}:${row[P.sourceId]}`)}\n`);
    }
    const amount = minorToDecimal(row[P.debit] - row[P.credit], book.minorDigits);
    sink.write(`  ${names.get(accountOf(book, row[P.account]).key)}  ${amount} ${book.currency}\n`);
    if (row[P.member] !== null) sink.write(`    member: ${row[P.member]}\n`);
    rows += 1;
  }
  return rows;
}
