/**
 * Which part of the members book a print holds, read from and written to the print route's address
 * (`?folio=41&from=1&to=2000`), so the window that makes the PDF prints exactly what the screen shows.
 */
import { useSearchParams } from 'react-router';
import type { Member } from '../../../../shared/contract/members';
import { MAX_BOOK_PART, MAX_FOLIO } from '../../../../shared/print';

/** A whole number from 1 to `max`, or null for anything else (empty, "0", "12a", "1e3"). */
export function wholeNumber(text: string | null, max: number): number | null {
  if (text === null || !/^\d{1,8}$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= 1 && value <= max ? value : null;
}

export interface BookPartView {
  firstFolio: number;
  fromNumber: number;
  toNumber: number;
  /** The members the part holds, in number order; at most MAX_BOOK_PART of them are shown. */
  members: Member[];
  /** How many members the range holds (more than are shown when it is too large). */
  count: number;
  tooLarge: boolean;
}

/** The part the address asks for; without one, the register from its first member, as much as one part holds. */
export function bookPart(register: Member[], params: URLSearchParams): BookPartView {
  const firstFolio = wholeNumber(params.get('folio'), MAX_FOLIO) ?? 1;
  const fromNumber = wholeNumber(params.get('from'), 99_999_999) ?? register[0]?.memberNumber ?? 1;
  const defaultTo = register.filter((m) => m.memberNumber >= fromNumber)[MAX_BOOK_PART - 1]?.memberNumber;
  const toNumber = wholeNumber(params.get('to'), 99_999_999) ?? defaultTo ?? register[register.length - 1]?.memberNumber ?? fromNumber;
  const inRange = register.filter((m) => m.memberNumber >= fromNumber && m.memberNumber <= toNumber);
  return {
    firstFolio,
    fromNumber,
    toNumber,
    members: inRange.slice(0, MAX_BOOK_PART),
    count: inRange.length,
    tooLarge: inRange.length > MAX_BOOK_PART,
  };
}

type PartNumber = 'folio' | 'from' | 'to';

/**
 * Writes the part into the address with one number changed. All three are written, so a number the
 * screen showed by default (the last member of a full part) stays what the field shows.
 */
export function useBookPartAddress(): [URLSearchParams, (part: BookPartView, name: PartNumber, value: number) => void] {
  const [params, setParams] = useSearchParams();
  const set = (part: BookPartView, name: PartNumber, value: number) => {
    const next = { folio: part.firstFolio, from: part.fromNumber, to: part.toNumber, [name]: value };
    setParams({ folio: String(next.folio), from: String(next.from), to: String(next.to) }, { replace: true });
  };
  return [params, set];
}
