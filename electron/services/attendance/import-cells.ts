/**
 * One cell at a time: the readers the import applies to a million rows, so each is a few comparisons,
 * never a regular expression per call where a character test will do.
 */
import { MINUTES_PER_DAY } from '../../../shared/domain/attendance';

/** A date cell's numbers, before the file's day/month order is known: `yearFirst` for 2025-03-07. */
export interface DateParts {
  first: number;
  second: number;
  year: number;
  yearFirst: boolean;
}

const NUMBERS_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;

export function dateParts(text: string): DateParts | null {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return { first: Number(yearFirst[2]), second: Number(yearFirst[3]), year: Number(yearFirst[1]), yearFirst: true };
  const m = NUMBERS_FIRST.exec(text);
  return m ? { first: Number(m[1]), second: Number(m[2]), year: Number(m[3]), yearFirst: false } : null;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= last;
}

/** "07:30", "7:30" or a time clock's "07:30:15" (seconds dropped: records are to the minute) → minutes; else null. */
export function clockMinutes(text: string): number | null {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 2) return null;
  const hours = digits(text, 0, colon);
  const rest = text.length === colon + 3 ? text.length : text.length === colon + 6 && text[colon + 3] === ':' ? colon + 3 : -1;
  if (rest === -1 || hours === null) return null;
  const minutes = digits(text, colon + 1, colon + 3);
  if (minutes === null || minutes > 59) return null;
  if (rest !== text.length && (digits(text, colon + 4, colon + 6) ?? 60) > 59) return null;
  const total = hours * 60 + minutes;
  return hours < 24 || total === MINUTES_PER_DAY ? total : null;
}

function digits(text: string, from: number, to: number): number | null {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    value = value * 10 + c;
  }
  return to > from ? value : null;
}

/** A whole number of digits (a member number, whole minutes); null for anything else. */
export function wholeNumber(text: string): number | null {
  return text.length > 0 && text.length <= 9 ? digits(text, 0, text.length) : null;
}

/**
 * Hours as people write them: 8, 7.5, 7,5 or 7:30 → whole minutes (rounded half up to the minute);
 * a leading minus gives a negative count, refused by the caller with its own message; null: no number.
 */
export function hoursToMinutes(text: string): number | null {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  let minutes: number | null;
  const colon = body.indexOf(':');
  if (colon !== -1) {
    const h = digits(body, 0, colon);
    const m = body.length === colon + 3 ? digits(body, colon + 1, colon + 3) : null;
    minutes = h === null || m === null || m > 59 ? null : h * 60 + m;
  } else {
    const normal = body.replace(',', '.');
    minutes = /^\d{1,4}(\.\d{1,6})?$/.test(normal) ? Math.floor(Number(normal) * 60 + 0.5 + 1e-9) : null;
  }
  return minutes === null ? null : negative ? -minutes : minutes;
}

/** A leading apostrophe before `= + - @` is how spreadsheets keep a cell from being a formula; it is not part of the value. */
export function cellValue(raw: string | undefined): string {
  if (raw === undefined) return '';
  const t = raw.trim();
  return t.length > 1 && t.charCodeAt(0) === 39 && '=+-@'.includes(t[1] ?? '') ? t.slice(1) : t;
}
