import { describe, expect, it } from 'vitest';
import { isIsoDate, isMonthDay, parseSpreadsheetDate } from '../../shared/domain/dates';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['0999-01-01', false],
    ['2024-04-31', false],
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
});
