/**
 * The budget file written out: CSV (UTF-8 with a BOM, comma-separated, amounts as plain `1234.56` with a
 * dot whatever the locale, rules/money.md) or an XLSX sheet with the same columns, amounts as numbers
 * showing the currency's minor digits. A budget is a few hundred lines at most, so each is built whole.
 */
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import { minorToDecimal } from '../../../../shared/domain/money-format';
import { translate } from '../../../../shared/i18n/catalogue';
import { headerRow } from './layout';
import type { BudgetFileBook } from './rows';

const BOM = '\uFEFF';

export function budgetCsv(book: BudgetFileBook): string {
  const amount = (minor: number) => minorToDecimal(minor, book.minorDigits);
  const rows = book.rows.map((row) => [String(book.year), row.account, row.code, row.label, ...row.months.map(amount), amount(row.totalMinor)]);
  // Quoted only where needed, CRLF as spreadsheets write it; a label a spreadsheet would run as a formula
  // (= + - @ first: CSV injection) gets a leading apostrophe, which the import takes off again.
  return BOM + Papa.unparse([headerRow(book.locale, book.monthStarts), ...rows], { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}

export async function budgetXlsx(book: BudgetFileBook): Promise<Uint8Array> {
  const amountFormat = book.minorDigits === 0 ? '#,##0' : `#,##0.${'0'.repeat(book.minorDigits)}`;
  const amount = (minor: number): Cell => ({ value: Number(minorToDecimal(minor, book.minorDigits)), type: Number, format: amountFormat });
  const text = (value: string): Cell => ({ value, type: String });
  const sheet: SheetData = [headerRow(book.locale, book.monthStarts).map((header) => ({ value: header, fontWeight: 'bold' as const }))];
  for (const row of book.rows) {
    sheet.push([{ value: book.year, type: Number }, text(row.account), text(row.code), text(row.label), ...row.months.map(amount), amount(row.totalMinor)]);
  }
  const sheetName = translate(book.locale, 'budgets:export.sheet', { year: book.year });
  const buffer = await writeXlsxFile(sheet, { sheet: sheetName, stickyRowsCount: 1 }).toBuffer();
  return new Uint8Array(buffer);
}
