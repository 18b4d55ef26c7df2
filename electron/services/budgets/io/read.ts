/**
 * Reading a budget CSV: UTF-8 or Windows-1252, `,` `;` or tab as separator, the first line a header unless
 * it already reads as a line (a year first, or an account key second). Each record keeps its file line.
 */
import Papa from 'papaparse';
import { isAccountKey } from '../../../../shared/domain/ledger/accounts';

export interface FileRecord {
  line: number;
  cells: string[];
}

export type ReadBudgetFile = { ok: true; records: FileRecord[] } | { ok: false };

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The apostrophe the export puts before a label a spreadsheet would run as a formula. */
const guardedFormula = /^'(?=[=+\-@\t\r])/;

export function readBudgetFile(fileBase64: string): ReadBudgetFile {
  const text = decode(Buffer.from(fileBase64, 'base64'));
  if (text.includes('\u0000')) return { ok: false };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  const records: FileRecord[] = [];
  parsed.data.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const trimmed = cells.map((cell) => cell.trim().replace(guardedFormula, ''));
    if (index === 0 && !/^\d{4}$/.test(trimmed[0] ?? '') && !isAccountKey(trimmed[1] ?? '')) return;
    records.push({ line: index + 1, cells: trimmed });
  });
  return { ok: true, records };
}
