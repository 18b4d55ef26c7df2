/**
 * A plan's times are integer minutes since its t0 ('YYYY-MM-DDTHH:MM', the coop's wall-clock time). They
 * are turned into dates here in UTC arithmetic, so a daylight-saving change on the machine never shifts a
 * bar by an hour: the plan has no time zone, only the coop's wall clock.
 */
const T0 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function t0Millis(t0: string): number {
  const m = T0.exec(t0);
  if (!m) return 0;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
}

export function wallClock(t0: string, minute: number): Date {
  return new Date(t0Millis(t0) + minute * 60_000);
}

/** 'YYYY-MM-DD' of a 'YYYY-MM-DDTHH:MM' moment, or the date itself. */
export function minuteOf(t0: string, moment: string): number {
  const at = moment.length === 10 ? `${moment}T00:00` : moment;
  return Math.round((t0Millis(at) - t0Millis(t0)) / 60_000);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** "12 mar 2026, 08:30" in the reader's locale. */
export function formatMoment(t0: string, minute: number, locale: string): string {
  return formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(wallClock(t0, minute));
}

/** A 'YYYY-MM-DDTHH:MM' text as the reader reads it. */
export function formatAt(at: string, locale: string): string {
  return formatMoment(at.length === 10 ? `${at}T00:00` : at, 0, locale);
}

export function formatDay(t0: string, minute: number, locale: string): string {
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(wallClock(t0, minute));
}

export function formatHour(t0: string, minute: number, locale: string): string {
  return formatter(locale, { timeStyle: 'short' }).format(wallClock(t0, minute));
}

/** A length of working or calendar time: "2 d 3 h 15 min" shortened to what matters. */
export function formatDuration(minutes: number, words: { d: string; h: string; min: string }): string {
  const sign = minutes < 0 ? '−' : '';
  let rest = Math.round(Math.abs(minutes));
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const parts: string[] = [];
  // Past a day, minutes are noise: "66 d 23 h", rounded to the nearest hour.
  if (days) {
    const h = Math.round((hours * 60 + mins) / 60);
    parts.push(`${days + (h === 24 ? 1 : 0)} ${words.d}`);
    if (h && h !== 24) parts.push(`${h} ${words.h}`);
    return sign + parts.join(' ');
  }
  if (hours) parts.push(`${hours} ${words.h}`);
  if (mins || parts.length === 0) parts.push(`${mins} ${words.min}`);
  return sign + parts.join(' ');
}

/** "08:30" ↔ minutes after midnight; "24:00" is the end of the day. */
export function timeText(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function readTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const minute = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minute <= 1440 ? minute : null;
}

/** A due moment: a due date means the end of its day, which the plan holds as the next day's 00:00; it is shown as that date. */
export function formatDue(t0: string, minute: number, locale: string): string {
  const at = wallClock(t0, minute);
  if (at.getUTCHours() === 0 && at.getUTCMinutes() === 0) return formatter(locale, { dateStyle: 'medium' }).format(wallClock(t0, minute - 1));
  return formatMoment(t0, minute, locale);
}

interface Shift {
  weekday: number;
  start: number;
  end: number;
}
interface Exception {
  date: string;
  kind: 'holiday' | 'closure' | 'extra';
  start: number;
  end: number;
}

/**
 * The first minute at or after `minute` in which the work centre works, from its weekly shifts and dated
 * exceptions (a holiday or closure takes its hours away, an extra shift adds them); null when it does not
 * work in the next year. A work centre with no shifts and no extra hours is open all the time.
 */
export function nextWorkingMinute(t0: string, minute: number, shifts: readonly Shift[], exceptions: readonly Exception[]): number | null {
  if (shifts.length === 0 && !exceptions.some((e) => e.kind === 'extra')) return minute;
  const base = t0Millis(t0);
  const dayStart = (m: number) => m - (((Math.round((base + m * 60_000) / 60_000) % 1440) + 1440) % 1440);
  for (let day = dayStart(minute), n = 0; n < 370; n++, day += 1440) {
    const date = new Date(base + day * 60_000);
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    let intervals: [number, number][] = shifts.filter((s) => s.weekday === weekday).map((s) => [s.start, s.end]);
    for (const e of exceptions.filter((x) => x.date === iso)) {
      if (e.kind === 'extra') intervals.push([e.start, e.end]);
      else intervals = intervals.flatMap(([a, b]): [number, number][] => [[a, Math.min(b, e.start)], [Math.max(a, e.end), b]]).filter(([a, b]) => b > a) as [number, number][];
    }
    const starts = intervals.filter(([, b]) => day + b > minute).map(([a]) => Math.max(day + a, minute));
    if (starts.length > 0) return Math.min(...starts);
  }
  return null;
}
