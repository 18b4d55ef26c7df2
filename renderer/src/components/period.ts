/** Date ranges the capital screens start from: the coop's current fiscal year up to today. */
import { useState } from 'react';
import { localToday } from '../../../shared/domain/dates';
import { useCoop } from '../app/use-coop';

/** The first day of the fiscal year that holds `today`, given the year's start as 'MM-DD'. */
export function fiscalYearStart(today: string, startMonthDay: string): string {
  const year = Number(today.slice(0, 4));
  const thisYears = `${year}-${startMonthDay}`;
  return thisYears <= today ? thisYears : `${year - 1}-${startMonthDay}`;
}

export interface Period {
  from: string | null;
  to: string | null;
}

export function usePeriod(): [Period, (next: Partial<Period>) => void] {
  const coop = useCoop().data;
  const today = localToday();
  const [period, setPeriod] = useState<Period>({ from: fiscalYearStart(today, coop?.fiscalYearStart ?? '01-01'), to: today });
  return [period, (next) => setPeriod((before) => ({ ...before, ...next }))];
}

/** A range a query can take: both dates whole and in order, or null. */
export function completePeriod(period: Period): { from: string; to: string } | null {
  const whole = (d: string | null) => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (!whole(period.from) || !whole(period.to) || period.from! > period.to!) return null;
  return { from: period.from!, to: period.to! };
}
