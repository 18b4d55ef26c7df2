/**
 * Dates in an imported file: "07/04/1980" is 7 April to a Spanish reader and 4 July to an American one.
 * The order is decided once for the whole file, by the person or by the file itself (a cell such as
 * 25/12/1980 can be read only one way), never guessed from the app's language.
 */
import { isIsoDate, type IsoDate } from '../dates';

export const dateOrders = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof dateOrders)[number];

/** Day, month and year in either order, with / - or . between them; four-digit years only. */
const NUMBERS_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): IsoDate | null {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

/** How one cell can be read: the orders it fits, and the date it is under each. */
export function readingsOf(text: string): Partial<Record<DateOrder, IsoDate>> {
  const t = text.trim();
  const yearFirst = YEAR_FIRST.exec(t);
  if (yearFirst) {
    const iso = isoOf(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return iso ? { ymd: iso } : {};
  }
  const m = NUMBERS_FIRST.exec(t);
  if (!m) return {};
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const readings: Partial<Record<DateOrder, IsoDate>> = {};
  const dmy = isoOf(year, b, a);
  const mdy = isoOf(year, a, b);
  if (dmy) readings.dmy = dmy;
  if (mdy) readings.mdy = mdy;
  return readings;
}

/** A cell that reads as a real date both day-first and month-first, and differently (07/04 but not 07/07). */
export function isAmbiguousDate(text: string): boolean {
  const r = readingsOf(text);
  return r.dmy !== undefined && r.mdy !== undefined && r.dmy !== r.mdy;
}

/** The date a cell is under `order`; ISO year-first dates read the same under every order. Null: no date. */
export function dateUnder(text: string, order: DateOrder): IsoDate | null {
  const r = readingsOf(text);
  return r.ymd ?? r[order] ?? null;
}

export interface FileDateOrder {
  /** The order the file's own cells prove (one reads only day-first, none only month-first), or null. */
  evident: 'dmy' | 'mdy' | null;
  /** Some cell reads two ways and no cell settles which, or cells prove both: the person must choose. */
  ambiguous: boolean;
}

/** What the date cells of a whole file say about its order. */
export function fileDateOrder(cells: Iterable<string>): FileDateOrder {
  let dayFirstOnly = false;
  let monthFirstOnly = false;
  let twoWays = false;
  for (const cell of cells) {
    const r = readingsOf(cell);
    if (r.dmy !== undefined && r.mdy === undefined) dayFirstOnly = true;
    else if (r.mdy !== undefined && r.dmy === undefined) monthFirstOnly = true;
    else if (isAmbiguousDate(cell)) twoWays = true;
  }
  const evident = dayFirstOnly === monthFirstOnly ? null : dayFirstOnly ? 'dmy' : 'mdy';
  const contradictory = dayFirstOnly && monthFirstOnly;
  return { evident, ambiguous: evident === null && (twoWays || contradictory) };
}
