/**
 * The per-posting export as an XLSX sheet with the CSV's columns: dates as real dates with the language's
 * display format, amounts as numbers showing the currency's minor digits, numbers as numbers. A sheet
 * holds at most 1,048,576 rows (Excel's and LibreOffice's limit), so a longer period is refused with a
 * sentence pointing to the CSV or a shorter period, rather than cut short.
 */
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import type { Locale } from '../../../shared/contract/coop';
import { DomainError } from '../../../shared/contract/errors';
import { minorToDecimal } from '../../../shared/domain/money-format';
import { translate } from '../../../shared/i18n/catalogue';
import { accountOf, type ExportBook } from './export-book';
import { csvHeader } from './export-csv';
import { P, type PostingRow } from './export-rows';

/** Excel's last row, less the header. */
export const XLSX_MAX_POSTINGS = 1_048_575;

const dateFormats: Record<Locale, string> = { 'es': 'dd/mm/yyyy', 'pt-BR': 'dd/mm/yyyy', 'en': 'yyyy-mm-dd' };

export function refuseTooManyForXlsx(postings: number): void {
  if (postings > XLSX_MAX_POSTINGS) {
    throw new DomainError('BAD_INPUT', `The period holds ${postings} postings, more than a spreadsheet's ${XLSX_MAX_POSTINGS} rows; export it as CSV or a shorter period.`, {
      key: 'ledger:errors.exportTooManyRows',
      params: { postings, limit: XLSX_MAX_POSTINGS },
    });
  }
}

/** An ISO date as the UTC midnight a spreadsheet date cell stores (no time zone can move the day). */
const utcDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function ledgerXlsx(book: ExportBook, postings: Iterable<PostingRow>): Promise<{ bytes: Uint8Array; rows: number }> {
  const dateFormat = dateFormats[book.locale];
  const amountFormat = book.minorDigits === 0 ? '#,##0' : `#,##0.${'0'.repeat(book.minorDigits)}`;
  const amount = (minor: number): Cell => (minor === 0 ? null : { value: Number(minorToDecimal(minor, book.minorDigits)), type: Number, format: amountFormat });
  const text = (value: string): Cell => ({ value, type: String });
  const sheet: SheetData = [csvHeader(book).map((header) => ({ value: header, fontWeight: 'bold' as const }))];
  for (const row of postings) {
    const account = accountOf(book, row[P.account]);
    const member = row[P.member];
    sheet.push([
      { value: row[P.number], type: Number },
      { value: utcDate(row[P.date]), type: Date, format: dateFormat },
      text(account.code),
      text(account.label),
      member === null ? null : { value: member, type: Number },
      text(row[P.memo]),
      amount(row[P.debit]),
      amount(row[P.credit]),
      text(`${row[P.sourceKind]}:${row[P.sourceId]}`),
    ]);
  }
  const sheetName = translate(book.locale, 'ledger:export.sheet');
  const buffer = await writeXlsxFile(sheet, { sheet: sheetName, stickyRowsCount: 1 }).toBuffer();
  return { bytes: new Uint8Array(buffer), rows: sheet.length - 1 };
}
