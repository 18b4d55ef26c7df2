/**
 * Reading an opening-balances CSV (member number, class, subscribed, paid, date): UTF-8 or Windows-1252,
 * `,` or `;`, headers in any of the app's languages. Each row keeps its file line for the report.
 */
import Papa from 'papaparse';
import { capitalImportFields } from '../../../shared/contract/capital';
import { foldForSearch } from '../../../shared/domain/search';
import { catalogue } from '../../../shared/i18n/catalogue';

export type ImportField = (typeof capitalImportFields)[number];

export interface ImportRecord {
  line: number;
  cells: Partial<Record<ImportField, string>>;
}

export interface ReadFile {
  records: ImportRecord[];
  /** Fields no column was found for. */
  missing: ImportField[];
  unreadable: boolean;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const fold = (text: string) => foldForSearch(text).replace(/[^a-z0-9]/g, '');

/** Every language's heading for each field, and the field's own name, folded. */
function headingWords(): Map<string, ImportField> {
  const words = new Map<string, ImportField>();
  for (const field of capitalImportFields) {
    words.set(fold(field), field);
    for (const language of Object.values(catalogue)) {
      const headings = (language.capital as { import?: { headers?: Record<string, string> } } | undefined)?.import?.headers;
      const heading = headings?.[field];
      if (heading) words.set(fold(heading), field);
    }
  }
  return words;
}

export function readImportFile(fileBase64: string): ReadFile {
  const text = decode(Buffer.from(fileBase64, 'base64'));
  if (text.includes('\u0000')) return { records: [], missing: [], unreadable: true };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', ';'] });
  const rows = parsed.data;
  const header = rows[0] ?? [];
  const words = headingWords();
  const columns = new Map<ImportField, number>();
  header.forEach((cell, index) => {
    const field = words.get(fold(cell));
    if (field && !columns.has(field)) columns.set(field, index);
  });
  const missing = capitalImportFields.filter((f) => !columns.has(f));
  const records: ImportRecord[] = [];
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const record: ImportRecord = { line: i + 2, cells: {} };
    for (const [field, index] of columns) record.cells[field] = (cells[index] ?? '').trim();
    records.push(record);
  });
  return { records, missing, unreadable: false };
}
