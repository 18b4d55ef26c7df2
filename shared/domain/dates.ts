/** Calendar dates travel and are stored as 'YYYY-MM-DD' text; no time zone can shift them. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function toIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Reads a date as people write it in spreadsheets here: ISO or day/month/year. Null if it is not a real date. */
export function parseSpreadsheetDate(text: string): IsoDate | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const m = DMY.exec(t);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? toIso(year, month, day) : null;
}

/** Today's date in the local calendar of the machine, as an ISO date. */
export function localToday(now: Date = new Date()): IsoDate {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A fiscal-year start is a month and day, 'MM-DD', valid in every year (no 29 February). */
export function isMonthDay(text: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return isRealDate(2023, month, day);
}
