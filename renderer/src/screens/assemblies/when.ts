/** Meeting times as the room reads them: wall-clock times in the machine's zone, a countdown, a meeting's name. */
import type { TFunction } from 'i18next';
import { formatDate } from '../../i18n/format';

/** The time of an instant on the office's 24-hour clock, '18:05', as the convocation's times are written. */
export function formatTime(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** A calendar date as the coop's books write it, 30/04/2026. */
export function formatDay(iso: string, locale: string): string {
  return formatDate(iso, locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** The calendar day of an instant on the office's clock, 30/04/2026. */
export function formatInstantDay(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** Time left until `target`, as h:mm:ss or m:ss; zero once it has passed. */
export function countdown(target: string, now: number): string {
  const seconds = Math.max(0, Math.ceil((new Date(target).getTime() - now) / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "Ordinary assembly of 30/04/2026". */
export function meetingName(t: TFunction, meeting: { kind: string; date: string }, locale: string): string {
  return t('assemblies:meeting.name', { kind: t(`assemblies:kind.${meeting.kind}`), date: formatDay(meeting.date, locale) });
}
