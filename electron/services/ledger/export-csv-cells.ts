/**
 * One CSV writer for the journal export and for the benchmark's raw limit: RFC 4180 quoting and the
 * formula guard. A text cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return: CSV injection) gets a leading apostrophe, so it shows as the text it is. Amounts and numbers are
 * written by `csvLine` as they are: they never start with such a character, since debit and credit are
 * separate columns and never negative.
 */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export function csvText(value: string): string {
  const guarded = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export type CsvCell = string | number | null;

/** One line of cells, CRLF-terminated: numbers as digits, text guarded and quoted, null as an empty cell. */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i > 0) line += ',';
    if (typeof cell === 'number') line += String(cell);
    else if (cell !== null && cell !== undefined) line += csvText(cell);
  }
  return `${line}\r\n`;
}
