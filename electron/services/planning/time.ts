/**
 * Wall-clock time of the coop ↔ minutes since the plan's T0 (00:00 of its first day). Calendars are local
 * wall-clock shifts, so the arithmetic is done on naive dates (as if UTC): a shift from 08:00 to 16:00 is
 * 480 minutes every day of the year, daylight saving or not.
 */
const DAY = 1440;

export const dayNumber = (isoDate: string) => Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000;
export const dateOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** ISO weekday, 1 Monday … 7 Sunday. */
export const weekdayOf = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

export class Clock {
  readonly t0Day: number;

  constructor(readonly t0: string) {
    this.t0Day = dayNumber(t0);
  }

  /** A date (its 00:00) or a 'YYYY-MM-DDTHH:MM' moment, in minutes since T0. */
  minuteOf(moment: string): number {
    const base = (dayNumber(moment) - this.t0Day) * DAY;
    if (moment.length <= 10) return base;
    return base + Number(moment.slice(11, 13)) * 60 + Number(moment.slice(14, 16));
  }

  /** A due date is due at the end of its day; a due moment, at that moment. */
  dueMinuteOf(moment: string): number {
    return moment.length <= 10 ? this.minuteOf(moment) + DAY : this.minuteOf(moment);
  }

  at(minute: number): string {
    return new Date((this.t0Day * DAY + Math.round(minute)) * 60_000).toISOString().slice(0, 16);
  }

  /** The ISO week 'YYYY-Www' a minute falls in. */
  isoWeek(minute: number): string {
    const day = this.t0Day + Math.floor(minute / DAY);
    const thursday = day - weekdayOf(day) + 4;
    const year = Number(dateOfDay(thursday).slice(0, 4));
    const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
    return `${year}-W${String(week).padStart(2, '0')}`;
  }

  /** Minutes since T0 of the Monday 00:00 of T0's week. */
  get firstMonday(): number {
    return -(weekdayOf(this.t0Day) - 1) * DAY;
  }
}
