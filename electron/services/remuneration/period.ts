/**
 * Pay periods: a month `YYYY-MM` or an ISO week `YYYY-Www` (Monday to Sunday; week 1 holds 4 January),
 * and the calendar days each covers.
 */
import { addDaysToDate } from '../../../shared/domain/dates';

export interface PayPeriodRange {
  period: string;
  from: string;
  to: string;
  weekly: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function mondayOfIsoWeek(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7;
  const firstMonday = addDaysToDate(`${year}-01-04`, -weekday);
  return addDaysToDate(firstMonday, (week - 1) * 7);
}

/** The days of a period the contract has already checked the shape of. */
export function periodRange(period: string): PayPeriodRange {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const from = mondayOfIsoWeek(Number(week[1]), Number(week[2]));
    return { period, from, to: addDaysToDate(from, 6), weekly: true };
  }
  const [year, month] = period.split('-').map(Number) as [number, number];
  return { period, from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`, weekly: false };
}

/** The month `months - 1` before `period` (a month), through `period`, oldest first. */
export function monthsThrough(period: string, months: number): string[] {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return Array.from({ length: months }, (_, i) => {
    const index = year * 12 + (month - 1) - (months - 1 - i);
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  });
}

/** Completed years between `from` and `on` (a member's seniority on the period's last day). */
export function completedYears(from: string, on: string): number {
  if (on < from) return 0;
  const years = Number(on.slice(0, 4)) - Number(from.slice(0, 4));
  return on.slice(5) >= from.slice(5) ? years : years - 1;
}
