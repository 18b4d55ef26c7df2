/**
 * The pay screens' periods (issue 9: "monthly (or weekly) pay runs"): months and ISO weeks (Monday to
 * Sunday, week 1 holding 4 January), the recent ones offered newest first, each named in the locale.
 */
import { describe, expect, it } from 'vitest';
import { isPeriod, lastMonth, lastWeek, monthsUpTo, periodName, periodRange, weekOf, weeksUpTo } from '../../renderer/src/screens/remuneration/month';

describe('pay periods: months and ISO weeks', () => {
  it('takes YYYY-MM and YYYY-Www, nothing else', () => {
    expect(['2026-03', '2026-W01', '2026-W53'].every(isPeriod)).toBe(true);
    expect(['2026-13', '2026-W00', '2026-W54', '2026-3', null].some((p) => isPeriod(p))).toBe(false);
  });

  it('ISO 8601: week 1 holds 4 January, weeks run Monday to Sunday, a week may belong to the next year', () => {
    expect(weekOf('2026-01-01')).toBe('2026-W01');
    expect(weekOf('2027-01-01')).toBe('2026-W53');
    expect(weekOf('2024-12-30')).toBe('2025-W01');
    expect(periodRange('2026-W11')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(periodRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('offers the recent periods newest first: last week or last month by default', () => {
    expect(weeksUpTo('2026-03-11', 3)).toEqual(['2026-W11', '2026-W10', '2026-W09']);
    expect(monthsUpTo('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(lastWeek('2026-03-11')).toBe('2026-W10');
    expect(lastMonth('2026-01-15')).toBe('2025-12');
  });

  it('names a week by its days and a month by its name, in the coop\'s language', () => {
    expect(periodName('2026-03', 'es')).toBe('marzo de 2026');
    const week = periodName('2026-W11', 'es');
    expect(week).toMatch(/9/);
    expect(week).toMatch(/15/);
    expect(week).toMatch(/mar/);
    expect(periodName('2026-W11', 'pt-BR')).toMatch(/mar/);
  });
});
