import { z } from 'zod';
import { isIsoDate } from '../domain/dates';

/**
 * Characters no name or note may hold: C0 and C1 controls and DEL (NUL, ESC that starts terminal escape
 * sequences), the bidirectional embeddings, overrides and isolates that make text read differently from
 * how it is stored (the "Trojan Source" trick), and lone surrogates, which are not text at all. Tab, line
 * feed and carriage return are allowed only where the text may span lines.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const singleLineForbidden = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/u;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const multiLineForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/u;

export function hasForbiddenCharacters(text: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? multiLineForbidden : singleLineForbidden).test(text);
}

/** The calendar the books may speak of; a date outside it is a typo (1202 for 2012), not a record. */
export const dateHorizon = { first: '1900-01-01', last: '2100-12-31' } as const;

export function isWithinDateHorizon(isoDate: string): boolean {
  return isoDate >= dateHorizon.first && isoDate <= dateHorizon.last;
}

/** Calendar dates cross the boundary as 'YYYY-MM-DD', within the horizon. */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'errors.date' })
  // A string that is no date at all already has its message; the horizon speaks only of real dates.
  .refine((s) => !isIsoDate(s) || isWithinDateHorizon(s), { message: 'errors.dateHorizon' });

const cleanText = (multiline: boolean) => (s: string) => !hasForbiddenCharacters(s, { multiline });
const controlMessage = { message: 'errors.controlCharacters' };

/**
 * Optional text: trimmed, at most `max` characters; empty means "not given" and becomes null. Single-line
 * unless `multiline` (notes, minutes) lets it hold tabs and line breaks.
 */
export const optionalText = (max: number, { multiline = false } = {}) =>
  z
    .string()
    .max(max)
    .refine(cleanText(multiline), controlMessage)
    .nullable()
    .transform((s) => (s === null || s.trim() === '' ? null : s.trim()));

export const requiredText = (max: number, { multiline = false } = {}) =>
  z.string().trim().min(1, { message: 'errors.required' }).max(max).refine(cleanText(multiline), controlMessage);

export const empty = z.object({}).strict();
export const ok = z.object({ ok: z.literal(true) });
