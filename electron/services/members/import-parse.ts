/**
 * Reading a members CSV as people actually save them: UTF-8 (with or without BOM) or Windows-1252 from
 * older spreadsheets, `,` or `;` (Excel in es/pt-BR writes `;`), quoted cells with line breaks inside.
 * Every record keeps the file line it starts on, so a problem can point at it.
 */
import Papa from 'papaparse';

export type ImportEncoding = 'utf-8' | 'windows-1252';
export type ImportDelimiter = ',' | ';';

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
  /** Set when the record could not be read (an unterminated quote). */
  unreadable: string | null;
}

export interface ParsedCsv {
  encoding: ImportEncoding;
  delimiter: ImportDelimiter;
  headers: string[];
  records: CsvRecord[];
  /** Why nothing could be read at all (e.g. an XLSX file), or null. */
  unreadable: string | null;
}

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: ImportEncoding } {
  try {
    // The fatal decoder refuses invalid UTF-8 instead of inventing U+FFFD; it also drops a BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(text: string): ImportDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas += 1;
    else if (!quoted && c === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function looksBinary(bytes: Uint8Array): string | null {
  if (ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return 'This looks like a spreadsheet (XLSX) file; save it as CSV and import that.';
  }
  if (bytes.subarray(0, 4096).includes(0)) return 'This is not a text (CSV) file.';
  return null;
}

export function parseCsv(bytes: Uint8Array): ParsedCsv {
  const { text: decoded, encoding } = decodeBytes(bytes);
  const binary = looksBinary(bytes);
  if (binary) return { encoding, delimiter: ',', headers: [], records: [], unreadable: binary };

  // One newline convention, so line counting and papaparse's own newline guess agree.
  const text = decoded.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const rows: CsvRecord[] = [];
  let lineAtCursor = 1;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (result) => {
      const end = result.meta.cursor;
      const line = lineAtCursor;
      for (let i = cursor; i < end; i += 1) if (text.charCodeAt(i) === 10) lineAtCursor += 1;
      cursor = end;
      const broken = result.errors.find((e) => e.type === 'Quotes');
      rows.push({
        line,
        cells: result.data,
        unreadable: broken ? 'a quoted cell is never closed (a " is missing)' : null,
      });
    },
  });

  const [header, ...records] = rows;
  return {
    encoding,
    delimiter,
    headers: header ? header.cells.map((h) => h.trim()) : [],
    records: records.filter((r) => r.unreadable !== null || r.cells.some((c) => c.trim() !== '')),
    unreadable: null,
  };
}

/**
 * A leading apostrophe before `= + - @` is how the register's export (and spreadsheets) keep a cell from
 * being read as a formula; it is not part of the value.
 */
export function cellText(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const t = raw.trim();
  if (t === '') return null;
  return /^'[=+\-@\t\r]/.test(t) ? t.slice(1) : t;
}
