import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysToDate, daysBetween, daysInYear, isIsoDate, isMonthDay, localToday, parseSpreadsheetDate } from '../../shared/domain/dates';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['0999-01-01', false],
    ['2024-04-31', false],
    ['2024-04-30T00:00', false],
  ])('isIsoDate(%s) is %s', (text, ok) => expect(isIsoDate(text)).toBe(ok));

  it.each([
    ['31/12/2020', '2020-12-31'],
    ['1/2/2021', '2021-02-01'],
    [' 2021-02-01 ', '2021-02-01'],
    ['31/02/2020', null],
    ['12/31/2020', null],
    ['2020/12/31', null],
    ['', null],
  ])('parseSpreadsheetDate(%j) reads day/month/year or ISO: %j', (text, iso) => expect(parseSpreadsheetDate(text)).toBe(iso));

  it('a fiscal-year start is a month-day valid every year', () => {
    expect(isMonthDay('07-01')).toBe(true);
    expect(isMonthDay('02-29')).toBe(false);
    expect(isMonthDay('7-1')).toBe(false);
  });

  it('localToday is the machine’s calendar day, not the UTC one', () => {
    expect(localToday(new Date(2024, 11, 31, 23, 30))).toBe('2024-12-31');
  });

  it('days held and days in the year, for interest prorated by days (rules/surplus.md step 5)', () => {
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2023)).toBe(365);
    expect(daysInYear(2000)).toBe(366);
    expect(daysInYear(1900)).toBe(365);
    expect(addDaysToDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToDate('2023-12-31', 1)).toBe('2024-01-01');
    expect(() => addDaysToDate('2023-02-29', 1)).toThrow(RangeError);
  });
});

describe('date arithmetic is not shifted by daylight saving or a UTC-negative zone', () => {
  const original = process.env.TZ;
  beforeAll(() => {
    // São Paulo moved its clocks at midnight (until 2019): local midnight did not exist on those days.
    process.env.TZ = 'America/Sao_Paulo';
  });
  afterAll(() => {
    process.env.TZ = original;
  });

  it('counts the day the clocks moved at midnight as one day', () => {
    expect(daysBetween('2018-11-03', '2018-11-05')).toBe(2);
    expect(addDaysToDate('2018-11-03', 1)).toBe('2018-11-04');
    expect(isIsoDate('2018-11-04')).toBe(true);
  });
});
