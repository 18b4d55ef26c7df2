/**
 * Hours as a secretary types them into a cell: `7:30` anywhere, or decimal hours with the language's own
 * decimal separator (`7,5` in es and pt-BR, `7.5` in en). The other language's separator is refused, not
 * guessed: in Spain and Latin America `7.30` is often written for half past seven, which is not 7.3 hours.
 */
import { moneySeparators } from '../../../../shared/domain/money-parse';

/** A day has 24 hours; more in one record is refused by the service too. */
export const MINUTES_IN_DAY = 24 * 60;

export type HoursParse = { ok: true; minutes: number } | { ok: false; reason: 'invalid' | 'separator' | 'range' };

/** `max` in minutes: a day by default; a week's commitment passes 168 hours. */
export function parseHours(text: string, locale: string, max = MINUTES_IN_DAY): HoursParse {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { ok: false, reason: 'invalid' };
  const clock = /^(\d{1,3}):(\d{2})$/.exec(trimmed);
  if (clock) {
    const minutes = Number(clock[1]) * 60 + Number(clock[2]);
    if (Number(clock[2]) >= 60) return { ok: false, reason: 'invalid' };
    return minutes <= max ? { ok: true, minutes } : { ok: false, reason: 'range' };
  }
  const { decimal, group } = moneySeparators(locale);
  if (trimmed.includes(group)) return { ok: false, reason: 'separator' };
  const parts = trimmed.split(decimal);
  if (parts.length > 2 || !parts.every((part, i) => (i === 0 ? /^\d{1,3}$/.test(part) : /^\d{1,4}$/.test(part)))) {
    return { ok: false, reason: 'invalid' };
  }
  // Decimal hours to the nearest minute (7,33 h is 7 h 19.8 min: 7:20); half a minute rounds up.
  const fraction = parts[1] ?? '';
  const scale = 10 ** fraction.length;
  const units = Number(parts[0]) * scale + Number(fraction === '' ? '0' : fraction);
  const minutes = Math.floor((units * 60 * 2 + scale) / (2 * scale));
  return minutes <= max ? { ok: true, minutes } : { ok: false, reason: 'range' };
}

/** 450 → "7:30": the same in every language, and what the cells show. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}
