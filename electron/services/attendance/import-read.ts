/**
 * Reading a time clock's or spreadsheet's CSV of any size: decoded once (UTF-8 with or without BOM, else
 * Windows-1252), `,` or `;`, then walked record by record without building a table of the whole file.
 * A line with no quote is split directly (time clocks write no quotes, and this is most of the cost of a
 * million rows); a quoted cell, line breaks inside it included, is read character by character.
 */
export type ImportEncoding = 'utf-8' | 'windows-1252';
export type ImportDelimiter = ',' | ';';

export interface DecodedFile {
  text: string;
  encoding: ImportEncoding;
  delimiter: ImportDelimiter;
  /** Why the file is no CSV at all (catalogue key), or null. */
  unreadable: 'attendance:errors.spreadsheetFile' | 'attendance:errors.notTextFile' | null;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function decode(bytes: Uint8Array): { text: string; encoding: ImportEncoding } {
  try {
    // The fatal decoder refuses invalid UTF-8 instead of inventing U+FFFD; it also drops a BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
function delimiterOf(text: string): ImportDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas += 1;
    else if (!quoted && c === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) return { text: '', encoding: 'utf-8', delimiter: ',', unreadable: 'attendance:errors.spreadsheetFile' };
  if (bytes.subarray(0, 4096).includes(0)) return { text: '', encoding: 'utf-8', delimiter: ',', unreadable: 'attendance:errors.notTextFile' };
  const { text, encoding } = decode(bytes);
  return { text, encoding, delimiter: delimiterOf(text), unreadable: null };
}

/** Where a walk through the file stands: the next character to read and its file line. */
export interface ReadCursor {
  position: number;
  line: number;
}

/**
 * Calls `each` for up to `limit` records from the cursor, with the 1-based file line each starts on and
 * its cells; blank lines are skipped. `broken` is set when a quoted cell never closes (the rest of the
 * file is that cell). Returns the cursor after them; at the end, its position is the text's length.
 */
export function readRecords(
  text: string,
  delimiter: ImportDelimiter,
  cursor: ReadCursor,
  limit: number,
  each: (line: number, cells: string[], broken: boolean) => void,
): ReadCursor {
  const length = text.length;
  let { position, line } = cursor;
  let read = 0;
  while (position < length && read < limit) {
    let end = text.indexOf('\n', position);
    if (end === -1) end = length;
    const lineEnd = end > position && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const raw = text.slice(position, lineEnd);
    if (raw.indexOf('"') === -1) {
      if (raw.length > 0) {
        each(line, raw.split(delimiter), false);
        read += 1;
      }
      position = end + 1;
      line += 1;
      continue;
    }
    const { cells, next, lines, broken } = readQuoted(text, position, delimiter);
    each(line, cells, broken);
    read += 1;
    position = next;
    line += lines;
  }
  return { position, line };
}

/** Lines in the text (an upper bound on its records), counted without splitting it. */
export function lineCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1;
  return text.length > 0 && !text.endsWith('\n') ? count + 1 : count;
}

/** Reads one record with quotes from `start`; returns its cells, where the next record starts, and the lines it took. */
function readQuoted(text: string, start: number, delimiter: string): { cells: string[]; next: number; lines: number; broken: boolean } {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let lines = 1;
  let i = start;
  for (; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (c === '\n') lines += 1;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') {
      cells.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
      return { cells, next: i + 1, lines, broken: false };
    } else cell += c;
  }
  cells.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
  return { cells, next: i, lines, broken: quoted };
}
